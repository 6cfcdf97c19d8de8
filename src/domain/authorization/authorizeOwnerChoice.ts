import type { Actor } from '../actor';
import type { ProfileContent } from '../securityProfile';
import {
  deny,
  denyEvery,
  refusedContent,
  type AuthorizationDecision,
  type AuthorizationDenial,
} from './authorizeChange';
import { refuseTarget } from './authorizeTarget';
import { isAdmin } from './isAdmin';
import type { TeamPolicy } from './teamPolicy';

/** The owner a new profile gets, or why the caller may not give it that owner. */
export type OwnerChoice = { allowed: true; owner: string | undefined } | AuthorizationDenial;

/**
 * Who owns a profile the caller creates. An admin names any team, or none for
 * an admin-only profile. Anyone else names one of their teams (auditor teams
 * own nothing), and may leave it out only when they belong to exactly one.
 */
export function chooseOwner(actor: Actor, requested: string | undefined, policy: TeamPolicy): OwnerChoice {
  if (isAdmin(actor.teams, policy)) return { allowed: true, owner: requested };
  // An auditor team reads everything and changes nothing, so it owns nothing either.
  const teams = [...new Set(actor.teams)].filter((team) => !policy.auditorTeams.has(team));
  if (requested !== undefined) {
    return teams.includes(requested)
      ? { allowed: true, owner: requested }
      : deny('OWNER_TEAM_REQUIRED', 'ownerTeam', `'${requested}' is not one of your teams`);
  }
  const [only, ...others] = teams;
  if (only !== undefined && others.length === 0) return { allowed: true, owner: only };
  const problem =
    only === undefined
      ? 'you belong to no team that may own a profile'
      : `you belong to several teams (${teams.join(', ')}); name the one that will own the profile`;
  return deny('OWNER_TEAM_REQUIRED', 'ownerTeam', problem);
}

/** A profile as a transfer loads it: its content and the targets it is attached to. */
export interface TransferredProfile {
  profile: ProfileContent;
  targets: readonly string[];
}

/**
 * May `actor` move `transferred` to `toTeam`? Only admin teams transfer a
 * profile, and only to a team that may use everything the profile makes IoT
 * use: every ARN and topic of its content ({@link refusedContent}) and every
 * target it is attached to, as an attach by the same admin of a profile
 * `toTeam` owns would be judged ({@link refuseTarget}): a thing group must
 * match `toTeam`'s `thingGroupArns`; an account-wide target is for admins, and
 * the caller is one. The refusal names every reference refused, content first
 * (`alertTargets.SNS.alertTargetArn`, …), then targets (`targets[<arn>]`, the
 * name an audited attach gives the target); its rule and field are the first's.
 */
export function authorizeTransfer(
  actor: Actor,
  transferred: TransferredProfile,
  toTeam: string,
  policy: TeamPolicy,
): AuthorizationDecision {
  if (!isAdmin(actor.teams, policy)) {
    return deny(
      'ADMIN_TEAM_REQUIRED',
      undefined,
      'only an admin team may transfer the ownership of a profile',
    );
  }
  const content = refusedContent(toTeam, transferred.profile, policy, 'new owner');
  const targets = transferred.targets.flatMap(
    (target) => refuseTarget(actor, toTeam, target, `targets[${target}]`, policy, 'new owner') ?? [],
  );
  return denyEvery([...content, ...targets]);
}
