import type { AuditEvent, AuditReconciliation, ReconciliationVerdict } from './auditEvent';
import { diffProfiles } from './diff/diffProfiles';
import type { IotCallRecord } from './drift/iotCallRecord';
import type { VersionClaim } from './drift/versionClaim';
import { withNewOwner, withOwner } from './auditEventSteps';
import { incarnationOf } from './incarnation';
import { judgeLifecycleEvent } from './judgeLifecycleEvent';
import type { LoadedProfile, SecurityProfile } from './securityProfile';

/** How far IoT's clock may be behind ours when comparing `lastModifiedDate` with an event's time. */
export const DEFAULT_CLOCK_SKEW_MS = 1_000;

/** A final event that the reconcile job, not its request, recorded. */
export type ReconciledAuditEvent = AuditEvent & { reconciliation: AuditReconciliation };

/** What the reconcile job gathered about one event left PENDING. */
export interface PendingEvidence {
  /** IoT now; undefined when the profile no longer exists. */
  current: LoadedProfile | undefined;
  /** CloudTrail's records of this call's own IoT writes (matched by the event id they carried). */
  calls: readonly IotCallRecord[];
  /** Who holds the version the call would have produced, in its incarnation, if anyone. */
  holder?: VersionClaim;
  /** IoT's content at that version, from the event that produced the next one (its `before`). */
  contentAtVersion?: SecurityProfile;
  /**
   * For a call that never learnt the version it started from: the claims of
   * the current incarnation, newest first, to tell whether every change since
   * the call began is another event's.
   */
  recentClaims: readonly VersionClaim[];
}

/** What the evidence says: a verdict, the reason in a sentence, and what IoT holds when applied. */
interface Judgement {
  verdict: Exclude<ReconciliationVerdict, 'PRESUMED_APPLIED'>;
  reason: string;
  /** The profile the call started from, when the evidence shows it (nothing was written since): its version is recorded. */
  startedFrom?: SecurityProfile;
  /** Applied: the version it left (none after a delete), and IoT's content then when the evidence shows it. */
  applied?: { versionAfter: bigint | undefined; after: SecurityProfile | undefined };
  /** An applied create of the profile IoT holds now: the event learns its incarnation and owner. */
  madeCurrent?: boolean;
  /** An applied transfer: the owner it gave the profile. */
  newOwner?: string;
}

/**
 * Finalises an event left PENDING (its outcome was never recorded) from
 * evidence, never from a version number alone, strongest evidence first:
 *
 * 1. CloudTrail's record of the call's own write: applied, or refused;
 * 2. the version ledger: the version the call would have produced is held by
 *    another event (then it was not this call's), or by this one (its outcome
 *    was confirmed by IoT and then lost);
 * 3. IoT's content at that version (now, or the `before` of the event that
 *    produced the next one) against the content the call would have left;
 * 4. for a call that never learnt its versions: no write since it began, or
 *    every version since accounted for by other events.
 *
 * APPLIED is SUCCEEDED; NOT_APPLIED, UNDETERMINED (the evidence cannot
 * decide: flagged for review) and PROFILE_DELETED are FAILED, whose outcome
 * never claims a change. The verdict and its reason are kept in `reconciliation`.
 */
export function resolvePendingEvent(
  event: AuditEvent,
  evidence: PendingEvidence,
  now: Date,
  clockSkewMs = DEFAULT_CLOCK_SKEW_MS,
): ReconciledAuditEvent {
  const reconciledAt = now.toISOString();
  const judgement = judge(event, evidence, clockSkewMs);
  const current = evidence.current;
  const reconciliation: AuditReconciliation = {
    reconciledAt,
    verdict: judgement.verdict,
    note: judgement.reason,
    ...(current && { currentVersion: current.profile.version }),
  };
  // A call stopped before its load learns here whose profile it was (nothing of its content); an
  // applied create, the profile it made.
  const lived =
    current &&
    (judgement.madeCurrent === true ||
      Date.parse(event.time) >= (current.profile.creationDate?.getTime() ?? 0));
  const base: AuditEvent = withOwner(
    { ...event, completedAt: reconciledAt },
    !event.incarnation && lived ? current : undefined,
  );
  if (judgement.applied) {
    const { versionAfter, after } = judgement.applied;
    const before = event.before;
    const owned = judgement.newOwner === undefined ? base : withNewOwner(base, { team: judgement.newOwner });
    return {
      ...owned,
      outcome: 'SUCCEEDED',
      ...(versionAfter !== undefined && { versionAfter }),
      ...(after && { after, changes: before ? diffProfiles(before, after) : base.changes }),
      reconciliation,
    };
  }
  if (judgement.verdict === 'PROFILE_DELETED') {
    return {
      ...unapplied(base),
      outcome: 'FAILED',
      errorCode: event.errorCode ?? 'NOT_FOUND',
      reconciliation,
    };
  }
  const started = judgement.startedFrom;
  return {
    ...unapplied(base),
    ...(started && {
      // Not the content: an event left this early was never authorized against the profile.
      versionBefore: event.versionBefore ?? started.version,
    }),
    outcome: 'FAILED',
    reconciliation,
  };
}

