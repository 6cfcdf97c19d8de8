import { randomBytes } from 'node:crypto';

// Crockford's base32: no I, L, O or U, so ids survive being read aloud or retyped.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const TIME_CHARS = 10;
const RANDOM_CHARS = 16;
const MAX_TIME = 2 ** 48 - 1;
const RANDOM_LIMIT = 1n << 80n;

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
  return encode(BigInt(time), TIME_CHARS) + encode(lastRandom, RANDOM_CHARS);
}

function drawRandom(): bigint {
  return BigInt(`0x${randomBytes(10).toString('hex')}`);
}

function nextRandom(previous: bigint): bigint {
  const next = previous + 1n;
  // Only a draw within a few ids of 2^80 (odds ~2^-70) gets here: redraw rather than fail a request.
  return next < RANDOM_LIMIT ? next : drawRandom();
}

function encode(value: bigint, width: number): string {
  let rest = value;
  let text = '';
  for (let i = 0; i < width; i++) {
    text = ALPHABET.charAt(Number(rest % 32n)) + text;
    rest /= 32n;
  }
  return text;
}
