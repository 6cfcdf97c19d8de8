/**
 * The teams one claim value names, or why it cannot be read one way.
 * `problem` completes "The token's '<claim>' claim …".
 */
export type TeamsClaimReading = { teams: string[] } | { problem: string };

/**
 * Reads the caller's teams from one claim value, in each form it reaches the
 * Lambda in, each form read exactly one way. API Gateway's HTTP API JWT
 * authorizer turns every claim into a string: a JSON array such as Cognito's
 * `cognito:groups` arrives the way Go prints a slice, `["team-a","team-b"]` as
 * `"[team-a team-b]"`. The forms:
 * - absent, `null` or `""`: no teams (Cognito omits `cognito:groups` for a user
 *   in no group);
 * - `[` … `]` whose first element starts with `"`: a JSON array of strings, as a
 *   pre-token-generation trigger writes one into a string claim;
 * - any other `[` … `]`: API Gateway's rendering, names separated by single spaces
 *   (`"[]"` is no teams);
 * - anything else: a plain string, names separated by commas (`custom:teams`);
 * - a real array of strings, should the event come from something that keeps
 *   JSON types (a direct invoke, a test double).
 *
 * A team name is what an identity provider such as Cognito allows in a group name
 * (letters, marks, numbers, symbols, punctuation), less the characters that
 * separate or delimit names in some form: `,` `[` `]` `{` `}` `"` `\`. A value
 * that holds anything else — a separator inside a name, tab, newline, NBSP,
 * U+2028, a zero-width or other invisible character — is refused with the
 * reason, never split a guessed way: read another way, `team-b,platform-admins`
 * would make its members admins.
 */
export function parseTeamsClaim(value: unknown): TeamsClaimReading {
  if (value === undefined || value === null) return { teams: [] };
  if (Array.isArray(value)) return namesOf(value);
  if (typeof value !== 'string') return { problem: `is a ${typeof value}, not a list of teams` };
  const unreadable = unreadableCharacter(value);
  if (unreadable) return { problem: `holds ${unreadable}, which no team name may contain` };
  if (value === '') return { teams: [] };
  if (!value.startsWith('[')) return namesOf(value.split(','));
  if (!value.endsWith(']')) return { problem: "starts with '[' but does not end with ']'" };
  const inner = value.slice(1, -1);
  if (inner.trimStart().startsWith('"')) return jsonNames(value);
  return inner === '' ? { teams: [] } : namesOf(inner.split(' '));
}

/**
 * Why `name` cannot be a team name the claim forms carry unambiguously, or
 * undefined when it can. The local issuer refuses such names too.
 */
export function unsupportedTeamName(name: string): string | undefined {
  if (name === '') return 'an empty name (two separators in a row, or one at an end)';
  const unreadable = unreadableCharacter(name) ?? (name.includes(' ') ? 'a space' : undefined);
  if (unreadable) return `a name holding ${unreadable}`;
  const delimiter = DELIMITERS.exec(name)?.[0];
  if (delimiter) return `${JSON.stringify(name)}, which holds '${delimiter}'`;
  return undefined;
}

// Letters, marks, numbers, symbols and punctuation (Cognito's group-name pattern) that are
// not default-ignorable (U+3164 HANGUL FILLER, variation selectors, …): one visible character.
const NAME_CHARACTER = /^[\p{L}\p{M}\p{N}\p{S}\p{P}]$/u;
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;
const DELIMITERS = /[,[\]{}"\\]/;

/** The first character outside names and the space separator, as `U+00A0 at position 7`. */
function unreadableCharacter(text: string): string | undefined {
  let position = 0;
  for (const character of text) {
    position += 1;
    if (character === ' ') continue;
    if (!NAME_CHARACTER.test(character) || INVISIBLE.test(character)) {
      const codePoint = character.codePointAt(0) ?? 0;
      return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')} at position ${position}`;
    }
  }
  return undefined;
}

function jsonNames(text: string): TeamsClaimReading {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { problem: 'starts like a JSON array but is not valid JSON' };
  }
  return Array.isArray(parsed) ? namesOf(parsed) : { problem: 'is not a JSON array of team names' };
}

function namesOf(values: readonly unknown[]): TeamsClaimReading {
  const teams = new Set<string>();
  for (const value of values) {
    if (typeof value !== 'string') return { problem: `lists a ${typeof value}, not a team name` };
    const unsupported = unsupportedTeamName(value);
    if (unsupported) return { problem: `lists ${unsupported}` };
    teams.add(value);
  }
  return { teams: [...teams] };
}
