import type { AuditEvent, AuditOperation } from './auditEvent';
import type { IotCallRecord } from './drift/iotCallRecord';
import type { VersionClaim } from './drift/versionClaim';
import type { LoadedProfile } from './securityProfile';

/** The IoT write each operation of a profile's lifecycle makes, as CloudTrail names it. */
const LIFECYCLE_WRITES = {
  CREATE: 'CreateSecurityProfile',
  DELETE: 'DeleteSecurityProfile',
  ATTACH: 'AttachSecurityProfile',
  DETACH: 'DetachSecurityProfile',
  TRANSFER_OWNERSHIP: 'TagResource',
} as const satisfies Partial<Record<AuditOperation, string>>;

type LifecycleOperation = keyof typeof LIFECYCLE_WRITES;

/** What the evidence says of a lifecycle call; `versionAfter` when applied and the operation leaves one. */
export interface LifecycleJudgement {
  verdict: 'APPLIED' | 'NOT_APPLIED' | 'UNDETERMINED';
  reason: string;
  versionAfter?: bigint;
  /** An applied create: whether the profile IoT holds now is the one it made (created when CloudTrail says). */
  madeCurrent?: boolean;
  /** An applied transfer: the team it gave the profile to. */
  newOwner?: string;
}

/** CloudTrail's `eventTime` is to the second; a creation date this close to it is the same creation. */
const SAME_CREATION_MS = 2_000;
/** A refusal the SDK retries (throttling): an attempt after it may have been applied, its record not yet delivered. */
const RETRIED = new Set(['ThrottlingException']);

/** What the judgement reads: IoT now, the call's own CloudTrail records, the claims of IoT's incarnation. */
export interface LifecycleEvidence {
  current: LoadedProfile | undefined;
  calls: readonly IotCallRecord[];
  /** The claim of the version a create would have made (1) in the incarnation IoT holds. */
  holder?: VersionClaim;
  recentClaims: readonly VersionClaim[];
}

/**
 * Judges a PENDING create, delete, attach, detach or transfer; undefined for
 * the other operations, and where the version-based judgement says as much
 * (an attach, detach or transfer of a profile since deleted). None of these
 * makes a version IoT's content can be compared at (a create makes the first,
 * the others none), so the version number and `lastModifiedDate` prove
 * nothing of them: CloudTrail's record of the call's own write decides, else
 * IoT's state where it can (a profile still there was not deleted; a profile
 * created before the call was not its), else the event is flagged
 * UNDETERMINED for review.
 *
 * `began` is when the call began, less the clock skew allowed for.
 */
export function judgeLifecycleEvent(
  event: AuditEvent,
  evidence: LifecycleEvidence,
  began: number,
): LifecycleJudgement | undefined {
  const operation = event.operation;
  if (!isLifecycle(operation)) return undefined;
  const write = LIFECYCLE_WRITES[operation];
  const records = evidence.calls.filter((call) => call.eventName === write);
  const success = records.find((call) => call.errorCode === undefined);
  if (success) {
    return {
      verdict: 'APPLIED',
      reason: `CloudTrail recorded IoT applying this call's ${write} (event ${success.cloudTrailEventId}).`,
      ...versionLeftBy(operation, event),
      ...(operation === 'CREATE' && { madeCurrent: madeCurrent(evidence.current, success) }),
      ...(operation === 'TRANSFER_OWNERSHIP' && newOwnerOf(event)),
    };
  }
  // Only a refusal of the call's last attempt decides: a delete's earlier attempts conflicted at an
  // older version, and a throttled attempt is retried.
  const refused = records.find(
    (call) =>
      call.errorCode !== undefined &&
      !RETRIED.has(call.errorCode) &&
      (operation !== 'DELETE' || call.expectedVersion === event.versionBefore),
  );
  if (refused) {
    return {
      verdict: 'NOT_APPLIED',
      reason: `CloudTrail recorded IoT refusing this call's ${write} with ${refused.errorCode} (event ${refused.cloudTrailEventId}).`,
    };
  }
  if (operation === 'CREATE') return judgeCreate(event, evidence, began);
  if (operation === 'DELETE') return judgeDelete(evidence, began);
  if (!evidence.current) return undefined;
  return {
    verdict: 'UNDETERMINED',
    reason: `${write} makes no new version, and CloudTrail holds no record of this call's: nothing tells whether IoT applied it: review it.`,
  };
}

function isLifecycle(operation: AuditOperation): operation is LifecycleOperation {
  return Object.hasOwn(LIFECYCLE_WRITES, operation);
}

/** Whether the profile IoT holds was created by the create CloudTrail recorded (not created again since). */
function madeCurrent(current: LoadedProfile | undefined, created: IotCallRecord): boolean {
  const born = current?.profile.creationDate?.getTime();
  return born !== undefined && Math.abs(born - Date.parse(created.eventTime)) <= SAME_CREATION_MS;
}

/** The team a transfer gave the profile to, as the call asked (its input). */
function newOwnerOf(event: AuditEvent): { newOwner?: string } {
  const toTeam = (event.input as { toTeam?: unknown } | null)?.toTeam;
  return typeof toTeam === 'string' ? { newOwner: toTeam } : {};
}

/** A create leaves version 1; a delete leaves none; the others leave the version they found. */
function versionLeftBy(operation: LifecycleOperation, event: AuditEvent): { versionAfter?: bigint } {
  if (operation === 'CREATE') return { versionAfter: 1n };
  if (operation === 'DELETE' || event.versionBefore === undefined) return {};
  return { versionAfter: event.versionBefore };
}

function judgeCreate(event: AuditEvent, evidence: LifecycleEvidence, began: number): LifecycleJudgement {
  const { current } = evidence;
  if (!current) {
    // A profile this call made and someone deleted since would look the same.
    return {
      verdict: 'UNDETERMINED',
      reason:
        'IoT holds no profile of this name, and CloudTrail no record of this call’s create: nothing tells whether it made one that was deleted since: review it.',
    };
  }
  const created = current.profile.creationDate?.getTime();
  if (created !== undefined && created < began) {
    return { verdict: 'NOT_APPLIED', reason: 'The profile IoT holds was created before this call began.' };
  }
  const first = evidence.holder ?? evidence.recentClaims.find((claim) => claim.version === 1n);
  if (first && first.eventId !== event.eventId) {
    return {
      verdict: 'NOT_APPLIED',
      reason: `Version 1 of the profile IoT holds is accounted for by event ${first.eventId} (${first.operation}): this call did not create it.`,
    };
  }
  if (first) {
    return {
      verdict: 'APPLIED',
      reason: 'IoT confirmed version 1 to this call before its outcome was lost.',
      versionAfter: 1n,
    };
  }
  return {
    verdict: 'UNDETERMINED',
    reason:
      'A profile of this name was created after this call began, and nothing tells whether by this call: review it.',
  };
}

function judgeDelete(evidence: LifecycleEvidence, began: number): LifecycleJudgement {
  const created = evidence.current?.profile.creationDate?.getTime();
  if (evidence.current && (created === undefined || created < began)) {
    return { verdict: 'NOT_APPLIED', reason: 'IoT still holds the profile this call was to delete.' };
  }
  return {
    verdict: 'UNDETERMINED',
    reason: evidence.current
      ? 'The profile IoT holds was created after this call began, and CloudTrail holds no record of this call’s delete: review it.'
      : 'The profile is gone, and CloudTrail holds no record of this call’s delete: nothing tells who deleted it: review it.',
  };
}
