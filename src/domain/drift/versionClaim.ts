import type { AuditEvent, AuditOperation } from '../auditEvent';

/**
 * Which audit event accounts for one version of one incarnation of a
 * profile: the change that produced it (a call of the gateway, or one made
 * outside it), or the baseline that first saw it. At most one event claims a
 * version, so no two events can say they produced the same one, and a version
 * no event claims is a change nobody has accounted for yet.
 */
export interface VersionClaim {
  securityProfileName: string;
  /** The incarnation's `creationDate` (ISO-8601). */
  creationDate: string;
  version: bigint;
  /** The event that accounts for the version. */
  eventId: string;
  operation: AuditOperation;
  /** When IoT made this version (its `lastModifiedDate`, ISO-8601), when known. */
  changedAt?: string;
}

/** What of an event decides the versions it claims. */
type ClaimingEvent = Pick<
  AuditEvent,
  | 'eventId'
  | 'operation'
  | 'securityProfileName'
  | 'outcome'
  | 'incarnation'
  | 'versionBefore'
  | 'versionAfter'
  | 'after'
>;

/**
 * The versions an event accounts for: the one a successful change produced;
 * for a change found made outside the gateway, every version it spans (IoT
 * may have moved several versions between two snapshots of the audit); none
 * for a call that changed nothing or an event that names no incarnation.
 */
export function claimsOf(event: ClaimingEvent): VersionClaim[] {
  const { versionAfter, incarnation } = event;
  if (event.outcome !== 'SUCCEEDED' || versionAfter === undefined || !incarnation) return [];
  // A call that made no new version (a transfer re-tags, a target attached, a patch with nothing to
  // change) accounts for none: the version is another event's.
  if (
    event.operation !== 'OUT_OF_BAND_CHANGE' &&
    event.operation !== 'BASELINE' &&
    event.versionBefore === versionAfter
  )
    return [];
  const from =
    event.operation === 'OUT_OF_BAND_CHANGE' && event.versionBefore !== undefined
      ? event.versionBefore + 1n
      : versionAfter;
  const claims: VersionClaim[] = [];
  for (let version = from; version <= versionAfter; version++) {
    const changedAt = version === versionAfter ? event.after?.lastModifiedDate?.toISOString() : undefined;
    claims.push({
      securityProfileName: event.securityProfileName,
      creationDate: incarnation.creationDate,
      version,
      eventId: event.eventId,
      operation: event.operation,
      ...(changedAt && { changedAt }),
    });
  }
  return claims;
}
