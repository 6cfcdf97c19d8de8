import { describe, expect, it } from 'vitest';
import { readExactLongs } from '../../../src/adapters/iot/readExactLongs';

describe('readExactLongs', () => {
  it('reads a version and a count above 2^53 digit for digit', () => {
    const body =
      '{"version":1152921504606846977,"behaviors":[{"name":"b","criteria":{"value":{"count":9223372036854775807}}}]}';

    const longs = readExactLongs(body);

    expect(longs.version).toBe(2n ** 60n + 1n);
    expect(longs.counts).toStrictEqual([2n ** 63n - 1n]);
  });

  it('keeps counts aligned with their behaviors when some behaviors have none', () => {
    const body = JSON.stringify({
      version: 3,
      behaviors: [
        { name: 'ml', criteria: { mlDetectionConfig: { confidenceLevel: 'LOW' } } },
        { name: 'ports', criteria: { value: { ports: [22] } } },
        { name: 'count', criteria: { value: { count: 7 } } },
        { name: 'bare' },
      ],
    });

    const longs = readExactLongs(body);

    expect(longs.counts).toStrictEqual([undefined, undefined, 7n, undefined]);
  });

  it('leaves doubles alone, including a number member that looks like an integer', () => {
    const body =
      '{"version":1,"behaviors":[{"name":"b","criteria":{"value":{"number":9007199254740993,"numbers":[1,2]}}}]}';

    const longs = readExactLongs(body);

    expect(longs).toStrictEqual({ version: 1n, counts: [undefined] });
  });

  it('reads a long written in exponent or decimal form as the whole number it denotes', () => {
    const body = '{"version":1e3,"behaviors":[{"name":"b","criteria":{"value":{"count":5.0}}}]}';

    const longs = readExactLongs(body);

    expect(longs).toStrictEqual({ version: 1000n, counts: [5n] });
  });

  it('reports nothing exact when there is no body', () => {
    const longs = readExactLongs(undefined);

    expect(longs).toStrictEqual({ counts: [] });
  });
});