/**
 * The event less what the call would have left (its version, content and
 * changes), which is not what IoT holds: no FAILED event shows a version or
 * content another event, or none, produced.
 */
function unapplied(event: AuditEvent): AuditEvent {
  const left: AuditEvent = { ...event, changes: [] };
  delete left.versionAfter;
  delete left.after;
  return left;
}

function judge(event: AuditEvent, evidence: PendingEvidence, clockSkewMs: number): Judgement {
  const lifecycle = judgeLifecycleEvent(event, evidence, Date.parse(event.time) - clockSkewMs);
  if (lifecycle) {
    const { verdict, reason, versionAfter, madeCurrent, newOwner } = lifecycle;
    if (verdict !== 'APPLIED') return { verdict, reason };
    // The event's own `after` and `changes` stand: a lifecycle call makes no version to read them at.
    return {
      ...applied(reason, versionAfter, evidence, undefined, false),
      ...(madeCurrent && { madeCurrent }),
      ...(newOwner !== undefined && { newOwner }),
    };
  }
  const fromCalls = judgeByCalls(event, evidence);
  if (fromCalls) return fromCalls;
  const versionAfter = event.versionAfter;
  if (versionAfter === undefined || event.versionBefore === undefined) {
    return judgeUnversioned(event, evidence, clockSkewMs);
  }
  const { holder } = evidence;
  if (holder && holder.eventId !== event.eventId) {
    return {
      verdict: 'NOT_APPLIED',
      reason: `Version ${versionAfter} is accounted for by event ${holder.eventId} (${holder.operation}): this call did not produce it.`,
    };
  }
  if (holder) {
    return applied(
      `IoT confirmed version ${versionAfter} to this call before its outcome was lost.`,
      versionAfter,
      evidence,
    );
  }
  return judgeByContent(event, event.versionBefore, versionAfter, evidence);
}

/** CloudTrail's records of the call's own writes, when they were delivered. */
function judgeByCalls(event: AuditEvent, evidence: PendingEvidence): Judgement | undefined {
  const writes = evidence.calls.filter((call) => call.eventName === 'UpdateSecurityProfile');
  const success = writes.find((call) => call.errorCode === undefined);
  if (success) {
    const versionAfter =
      success.expectedVersion !== undefined ? success.expectedVersion + 1n : event.versionAfter;
    if (versionAfter === undefined) return undefined;
    return applied(
      `CloudTrail recorded IoT applying this call's UpdateSecurityProfile (event ${success.cloudTrailEventId}).`,
      versionAfter,
      evidence,
    );
  }
  const last = event.versionBefore;
  const refused = writes.find((call) => call.expectedVersion !== undefined && call.expectedVersion === last);
  if (refused) {
    return {
      verdict: 'NOT_APPLIED',
      reason: `CloudTrail recorded IoT refusing this call's last write with ${refused.errorCode} (event ${refused.cloudTrailEventId}).`,
    };
  }
  return undefined;
}

