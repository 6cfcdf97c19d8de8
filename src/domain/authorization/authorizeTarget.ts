import type { Actor } from '../actor';
import type { LoadedProfile } from '../securityProfile';
import {
  authorizeOwnership,
  deny,
  ownerTeam,
  refuseReference,
  type AuthorizationDecision,
  type OwnerRole,
  type RefusedReference,
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
  const refused = refuseTarget(actor, ownerTeam(loaded), targetArn, 'securityProfileTargetArn', policy);
  return refused === undefined ? { allowed: true } : deny(refused.rule, refused.path, refused.problem);
}

/**
 * Why `actor` may not have the profile `owner` owns attached to `targetArn`
 * (rules 2 and 3 of {@link authorizeTarget}), blamed on `path`; undefined when
 * it may. A transfer asks it of every target the profile is attached to, with
 * the new owner, so a profile never moves to a team that could not attach it
 * there (nor detach it).
 */
export function refuseTarget(
  actor: Actor,
  owner: string | undefined,
  targetArn: string,
  path: string,
  policy: TeamPolicy,
  role: OwnerRole = 'owner',
): RefusedReference | undefined {
  const reference = { path, value: targetArn, list: 'thingGroupArns' } as const;
  const byOwner = refuseReference(owner, reference, policy, role);
  if (byOwner === undefined || !isAccountTarget(targetArn)) return byOwner;
  if (isAdmin(actor.teams, policy)) return undefined;
  return {
    rule: 'ACCOUNT_TARGET_ADMIN_ONLY',
    path,
    problem: `'${targetArn}' stands for the devices of the whole account; only an admin team may attach a profile to it or detach one from it`,
  };
}
