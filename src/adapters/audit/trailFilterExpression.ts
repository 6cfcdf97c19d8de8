import type { TrailFilter } from '../../service/ports';

/** A DynamoDB FilterExpression with its names and values. */
export interface FilterExpression {
  expression: string;
  names: Record<string, string>;
  values: Record<string, unknown>;
}

// DynamoDB's IN takes at most 100 operands.
const IN_OPERANDS = 100;

/** The FilterExpression of a trail filter over the audit items' attributes; undefined when it filters nothing. */
export function trailFilterExpression(filter: TrailFilter): FilterExpression | undefined {
  const clauses: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  if (filter.creationDate !== undefined) {
    names['#created'] = 'profileCreationDate';
    values[':created'] = filter.creationDate;
    clauses.push('#created = :created');
  }
  if (filter.ownerTeams !== undefined) {
    clauses.push(ownerClause(filter.ownerTeams, names, values));
  }
  if (clauses.length === 0) return undefined;
  return { expression: clauses.map((clause) => `(${clause})`).join(' AND '), names, values };
}

function ownerClause(
  teams: readonly string[],
  names: Record<string, string>,
  values: Record<string, unknown>,
): string {
  names['#owner'] = 'ownerTeam';
  // No team owns anything: a clause no item satisfies (a team name is never empty).
  if (teams.length === 0) {
    values[':noTeam'] = '';
    return '#owner = :noTeam';
  }
  names['#previous'] = 'previousOwnerTeam';
  const operands = teams.map((team, i) => {
    values[`:team${i}`] = team;
    return `:team${i}`;
  });
  const groups: string[] = [];
  for (let i = 0; i < operands.length; i += IN_OPERANDS) {
    const list = operands.slice(i, i + IN_OPERANDS).join(', ');
    groups.push(`#owner IN (${list})`, `#previous IN (${list})`);
  }
  return groups.join(' OR ');
}
