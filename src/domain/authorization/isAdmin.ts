import type { TeamPolicy } from './teamPolicy';

/** True when one of `teams` is an admin team of `policy`. Identity uses it to set `Actor.isAdmin`. */
export function isAdmin(teams: readonly string[], policy: TeamPolicy): boolean {
  return teams.some((team) => policy.adminTeams.has(team));
}