/** IoT's content at the version the call would have produced, against what it would have left there. */
function judgeByContent(
  event: AuditEvent,
  versionBefore: bigint,
  versionAfter: bigint,
  evidence: PendingEvidence,
): Judgement {
  const { current } = evidence;
  const sameLife = current !== undefined && sameIncarnationAs(event, current);
  if (sameLife && current.profile.version === versionBefore) {
    return {
      verdict: 'NOT_APPLIED',
      reason: `IoT still holds version ${versionBefore}: nothing was written since this call loaded it.`,
    };
  }
  const content =
    sameLife && current.profile.version === versionAfter ? current.profile : evidence.contentAtVersion;
  if (!content) {
    if (!sameLife) {
      return {
        verdict: 'PROFILE_DELETED',
        reason:
          'The profile is gone (or is another incarnation) and the audit holds no snapshot of the version this call would have produced: review it.',
      };
    }
    return {
      verdict: 'UNDETERMINED',
      reason: `IoT moved past version ${versionAfter} and the audit holds no snapshot of it to compare: review it.`,
    };
  }
  if (event.after && diffProfiles(event.after, content).length === 0) {
    return applied(
      `IoT's content at version ${versionAfter} is the content this call would have left.`,
      versionAfter,
      evidence,
      content,
    );
  }
  if (!event.after) {
    return {
      verdict: 'UNDETERMINED',
      reason: 'This call recorded no content to compare with IoT’s: review it.',
    };
  }
  return {
    verdict: 'NOT_APPLIED',
    reason: `IoT's content at version ${versionAfter} differs from what this call would have left: another writer produced it.`,
  };
}

/** A call that never learnt the version it started from (stopped before its load, or killed). */
function judgeUnversioned(event: AuditEvent, evidence: PendingEvidence, clockSkewMs: number): Judgement {
  const { current } = evidence;
  const began = Date.parse(event.time) - clockSkewMs;
  if (!current) {
    return {
      verdict: 'PROFILE_DELETED',
      reason: 'The profile no longer exists, and nothing tells whether this call changed it: review it.',
    };
  }
  const created = current.profile.creationDate?.getTime();
  if (created !== undefined && created > began) {
    return {
      verdict: 'UNDETERMINED',
      reason:
        'The profile was created again after this call began; nothing tells whether this call changed the one before: review it.',
    };
  }
  const own = evidence.recentClaims.find((claim) => claim.eventId === event.eventId);
  if (own) {
    return applied(
      `IoT confirmed version ${own.version} to this call before its outcome was lost.`,
      own.version,
      evidence,
    );
  }
  const modified = current.profile.lastModifiedDate?.getTime();
  if (modified !== undefined && modified < began) {
    return {
      verdict: 'NOT_APPLIED',
      reason: 'IoT shows no write to the profile since this call began.',
      startedFrom: current.profile,
    };
  }
  if (everyChangeSinceAccountedFor(current, evidence.recentClaims, began, event.eventId)) {
    return {
      verdict: 'NOT_APPLIED',
      reason: 'Every version IoT made since this call began is accounted for by another event.',
    };
  }
  return {
    verdict: 'UNDETERMINED',
    reason:
      'IoT changed the profile after this call began, and nothing tells whether the change was this call’s: review it.',
  };
}

/**
 * True when the claims hold, by other events, every version from the last
 * one made before `began` up to the current one, without a gap.
 */
function everyChangeSinceAccountedFor(
  current: LoadedProfile,
  claims: readonly VersionClaim[],
  began: number,
  eventId: string,
): boolean {
  const byVersion = new Map(claims.map((claim) => [claim.version, claim]));
  for (let version = current.profile.version; version >= 1n; version--) {
    const claim = byVersion.get(version);
    if (!claim || claim.eventId === eventId) return false;
    // A version of unknown date is another event's all the same: the walk goes on below it.
    if (claim.changedAt !== undefined && Date.parse(claim.changedAt) < began) return true;
  }
  return true;
}

function applied(
  reason: string,
  versionAfter: bigint | undefined,
  evidence: PendingEvidence,
  content?: SecurityProfile,
  readContent = true,
): Judgement {
  const { current } = evidence;
  const now =
    current && versionAfter !== undefined && current.profile.version === versionAfter
      ? current.profile
      : undefined;
  const after = readContent ? (content ?? now ?? evidence.contentAtVersion) : undefined;
  const incarnation = current ? incarnationOf(current.profile) : undefined;
  return {
    verdict: 'APPLIED',
    reason,
    applied: { versionAfter, after, ...(incarnation && { incarnation }) },
  };
}

function sameIncarnationAs(event: AuditEvent, current: LoadedProfile): boolean {
  const life = incarnationOf(current.profile);
  if (!event.incarnation || !life) return true;
  return (
    event.incarnation.creationDate === life.creationDate &&
    event.incarnation.securityProfileArn === life.securityProfileArn
  );
}
