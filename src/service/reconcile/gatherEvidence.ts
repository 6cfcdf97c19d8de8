import type { AuditEvent } from '../../domain/auditEvent';
import { claimsOf, type VersionClaim } from '../../domain/drift/versionClaim';
import { incarnationOf } from '../../domain/incarnation';
import type { PendingEvidence } from '../../domain/resolvePendingEvent';
import type { LoadedProfile } from '../../domain/securityProfile';
import type { AuditTrail, IotCallLog, VersionLedger } from '../ports';

/** Where the evidence about a PENDING event is read from. */
export interface EvidenceSources {
  trail: Pick<AuditTrail, 'get' | 'listBetween'>;
  ledger: VersionLedger;
  calls: IotCallLog;
  /** Longest a call can be in flight: how far after its start its write can have landed. */
  inFlightMs: number;
}

const CLAIMS_READ = 50;
const EVENTS_READ = 500;
const A_DAY_MS = 24 * 3_600_000;

/**
 * Everything the audit knows that bears on whether IoT applied a PENDING
 * call: CloudTrail's records of its writes, who holds the version it would
 * have produced, IoT's content at that version, and, for a call that never
 * learnt its versions, the claims since it began.
 */
export async function gatherEvidence(
  sources: EvidenceSources,
  event: AuditEvent,
  current: LoadedProfile | undefined,
): Promise<PendingEvidence> {
  const name = event.securityProfileName;
  const calls = await sources.calls.callsOf(event.eventId);
  const applied = calls.find((call) => call.eventName === 'UpdateSecurityProfile' && !call.errorCode);
  const versionAfter =
    event.versionAfter ?? (applied?.expectedVersion !== undefined ? applied.expectedVersion + 1n : undefined);
  const creationDate =
    event.incarnation?.creationDate ?? (current && incarnationOf(current.profile)?.creationDate);
  const evidence: PendingEvidence = { current, calls, recentClaims: [] };
  if (creationDate === undefined) return evidence;
  if (versionAfter === undefined) {
    return { ...evidence, recentClaims: await sources.ledger.newest(name, CLAIMS_READ, creationDate) };
  }
  const [holder, next] = await Promise.all([
    findHolder(sources, event, creationDate, versionAfter),
    sources.ledger.get(name, creationDate, versionAfter + 1n),
  ]);
  const nextEvent = next && (await sources.trail.get(name, next.eventId));
  const contentAtVersion = nextEvent?.versionBefore === versionAfter ? nextEvent.before : undefined;
  return {
    ...evidence,
    ...(holder && { holder }),
    ...(contentAtVersion && { contentAtVersion }),
  };
}

/**
 * The claim of the version, or, when the ledger has none, a final event of
 * the same incarnation that produced it and whose claim was lost: it holds
 * the version as surely (and the ledger is mended).
 */
async function findHolder(
  sources: EvidenceSources,
  event: AuditEvent,
  creationDate: string,
  version: bigint,
): Promise<VersionClaim | undefined> {
  const name = event.securityProfileName;
  const claimed = await sources.ledger.get(name, creationDate, version);
  if (claimed) return claimed;
  const began = Date.parse(event.time);
  const around = await sources.trail.listBetween(
    name,
    new Date(began - sources.inFlightMs),
    new Date(began + A_DAY_MS),
    EVENTS_READ,
  );
  const lost = around
    .filter((other) => other.eventId !== event.eventId)
    .flatMap(claimsOf)
    .find((claim) => claim.creationDate === creationDate && claim.version === version);
  if (lost) await sources.ledger.claim([lost]);
  return lost;
}
