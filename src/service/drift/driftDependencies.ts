import type { Clock, AuditLog, AuditTrail, VersionLedger } from '../ports';
import type { Telemetry } from '../telemetry';

/** What finding and recording changes made outside the gateway needs. */
export interface DriftDependencies {
  ledger: VersionLedger;
  trail: Pick<AuditTrail, 'get' | 'listBetween'>;
  auditLog: Pick<AuditLog, 'recordOutcome'>;
  telemetry: Pick<Telemetry, 'driftFound' | 'driftDeferred' | 'driftCheckFailed'>;
  clock: Clock;
  /**
   * Longest a call of the gateway can be in flight (its Lambda's timeout, with
   * room): an event older than this before a change cannot have made it.
   */
  inFlightMs: number;
}
