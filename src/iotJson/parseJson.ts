import { assertExactJsonSupport } from './toJson';

// context.source shipped with JSON.rawJSON: without it large integers round silently.
assertExactJsonSupport();

interface ReviverContext {
  source?: string;
}

// The smallest integer beyond 2^53 has 16 digits: text without a run of 16 digits holds none, and
// parses the same without the reviver, several times faster (IoT's answers rarely hold one).
const LONG_DIGIT_RUN = /\d{16}/;

/**
 * Parses JSON keeping 64-bit integers exact: an integer literal beyond 2^53
 * becomes a bigint (the reviver's `context.source`, Node 22+, has its text).
 * Decoders turn numbers and bigints into the model's type (long → bigint).
 */
export function parseJson(text: string): unknown {
  if (!LONG_DIGIT_RUN.test(text)) return JSON.parse(text) as unknown;
  return JSON.parse(text, (_key: string, value: unknown, context?: ReviverContext): unknown => {
    if (typeof value !== 'number' || Number.isSafeInteger(value)) return value;
    const source = context?.source;
    return source !== undefined && /^-?\d+$/.test(source) ? BigInt(source) : value;
  });
}
