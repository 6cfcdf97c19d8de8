import { createHash, randomFillSync } from 'node:crypto';

// Crockford's base32: no I, L, O or U, so ids survive being read aloud or retyped.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const TIME_CHARS = 10;
const RANDOM_CHARS = 16;
const MAX_TIME = 2 ** 48 - 1;
const RANDOM_LIMIT = 1n << 80n;
const RANDOM_BYTES = 10;
const LOW_BITS = 40n;
const LOW_MASK = (1n << LOW_BITS) - 1n;

// Random bytes are drawn for 64 ids at a time, as node:crypto's own randomUUID batches them: one
// call into OpenSSL costs more than the id itself. Every id still gets 80 bits of its own. Filled
// on first use, not at import.
const pool = Buffer.alloc(RANDOM_BYTES * 64);
let poolOffset = pool.length;

let lastTime = -1;
let lastRandom = 0n;

/**
 * A new ULID (26 characters of Crockford base32: 48 bits of milliseconds, 80
 * bits of crypto randomness), so ids sort by time as strings. Within one
 * millisecond of one process the random part is incremented rather than redrawn,
 * so ids made in the same millisecond still sort in the order they were made.
 *
 * @param now - the time to encode; defaults to the current time.
 * @throws RangeError when `now` is invalid or outside the 48-bit range ULIDs can encode.
 */
export function newEventId(now: Date = new Date()): string {
  const time = now.getTime();
  if (!Number.isInteger(time) || time < 0 || time > MAX_TIME) {
    throw new RangeError(`Cannot encode ${String(now)} in an event id.`);
  }
  lastRandom = time === lastTime ? nextRandom(lastRandom) : drawRandom();
  lastTime = time;
  return encodeEventId(time, lastRandom);
}

/**
 * The event id of an observation the audit makes (a change found made outside
 * the gateway, a baseline): the ULID of `at` whose random part is drawn from
 * `key` (its first 80 bits of SHA-256), so every detector of the same
 * observation makes the same id, and the audit log's conditional put keeps
 * only the first of them.
 */
export function observationEventId(at: Date, key: string): string {
  const time = at.getTime();
  if (!Number.isInteger(time) || time < 0 || time > MAX_TIME) {
    throw new RangeError(`Cannot encode ${String(at)} in an event id.`);
  }
  const digest = createHash('sha256')
    .update(key)
    .digest('hex')
    .slice(0, RANDOM_BYTES * 2);
  return encodeEventId(time, BigInt(`0x${digest}`));
}

/**
 * The smallest and the largest event id of `at`'s millisecond: every id made
 * between two times sorts between the first one's floor and the second's ceiling.
 */
export function eventIdBounds(at: Date): { floor: string; ceiling: string } {
  const time = Math.min(Math.max(at.getTime(), 0), MAX_TIME);
  const prefix = encode(time, TIME_CHARS);
  return { floor: prefix + '0'.repeat(RANDOM_CHARS), ceiling: prefix + 'Z'.repeat(RANDOM_CHARS) };
}

function encodeEventId(time: number, random: bigint): string {
  // 80 bits are two halves of 40, each exact in a double: the encoding needs no bigint division.
  const high = Number(random >> LOW_BITS);
  const low = Number(random & LOW_MASK);
  return encode(time, TIME_CHARS) + encode(high, RANDOM_CHARS / 2) + encode(low, RANDOM_CHARS / 2);
}

function drawRandom(): bigint {
  if (poolOffset === pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const hex = pool.toString('hex', poolOffset, poolOffset + RANDOM_BYTES);
  poolOffset += RANDOM_BYTES;
  return BigInt(`0x${hex}`);
}

function nextRandom(previous: bigint): bigint {
  const next = previous + 1n;
  // Only a draw within a few ids of 2^80 (odds ~2^-70) gets here: redraw rather than fail a request.
  return next < RANDOM_LIMIT ? next : drawRandom();
}

// `value` is a non-negative integer below 2^53, so `%` and the division are exact.
function encode(value: number, width: number): string {
  let rest = value;
  let text = '';
  for (let i = 0; i < width; i++) {
    text = ALPHABET.charAt(rest % 32) + text;
    rest = Math.floor(rest / 32);
  }
  return text;
}
