import type { AuditEvent } from '../../domain/auditEvent';
import { changesOf } from './changesOf';
import type { ChangeCall } from '../callContext';
import { authorizeAttempt, planAttempt } from './authorizeAttempt';
import type { ChangeDependencies } from './changeDependencies';
import type { ChangeOutcome } from './changeOutcome';
import { callsOf, type ChangePlanner, type EndState, type StartState } from './changePlanner';

/**
 * A dry run in place of stages 3–6: the same load, authorization and plan as
 * the real call's first attempt, and no write. Nothing is audited, so the
 * answer's event id says it names no event.
 */
export async function dryRun<Before extends StartState, After extends EndState>(
  deps: Pick<ChangeDependencies, 'store' | 'policies' | 'fairShare'>,
  call: ChangeCall,
  planner: ChangePlanner<Before, After>,
  pending: AuditEvent,
): Promise<ChangeOutcome<After>> {
  // The load's calls come from the caller's share too, taken beside it.
  const [loaded, share] = await Promise.allSettled([
    planner.load(deps.store),
    deps.fairShare.take(call.actor, callsOf(planner).load),
  ]);
  if (share.status === 'rejected') throw share.reason;
  if (loaded.status === 'rejected') throw loaded.reason;
  const before = loaded.value;
  await authorizeAttempt(deps, call.actor, planner, before);
  const plan = planAttempt(planner, before, 0);
  return {
    status: 'SUCCEEDED',
    event: pending,
    result: {
      securityProfile: plan.next,
      attempts: 0,
      auditEventId: `dry-run-${pending.eventId}`,
      applied: false,
      changes: changesOf(before, plan.next, plan),
    },
    warnings: plan.warnings ?? [],
  };
}
