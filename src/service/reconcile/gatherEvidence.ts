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
    return { ...evidence, recentClaims: await claimsSince(sources, event, creationDate) };
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
  const lost = (await claimsAround(sources, event, creationDate)).find((claim) => claim.version === version);
  if (lost) await sources.ledger.claim([lost]);
  return lost;
}

/**
 * The newest claims of the incarnation, with those of final events around
 * the call whose claim was lost (their request finalised them while the
 * ledger could not be written): a gap there is no change unaccounted for.
 */
async function claimsSince(
  sources: EvidenceSources,
  event: AuditEvent,
  creationDate: string,
): Promise<VersionClaim[]> {
  const [claimed, around] = await Promise.all([
    sources.ledger.newest(event.securityProfileName, CLAIMS_READ, creationDate),
    claimsAround(sources, event, creationDate),
  ]);
  const held = new Set(claimed.map((claim) => claim.version));
  const lost = around.filter((claim) => !held.has(claim.version));
  if (lost.length > 0) await sources.ledger.claim(lost);
  return [...claimed, ...lost].sort((a, b) => (a.version < b.version ? 1 : a.version > b.version ? -1 : 0));
}

/** The claims of the other final events of the incarnation from a call's start (less the longest call) on. */
async function claimsAround(
  sources: EvidenceSources,
  event: AuditEvent,
  creationDate: string,
): Promise<VersionClaim[]> {
  const began = Date.parse(event.time);
  const around = await sources.trail.listBetween(
    event.securityProfileName,
    new Date(began - sources.inFlightMs),
    new Date(began + A_DAY_MS),
    EVENTS_READ,
  );
  return around
    .filter((other) => other.eventId !== event.eventId)
    .flatMap(claimsOf)
    .filter((claim) => claim.creationDate === creationDate);
}
