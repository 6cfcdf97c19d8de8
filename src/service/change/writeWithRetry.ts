import type { AuditEvent } from '../../domain/auditEvent';
import {
  outcomeUnknown,
  succeeded,
  withAttempts,
  withLoaded,
  withNewOwner,
  withOwner,
} from '../../domain/auditEventSteps';
import { changesOf } from './changesOf';
import {
  UpdateOutcomeUnknownError,
  UpstreamUnavailableError,
  VersionConflictError,
} from '../../domain/errors';
import { backoffDelay } from '../../domain/retry/backoff';
import { hasTimeFor } from '../../domain/retry/hasTimeFor';
import type { ChangeCall } from '../callContext';
import { authorizeAttempt, planAttempt } from './authorizeAttempt';
import type { ChangeDependencies } from './changeDependencies';
import type { ChangeOutcome } from './changeOutcome';
import type { ChangePlan, ChangePlanner, EndState, PlannedWrite, StartState } from './changePlanner';
import { versionConflict } from './versionConflict';
import type { WriterTurn } from './writerTurn';

/**
 * Stages 4 and 6, authorize and write, with retry: each attempt authorizes and
 * plans against the state it loaded and writes with that state's version. The
 * first waits for the call's turn among the profile's writers once authorized
 * (a refused call waits for nothing), and starts again from the profile the
 * last holder left when that is newer than its load. On
 * a version conflict it backs off (exponential, full jitter) and starts again
 * from the load. Resending an old request after a conflict would overwrite the
 * other writer's change and audit the wrong "before".
 *
 * It never throws: every ending is a ChangeOutcome with the audit event as far
 * as the call got (the profile the last attempt loaded, the writes made).
 */
export async function writeWithRetry<Before extends StartState, After extends EndState>(
  deps: ChangeDependencies,
  call: ChangeCall,
  planner: ChangePlanner<Before, After>,
  pending: AuditEvent,
  firstLoad: Before,
  turn: WriterTurn,
): Promise<ChangeOutcome<After>> {
  const deadline = deps.clock.now().getTime() + call.remainingTimeMs();
  let before = firstLoad;
  let attempts = 0;
  let event = pending;
  try {
    for (;;) {
      event = withAttempts(withOwner(pending, before), attempts);
      await authorizeAttempt(deps, call.actor, planner, before);
      const inTurn = await turn.wait(before, deadline);
      if (inTurn !== before) {
        // What the last holder left is newer: authorize and plan against it instead.
        before = inTurn;
        continue;
      }
      event = withLoaded(event, before);
      const plan = planAttempt(planner, before, attempts);
      if (!plan.write) return succeededOutcome(event, before, plan, plan.next, attempts, false);
      attempts += 1;
      // Counted before the call: a write that fails, whatever the failure, was made.
      event = withAttempts(event, attempts);
      try {
        // Through the store's view for this event: CloudTrail's record of the write names it.
        const after = await plan.write.apply(deps.store.forAuditEvent(event.eventId));
        return succeededOutcome(event, before, plan, after, attempts, true);
      } catch (error) {
        if (error instanceof UpstreamUnavailableError) {
          return unknownOutcome(event, plan, plan.write, error);
        }
        if (!(error instanceof VersionConflictError)) throw error;
        const delay = await backoffOrGiveUp(deps, planner, attempts, deadline, error);
        deps.telemetry.writeRetried(planner.securityProfileName, attempts, delay);
        await deps.sleep(delay);
        before = await planner.load(deps.store);
      }
    }
  } catch (error) {
    return { status: 'FAILED', event, error };
  }
}

/**
 * After a conflict: the delay before the next attempt, or VERSION_CONFLICT with
 * the current version when there is no next attempt (the client owns
 * concurrency, the attempts are spent, or the backoff would run into the
 * Lambda's deadline, less the time kept for the audit outcome).
 */
async function backoffOrGiveUp(
  deps: ChangeDependencies,
  planner: Pick<ChangePlanner, 'securityProfileName' | 'expectedVersion'>,
  attempts: number,
  deadline: number,
  conflict: VersionConflictError,
): Promise<number> {
  const delay = backoffDelay(attempts, deps.retry, deps.random);
  const inTime = hasTimeFor(deadline, deps.clock.now().getTime(), delay, deps.retry.deadlineReserveMs);
  if (planner.expectedVersion === undefined && attempts < deps.retry.maxAttempts && inTime) return delay;
  const current = await deps.store.load(planner.securityProfileName);
  throw versionConflict(planner, current.profile.version, attempts, conflict);
}

function succeededOutcome<After extends EndState>(
  event: AuditEvent,
  before: StartState,
  plan: ChangePlan<After>,
  after: After,
  attempts: number,
  applied: boolean,
): ChangeOutcome<After> {
  const changes = changesOf(before, after, plan);
  const done = succeeded(withAttempts(event, attempts), after, changes);
  return {
    status: 'SUCCEEDED',
    event: plan.owner ? withNewOwner(done, plan.owner) : done,
    result: { securityProfile: after, attempts, auditEventId: event.eventId, applied, changes },
    warnings: plan.warnings ?? [],
  };
}

/** IoT failed while handling the write: it may have applied it, so nothing is claimed either way. */
function unknownOutcome<After extends EndState>(
  event: AuditEvent,
  plan: ChangePlan<After>,
  write: PlannedWrite<After>,
  cause: UpstreamUnavailableError,
): ChangeOutcome<After> {
  return {
    status: 'UNKNOWN',
    event: outcomeUnknown(event, { after: plan.next, versionAfter: write.versionAfter }, cause),
    error: new UpdateOutcomeUnknownError(
      `IoT failed while applying the change to '${event.securityProfileName}', which may or may not have been applied; ` +
        `audit event ${event.eventId} stays PENDING until reconciled against IoT.`,
      { cause },
    ),
  };
}
