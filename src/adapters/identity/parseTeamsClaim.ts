/**
 * The teams listed in one claim value, in every form the value reaches the Lambda in.
 *
 * API Gateway's HTTP API JWT authorizer turns every claim into a string before it
 * puts it on `requestContext.authorizer.jwt.claims`. A JSON array such as Cognito's
 * `cognito:groups` arrives the way Go prints a slice: `["team-a","team-b"]` becomes
 * `"[team-a team-b]"`, one group `"[team-a]"` (not JSON, and no commas). Accepted:
 * - absent, `null`, `""` or `"[]"`: no teams (Cognito omits `cognito:groups` for a
 *   user in no group);
 * - the bracketed, space-separated string `"[a b]"`;
 * - a JSON array string `'["a","b"]'`, which a pre-token-generation trigger writes
 *   when it can only add string claims;
 * - a plain string `"team-a"`, and a comma- or space-separated one `"a,b"` / `"a b"`,
 *   which is how a custom string claim (`custom:teams`, V1 pre-token triggers) lists
 *   several;
 * - a real array, should the event come from anything that keeps JSON types (a
 *   direct invoke, a test double).
 *
 * Numbers and booleans inside a list count as names in their string form, which is
 * what the Go rendering gives them anyway (`[1]` is one team named `1`).
 *
 * Since commas, whitespace and brackets separate names, a team name cannot contain
 * them; API Gateway's own rendering could not tell `"[a b]"` from one team `a b`.
 *
 * @returns the distinct team names in order, or `undefined` when the value is not a
 *   list of teams at all (a number, a boolean, an object or its JSON text, a list
 *   holding objects).
 */
export function parseTeamsClaim(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return scalarNames(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  // An object claim arrives as JSON (or Go's `map[...]`); neither lists teams.
  if (text.startsWith('{') || text.startsWith('map[')) return undefined;
  if (!(text.startsWith('[') && text.endsWith(']'))) return splitNames(text);
  const json = parseJson(text);
  if (json === NOT_JSON) return splitNames(text.slice(1, -1));
  return Array.isArray(json) ? scalarNames(json) : undefined;
}

const NOT_JSON = Symbol('not JSON');

// What follows the `[` of a JSON array: `]` or the start of a value. The Go-slice rendering
// `[team-a team-b]` fails this test, and is then not handed to JSON.parse only to throw: a
// SyntaxError (with its stack trace) costs more than the rest of authentication.
const JSON_ARRAY_START = /^\[\s*(?:[\]["{[\d-]|(?:true|false|null)\b)/;

function parseJson(text: string): unknown {
  if (!JSON_ARRAY_START.test(text)) return NOT_JSON;
  try {
    return JSON.parse(text);
  } catch {
    // The Go-slice rendering `[a b]` is not JSON; that is the common case.
    return NOT_JSON;
  }
}

function scalarNames(values: unknown[]): string[] | undefined {
  if (!values.every(isScalar)) return undefined;
  return distinct(values.map((v) => String(v).trim()));
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function splitNames(text: string): string[] {
  return distinct(text.split(/[\s,]+/));
}

function distinct(names: string[]): string[] {
  return [...new Set(names.filter((name) => name.length > 0))];
}
