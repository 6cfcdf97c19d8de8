import type { Actor } from '../actor';
import { deny, type AuthorizationDenial } from './authorizeChange';
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

/** Only admin teams may move a profile to another owner. */
export function authorizeTransfer(actor: Actor, policy: TeamPolicy): { allowed: true } | AuthorizationDenial {
  if (isAdmin(actor.teams, policy)) return { allowed: true };
  return deny('ADMIN_TEAM_REQUIRED', undefined, 'only an admin team may transfer the ownership of a profile');
}
