import type { Actor } from '../../domain/actor';
import { assertAllowedOrHidden } from '../../domain/authorization/concealUnreadable';
import type { ChangeDependencies } from './changeDependencies';
import type { ChangePlan, ChangePlanner, EndState, StartState } from './changePlanner';
import { versionConflict } from './versionConflict';

/**
 * Stage 4, authorize, on every attempt: the planner's check against the state
 * this attempt loaded. Nothing of that state may reach the audit event before
 * it passes (a refused caller reads its own events). The write loop and dry
 * runs share it, so a dry run refuses whatever the real call would refuse.
 * Throws AuthorizationError, or HiddenProfileError (NOT_FOUND) when the
 * caller may not even read the profile.
 */
export async function authorizeAttempt<Before extends StartState, After extends EndState>(
  deps: Pick<ChangeDependencies, 'policies'>,
  actor: Actor,
  planner: ChangePlanner<Before, After>,
  before: Before,
): Promise<void> {
  const policy = await deps.policies.get();
  assertAllowedOrHidden(actor, before, policy, planner.authorize(actor, before, policy));
}

/**
 * What an authorized attempt would do: the client's `expectedVersion` checked
 * against the state it loaded, then the planner's plan. Throws
 * VersionConflictError or the plan's ValidationError.
 */
export function planAttempt<Before extends StartState, After extends EndState>(
  planner: ChangePlanner<Before, After>,
  before: Before,
  attempts: number,
): ChangePlan<After> {
  const expected = planner.expectedVersion;
  if (before && expected !== undefined && expected !== before.profile.version) {
    // Versions only grow, so a client's stale version can never match again.
    throw versionConflict(planner, before.profile.version, attempts);
  }
  return planner.plan(before);
}
