import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJson } from '../../../src/iotJson/parseJson';

/** What parseJson promises, written the long way: every integer literal beyond 2^53 read by the reviver. */
function parseWithReviver(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown, context?: { source?: string }) => {
    const source = context?.source ?? '';
    const long = typeof value === 'number' && !Number.isSafeInteger(value) && /^-?\d+$/.test(source);
    return long ? BigInt(source) : value;
  });
}

describe('parseJson', () => {
  it('reads integers beyond 2^53 as exact bigints, and everything else as JSON.parse does', () => {
    // Integers of every size, in members, arrays and strings, among other JSON values
    const integer = fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n });
    const double = fc.double({ noNaN: true, noDefaultInfinity: true });
    const text = fc
      .tuple(integer, integer, fc.jsonValue(), double)
      .map(
        ([a, b, other, d]) =>
          `{"a":${a},"list":[${b},"${a}"],"other":${JSON.stringify(other)},"d":${JSON.stringify(d)}}`,
      );
    fc.assert(
      fc.property(text, (json) => {
        const parsed = parseJson(json);

        expect(parsed).toEqual(parseWithReviver(json));
      }),
    );
  });

  it('reads a 16-digit integer that a double holds exactly as a number', () => {
    const parsed = parseJson('{"v":1234567890123456,"w":9007199254740993}');

    expect(parsed).toEqual({ v: 1234567890123456, w: 9007199254740993n });
  });
});
