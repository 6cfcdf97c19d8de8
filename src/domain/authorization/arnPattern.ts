/**
 * What a pattern is matched against, which decides what a "segment" is:
 * - `arn`: segments are separated by `:` and `/`, so `*` never crosses either;
 * - `mqttTopic`: segments are separated by `/` (MQTT's topic level separator).
 */
export type PatternKind = 'arn' | 'mqttTopic';

/**
 * A team-policy pattern, compiled once. Matching is a full, case-sensitive match:
 * `*` matches zero or more characters within one segment, `**` zero or more
 * characters of any kind (across segments); every other character is literal.
 */
export interface ArnPattern {
  /** The pattern as written in the policy. */
  readonly source: string;
  readonly kind: PatternKind;
  matches(value: string): boolean;
}

type Token = { type: 'literal'; char: string } | { type: 'star' } | { type: 'globstar' };

const SEPARATORS: Record<PatternKind, ReadonlySet<string>> = {
  arn: new Set([':', '/']),
  mqttTopic: new Set(['/']),
};

// Glob syntax that other matchers give a meaning to; accepting it as a literal would
// let a policy author believe they granted something they did not (or the reverse).
const FOREIGN_SYNTAX: Record<PatternKind, string> = {
  arn: '?[]{}\\',
  mqttTopic: '?[]{}\\+#',
};

/**
 * Why `source` is not a valid pattern of `kind`, or undefined when it is.
 * Rejects: empty patterns, surrounding whitespace, three or more `*` in a row,
 * glob syntax other than `*`/`**` (`?`, `[]`, `{}`, `\`; and MQTT's `+`/`#` in
 * topics, where `**` is the way to say "any levels"), ARN patterns not starting with `arn:`.
 */
export function patternProblem(source: string, kind: PatternKind): string | undefined {
  if (source.length === 0) return 'a pattern must not be empty';
  if (source.trim() !== source) return 'a pattern must not start or end with whitespace';
  if (source.includes('***')) return "a pattern may use '*' or '**', never three or more '*' in a row";
  const foreign = [...source].find((char) => FOREIGN_SYNTAX[kind].includes(char));
  if (foreign !== undefined) {
    const hint = kind === 'mqttTopic' && '+#'.includes(foreign) ? " (write 'team/**' for any levels)" : '';
    return `'${foreign}' is not supported; only '*' (within a segment) and '**' (across segments) are${hint}`;
  }
  if (kind === 'arn' && !source.startsWith('arn:')) return "an ARN pattern must start with 'arn:'";
  return undefined;
}

/** Compiles `source`; throws an Error naming the problem when {@link patternProblem} finds one. */
export function compileArnPattern(source: string, kind: PatternKind): ArnPattern {
  const problem = patternProblem(source, kind);
  if (problem !== undefined) throw new Error(`Invalid ${kind} pattern '${source}': ${problem}`);
  const tokens = tokenize(source);
  const separators = SEPARATORS[kind];
  return { source, kind, matches: (value) => matchTokens(tokens, separators, value) };
}

function tokenize(source: string): Token[] {
  // Code points, as the matcher walks the value, so a character outside the BMP stays one character.
  const chars = [...source];
  const tokens: Token[] = [];
  for (let i = 0; i < chars.length; i += 1) {
    const char = chars[i] ?? '';
    if (char !== '*') {
      tokens.push({ type: 'literal', char });
    } else if (chars[i + 1] === '*') {
      tokens.push({ type: 'globstar' });
      i += 1;
    } else {
      tokens.push({ type: 'star' });
    }
  }
  return tokens;
}

// A set-of-states walk (Thompson NFA) rather than a RegExp: the value comes from the
// caller, and a backtracking regex over several wildcards can take exponential time.
function matchTokens(tokens: Token[], separators: ReadonlySet<string>, value: string): boolean {
  let states = closure(tokens, new Set([0]));
  for (const char of value) {
    const next = new Set<number>();
    for (const state of states) {
      const token = tokens[state];
      if (token === undefined) continue;
      if (token.type === 'globstar' || (token.type === 'star' && !separators.has(char))) next.add(state);
      if (token.type === 'literal' && token.char === char) next.add(state + 1);
    }
    if (next.size === 0) return false;
    states = closure(tokens, next);
  }
  return states.has(tokens.length);
}

/** Adds the states reachable by letting wildcards match nothing. */
function closure(tokens: Token[], states: Set<number>): Set<number> {
  for (const state of states) {
    if (tokens[state] !== undefined && tokens[state].type !== 'literal') states.add(state + 1);
  }
  return states;
}
