import type { AuditEvent } from '../../domain/auditEvent';
import type { ChangeDependencies } from './changeDependencies';
import type { ChangePlanner, EndState, StartState } from './changePlanner';

/**
 * Stages 3 and 5 at once, load ∥ audit intent: the state the change starts from
 * is read while the PENDING event is written, so the intent costs no hop. The
 * intent fails closed: when it cannot be written (AuditUnavailableError),
 * nothing is changed, whatever the load found.
 *
 * This is also where work that must precede the first write but needs no
 * loaded state belongs (a team's budget of IoT calls, the turn of one writer
 * among those of the same profile): beside the load and the intent in the same
 * `allSettled`, so the critical path stays three hops (load ∥ intent, write,
 * outcome). And it is where a loaded version that no audited event explains (a
 * change made outside the gateway) comes to light, before this call's own change.
 */
export async function loadWithIntent<Before extends StartState, After extends EndState>(
  deps: Pick<ChangeDependencies, 'store' | 'audit'>,
  planner: ChangePlanner<Before, After>,
  intent: AuditEvent,
): Promise<Before> {
  const [loaded, recorded] = await Promise.allSettled([
    planner.load(deps.store),
    deps.audit.recordIntent(intent),
  ]);
  if (recorded.status === 'rejected') throw recorded.reason;
  if (loaded.status === 'rejected') throw loaded.reason;
  return loaded.value;
}
