import type { Actor } from '../actor';
import type { CatalogueSelection } from '../catalogue/catalogueEntry';
import { AuthorizationError } from '../errors';
import { isAdmin, isAuditor } from './isAdmin';
import type { TeamPolicy } from './teamPolicy';

/**
 * Which profiles a listing shows the caller: admins and auditors every
 * profile (owned or not), anyone else those of their own teams. Asked for one
 * `ownerTeam`, that team's, if the caller may read them.
 *
 * @throws AuthorizationError (OWNER_TEAM_REQUIRED, naming `ownerTeam`) for a team the caller may not read.
 */
export function listingSelection(
  actor: Actor,
  policy: TeamPolicy,
  ownerTeam: string | undefined,
): CatalogueSelection {
  const readsAll = isAdmin(actor.teams, policy) || isAuditor(actor.teams, policy);
  if (ownerTeam === undefined)
    return readsAll ? { allTeams: true } : { ownerTeams: [...new Set(actor.teams)] };
  if (readsAll || actor.teams.includes(ownerTeam)) return { ownerTeams: [ownerTeam] };
  throw new AuthorizationError(
    'OWNER_TEAM_REQUIRED',
    'ownerTeam',
    `Forbidden (OWNER_TEAM_REQUIRED): ownerTeam: '${ownerTeam}' is not one of your teams; only its members, admin and auditor teams list its profiles.`,
  );
}
