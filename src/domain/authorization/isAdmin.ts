import type { TeamPolicy } from './teamPolicy';

/** True when one of `teams` is an admin team of `policy`. Identity uses it to set `Actor.isAdmin`. */
export function isAdmin(teams: readonly string[], policy: TeamPolicy): boolean {
  return teams.some((team) => policy.adminTeams.has(team));
}

/** True when one of `teams` is an auditor team of `policy`: it reads everything and changes nothing. */
export function isAuditor(teams: readonly string[], policy: TeamPolicy): boolean {
  return teams.some((team) => policy.auditorTeams.has(team));
}
