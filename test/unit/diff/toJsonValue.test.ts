import { describe, expect, it } from 'vitest';
import { toJsonValue } from '../../../src/domain/diff/toJsonValue';

describe('toJsonValue', () => {
  it('renders a safe bigint as a number and a larger one as a decimal string', () => {
    const values = [2n ** 53n - 1n, 2n ** 53n, -(2n ** 53n)].map(toJsonValue);

    expect(values).toEqual([9007199254740991, '9007199254740992', '-9007199254740992']);
  });

  it('renders a date as its ISO-8601 string', () => {
    const value = toJsonValue(new Date(Date.UTC(2026, 0, 5, 9, 30)));

    expect(value).toBe('2026-01-05T09:30:00.000Z');
  });

  it('drops undefined members, nested ones included', () => {
    const value = toJsonValue({ a: undefined, b: { c: undefined, d: 1n } });

    expect(value).toStrictEqual({ b: { d: 1 } });
  });

  it('writes null for undefined array elements and non-finite numbers, as JSON.stringify does', () => {
    const value = toJsonValue([undefined, Number.NaN, Infinity, 1.5]);

    expect(value).toStrictEqual([null, null, null, 1.5]);
  });

  it('leaves strings, booleans and null as they are and returns undefined for undefined', () => {
    const values = ['x', true, null, undefined].map(toJsonValue);

    expect(values).toStrictEqual(['x', true, null, undefined]);
  });
});
