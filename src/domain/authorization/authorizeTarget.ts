import type { Actor } from '../actor';
import type { LoadedProfile } from '../securityProfile';
import {
  authorizeOwnership,
  authorizeReference,
  deny,
  ownerTeam,
  type AuthorizationDecision,
} from './authorizeChange';
import { isAdmin } from './isAdmin';
import type { TeamPolicy } from './teamPolicy';

/** The three targets that stand for devices of the whole account rather than one thing group. */
const ACCOUNT_TARGET = /^arn:[^:]+:iot:[^:]*:[^:]*:all\/(things|registered-things|unregistered-things)$/;

/** True for `…:all/things`, `…:all/registered-things` and `…:all/unregistered-things`. */
export function isAccountTarget(targetArn: string): boolean {
  return ACCOUNT_TARGET.test(targetArn);
}

/**
 * May `actor` attach the profile to `targetArn`, or detach it from there?
 * 1. ownership, as for any change (owner team or admin);
 * 2. the target must match the owner team's `thingGroupArns` (untagged: the
 *    admin teams'), whoever the caller is, so no team's profile watches another
 *    team's devices;
 * 3. an account-wide target (`all/things`, …) that no such pattern names is
 *    for admins: it puts the profile on every team's devices.
 * Detach is authorized as attach is, so a team cannot undo an account-wide
 * attachment an admin made.
 */
export function authorizeTarget(
  actor: Actor,
  loaded: LoadedProfile,
  targetArn: string,
  policy: TeamPolicy,
): AuthorizationDecision {
  const ownership = authorizeOwnership(actor, loaded, policy, 'change');
  if (!ownership.allowed) return ownership;
  const reference = { path: 'securityProfileTargetArn', value: targetArn, list: 'thingGroupArns' } as const;
  const byOwner = authorizeReference(ownerTeam(loaded), reference, policy);
  if (byOwner.allowed || !isAccountTarget(targetArn)) return byOwner;
  if (isAdmin(actor.teams, policy)) return { allowed: true };
  return deny(
    'ACCOUNT_TARGET_ADMIN_ONLY',
    reference.path,
    `'${targetArn}' stands for the devices of the whole account; only an admin team may attach a profile to it or detach one from it`,
  );
}
