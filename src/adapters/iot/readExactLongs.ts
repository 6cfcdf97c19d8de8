import { parseJson } from '../../iotJson/parseJson';

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

/**
 * Reads `version` and every behavior's `count` from a response body without
 * passing through a double. The SDK parses these `long` members into JS numbers,
 * which round above 2^53; the body text still has every digit.
 */
export function readExactLongs(body: string | undefined): ExactLongs {
  if (!body) return NO_EXACT_LONGS;
  const parsed = parseJson(body);
  if (!isRecord(parsed)) return NO_EXACT_LONGS;
  const behaviors = Array.isArray(parsed.behaviors) ? (parsed.behaviors as unknown[]) : [];
  return {
    version: asBigInt(parsed.version),
    counts: behaviors.map((behavior) =>
      asBigInt(member(member(member(behavior, 'criteria'), 'value'), 'count')),
    ),
  };
}

function member(value: unknown, key: string): unknown {
  return isRecord(value) ? value[key] : undefined;
}

// parseJson leaves integers a double holds exactly as numbers, and makes the rest bigints.
function asBigInt(value: unknown): bigint | undefined {
  if (typeof value === 'bigint') return value;
  return typeof value === 'number' && Number.isInteger(value) ? BigInt(value) : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
