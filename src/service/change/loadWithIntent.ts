import type { AuditEvent } from '../../domain/auditEvent';
import type { ChangeDependencies } from './changeDependencies';
import { callsOf, type ChangePlanner, type EndState, type StartState } from './changePlanner';

/**
 * Stages 3 and 5 at once, load ∥ audit intent: the state the change starts from
 * is read while the PENDING event is written, so the intent costs no hop. The
 * intent fails closed: when it cannot be written (AuditUnavailableError),
 * nothing is changed, whatever the load found.
 *
 * This is also where work that must precede the first write but needs no
 * loaded state belongs: beside the load and the intent in the same
 * `allSettled`, so the critical path stays three hops (load ∥ intent, write,
 * outcome). The caller's share of IoT is taken here (`FairShare`); a share
 * spent refuses the call THROTTLED before it writes, whatever the load found,
 * so a throttled call's event holds nothing of the profile. And it is where a loaded version that no audited event explains (a
 * change made outside the gateway) comes to light, before this call's own
 * change: the version ledger's newest claim is read beside the load, and a
 * profile found beyond it is recorded (`DriftWatch.notice`) in `background`,
 * which the call awaits only at its audit outcome.
 */
export async function loadWithIntent<Before extends StartState, After extends EndState>(
  deps: Pick<ChangeDependencies, 'store' | 'audit' | 'drift' | 'fairShare'>,
  planner: ChangePlanner<Before, After>,
  intent: AuditEvent,
  background: Promise<void>[],
): Promise<Before> {
  const [loaded, recorded, newest, share] = await Promise.allSettled([
    planner.load(deps.store),
    deps.audit.recordIntent(intent),
    deps.drift.newestClaim(planner.securityProfileName),
    deps.fairShare.take(intent.actor, callsOf(planner).load + callsOf(planner).write),
  ]);
  if (recorded.status === 'rejected') throw recorded.reason;
  if (share.status === 'rejected') throw share.reason;
  if (loaded.status === 'rejected') throw loaded.reason;
  if (loaded.value && newest.status === 'fulfilled') {
    background.push(deps.drift.notice(loaded.value, newest.value, intent));
  }
  return loaded.value;
}
