import type { AuditEvent } from '../../domain/auditEvent';
import { changesOf } from './changesOf';
import type { ChangeCall } from '../callContext';
import { authorizeAttempt, planAttempt } from './authorizeAttempt';
import type { ChangeDependencies } from './changeDependencies';
import type { ChangeOutcome } from './changeOutcome';
import type { ChangePlanner, EndState, StartState } from './changePlanner';

/**
 * A dry run in place of stages 3–6: the same load, authorization and plan as
 * the real call's first attempt, and no write. Nothing is audited, so the
 * answer's event id says it names no event.
 */
export async function dryRun<Before extends StartState, After extends EndState>(
  deps: Pick<ChangeDependencies, 'store' | 'policies'>,
  call: ChangeCall,
  planner: ChangePlanner<Before, After>,
  pending: AuditEvent,
): Promise<ChangeOutcome<After>> {
  const before = await planner.load(deps.store);
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
