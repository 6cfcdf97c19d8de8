import type { Actor } from '../../domain/actor';
import { assertAllowed } from '../../domain/authorization/authorizeChange';
import type { ChangeDependencies } from './changeDependencies';
import type { ChangePlan, ChangePlanner, EndState, StartState } from './changePlanner';
import { versionConflict } from './versionConflict';

/**
 * Stage 4, authorize, on every attempt: the planner's check against the state
 * this attempt loaded, then the client's `expectedVersion`, then the plan. The
 * write loop and dry runs share it, so a dry run refuses whatever the real call
 * would refuse. Throws AuthorizationError, VersionConflictError or the plan's
 * ValidationError.
 */
export async function authorizeAttempt<Before extends StartState, After extends EndState>(
  deps: Pick<ChangeDependencies, 'policies'>,
  actor: Actor,
  planner: ChangePlanner<Before, After>,
  before: Before,
  attempts: number,
): Promise<ChangePlan<After>> {
  const policy = await deps.policies.get();
  assertAllowed(planner.authorize(actor, before, policy));
  const expected = planner.expectedVersion;
  if (before && expected !== undefined && expected !== before.profile.version) {
    // Versions only grow, so a client's stale version can never match again.
    throw versionConflict(planner, before.profile.version, attempts);
  }
  return planner.plan(before);
}
