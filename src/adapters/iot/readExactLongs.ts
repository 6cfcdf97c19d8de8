/**
 * The `long` members of a Describe/UpdateSecurityProfile response, read exactly
 * from its raw JSON text. `counts[i]` is `behaviors[i].criteria.value.count`.
 */
export interface ExactLongs {
  version?: bigint;
  counts: readonly (bigint | undefined)[];
}

/** What to use when the raw text is not available (e.g. a mocked client): nothing exact. */
export const NO_EXACT_LONGS: ExactLongs = { counts: [] };

const LONG_MEMBERS = new Set(['version', 'count']);
const JSON_INTEGER = /^-?\d+$/;

/**
 * Reads `version` and every behavior's `count` from a response body without
 * passing through a double. The SDK parses these `long` members into JS numbers,
 * which round above 2^53; the body text still has every digit.
 */
export function readExactLongs(body: string | undefined): ExactLongs {
  if (!body) return NO_EXACT_LONGS;
  const parsed: unknown = JSON.parse(body, keepLongsExact);
  if (!isRecord(parsed)) return NO_EXACT_LONGS;
  const behaviors = Array.isArray(parsed.behaviors) ? (parsed.behaviors as unknown[]) : [];
  return {
    version: asBigInt(parsed.version),
    counts: behaviors.map((behavior) =>
      asBigInt(member(member(member(behavior, 'criteria'), 'value'), 'count')),
    ),
  };
}

// V8 (Node >= 21) passes a reviver the source text of each primitive; that is the
// one way to read a JSON integer above 2^53 without writing a parser. The key
// check keeps doubles such as `number` and `numbers` as numbers.
function keepLongsExact(key: string, value: unknown, context?: { source?: string }): unknown {
  const source = context?.source;
  if (
    typeof value === 'number' &&
    LONG_MEMBERS.has(key) &&
    source !== undefined &&
    JSON_INTEGER.test(source)
  ) {
    return BigInt(source);
  }
  return value;
}

function member(value: unknown, key: string): unknown {
  return isRecord(value) ? value[key] : undefined;
}

function asBigInt(value: unknown): bigint | undefined {
  return typeof value === 'bigint' ? value : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
