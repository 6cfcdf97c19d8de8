import { describe, expect, it } from 'vitest';
import { newEventId } from '../../../src/domain/newEventId';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The milliseconds a ULID's first ten characters encode. */
function timeOf(id: string): number {
  return [...id.slice(0, 10)].reduce((ms, char) => ms * 32 + CROCKFORD.indexOf(char), 0);
}

describe('newEventId', () => {
  it('is 26 characters of Crockford base32', () => {
    const id = newEventId();
    expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
  });

  it('encodes the given time in its first ten characters', () => {
    const time = new Date('2026-03-01T12:34:56.789Z');
    const id = newEventId(time);
    expect(timeOf(id)).toBe(time.getTime());
  });

  it('sorts ids made in one millisecond in the order they were made', () => {
    const time = new Date('2026-03-01T12:00:00.000Z');
    const ids = Array.from({ length: 1000 }, () => newEventId(time));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('sorts ids as strings in the order of their times', () => {
    const times = [0, 1, 31, 32, 1_000, Date.UTC(2026, 0, 1), 2 ** 48 - 1].map((ms) => new Date(ms));
    const ids = [...times].reverse().map((time) => newEventId(time));
    expect([...ids].sort()).toEqual([...ids].reverse());
  });

  it('draws a fresh random part for each new millisecond', () => {
    const first = newEventId(new Date(5_000));
    const second = newEventId(new Date(5_001));
    expect(first.slice(10)).not.toBe(second.slice(10));
  });

  it.each([new Date(Number.NaN), new Date(-1), new Date(2 ** 48)])('refuses %s', (time) => {
    const make = () => newEventId(time);
    expect(make).toThrow(RangeError);
  });
});
