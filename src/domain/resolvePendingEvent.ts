import type { AuditEvent, AuditReconciliation } from './auditEvent';
import type { LoadedProfile } from './securityProfile';

/** How far IoT's clock may be behind ours when comparing `lastModifiedDate` with an event's time. */
export const DEFAULT_CLOCK_SKEW_MS = 1_000;

type Verdict = AuditReconciliation['verdict'];

/** A final event that the reconcile job, not its request, recorded. */
export type ReconciledAuditEvent = AuditEvent & { reconciliation: AuditReconciliation };

/**
 * Finalises an event left PENDING (its outcome was never recorded), judged from
 * what IoT holds now. An intent is written in parallel with the load, so it
 * usually knows neither the version it started from nor the one it produced;
 * the rules use what it does know, strongest evidence first:
 *
 * - the profile is gone → FAILED (`PROFILE_DELETED`, errorCode NOT_FOUND);
 * - the current version is the one this call produced (`versionAfter`) →
 *   SUCCEEDED (`APPLIED`), with `after` = the current profile;
 * - the current version is the one it started from (`versionBefore`), or, when
 *   that is unknown, IoT's `lastModifiedDate` is before the call began (less
 *   `clockSkewMs`) → FAILED (`NOT_APPLIED`): nothing was written since;
 * - otherwise the profile was written after the call began, by this call or by
 *   another writer, and the two cannot be told apart → SUCCEEDED
 *   (`PRESUMED_APPLIED`), without `after`. An audit trail should flag a change
 *   that may have happened for review rather than hide one that did; the
 *   request's ERROR log line (same event id) holds the full event if it was ours.
 */
export function resolvePendingEvent(
  event: AuditEvent,
  current: LoadedProfile | undefined,
  now: Date,
  clockSkewMs = DEFAULT_CLOCK_SKEW_MS,
): ReconciledAuditEvent {
  const reconciledAt = now.toISOString();
  const base: AuditEvent = { ...event, completedAt: reconciledAt };
  if (!current) {
    return {
      ...base,
      outcome: 'FAILED',
      errorCode: 'NOT_FOUND',
      reconciliation: note(reconciledAt, 'PROFILE_DELETED', undefined),
    };
  }
  const { profile, ownerTeam } = current;
  const known: AuditEvent = {
    ...base,
    securityProfileArn: event.securityProfileArn ?? profile.securityProfileArn,
    ownerTeam: event.ownerTeam ?? ownerTeam,
  };
  const verdict = judge(event, current, clockSkewMs);
  const reconciliation = note(reconciledAt, verdict, profile.version);
  switch (verdict) {
    case 'APPLIED':
      return {
        ...known,
        outcome: 'SUCCEEDED',
        versionAfter: profile.version,
        after: profile,
        reconciliation,
      };
    case 'NOT_APPLIED':
      // Nothing was written since the call began, so what IoT holds now is what it started from.
      return {
        ...known,
        outcome: 'FAILED',
        versionBefore: event.versionBefore ?? profile.version,
        before: event.before ?? profile,
        reconciliation,
      };
    default:
      return { ...known, outcome: 'SUCCEEDED', reconciliation };
  }
}

function judge(event: AuditEvent, { profile }: LoadedProfile, clockSkewMs: number): Verdict {
  const versionAfter = event.versionAfter ?? event.after?.version;
  if (versionAfter !== undefined && profile.version === versionAfter) return 'APPLIED';
  if (event.versionBefore !== undefined) {
    return profile.version === event.versionBefore ? 'NOT_APPLIED' : 'PRESUMED_APPLIED';
  }
  const modified = profile.lastModifiedDate?.getTime();
  if (modified !== undefined && modified < Date.parse(event.time) - clockSkewMs) return 'NOT_APPLIED';
  return 'PRESUMED_APPLIED';
}

const NOTES: Record<Verdict, string> = {
  APPLIED: 'IoT holds the version this call produced: the change was applied.',
  NOT_APPLIED: 'IoT shows no write to the profile since this call began: the change was not applied.',
  PRESUMED_APPLIED:
    'IoT shows a write to the profile since this call began that cannot be attributed to it for certain: presumed applied, review it.',
  UNDETERMINED: 'The evidence cannot tell whether IoT applied the change: review it.',
  PROFILE_DELETED:
    'The profile no longer exists: whether the change was applied before it was deleted is unknown.',
};

function note(
  reconciledAt: string,
  verdict: Verdict,
  currentVersion: bigint | undefined,
): AuditReconciliation {
  const reconciliation: AuditReconciliation = { reconciledAt, verdict, note: NOTES[verdict] };
  if (currentVersion !== undefined) reconciliation.currentVersion = currentVersion;
  return reconciliation;
}
