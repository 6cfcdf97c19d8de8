import type { AuditEvent } from '../../domain/auditEvent';
import { ProfileNotFoundError } from '../../domain/errors';
import type { AuditLog, AuditTrail, Clock, IotCallLog, SecurityProfileStore, VersionLedger } from '../ports';
import type { Telemetry } from '../telemetry';

/** What finding and recording changes made outside the gateway needs. */
export interface DriftDependencies {
  ledger: VersionLedger;
  trail: Pick<AuditTrail, 'get' | 'listBetween'>;
  auditLog: Pick<AuditLog, 'recordOutcome' | 'recordAttribution'>;
  telemetry: Pick<Telemetry, 'driftFound' | 'driftDeferred' | 'driftCheckFailed'>;
  clock: Clock;
  /**
   * Longest a call of the gateway can be in flight (its Lambda's timeout, with
   * room): an event older than this before a change cannot have made it.
   */
  inFlightMs: number;
}

/** What turning CloudTrail's records into the trail needs. */
export interface CloudTrailDependencies extends DriftDependencies {
  store: Pick<SecurityProfileStore, 'load'>;
  calls: IotCallLog;
  auditLog: Pick<AuditLog, 'recordOutcome' | 'recordAttribution'>;
  /** The gateway's own identities (its role ARN, or locally its access key id). */
  gatewayPrincipals: readonly string[];
  /** The owner tag's key, to tell an ownership change among tag calls. */
  ownerTagKey: string;
}

/** What one record did to the trail. */
export type CloudTrailOutcome =
  | { kind: 'gateway-call'; auditEventId: string }
  | { kind: 'ignored'; reason: string }
  | { kind: 'recorded'; events: AuditEvent[] }
  | { kind: 'attributed'; eventId: string };

// How many of a profile's newest ledger claims a CloudTrail record is matched against.
export const CLAIMS_READ = 20;

/** The profile as IoT holds it now, or undefined when it no longer exists. */
export async function loadIfAny(deps: Pick<CloudTrailDependencies, 'store'>, name: string) {
  try {
    return await deps.store.load(name);
  } catch (error) {
    if (error instanceof ProfileNotFoundError) return undefined;
    throw error;
  }
}
