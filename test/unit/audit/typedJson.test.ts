import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTyped, stringifyTyped } from '../../../src/adapters/audit/typedJson';
import { alertTargetsArb, behaviorsArb, metricsToRetainArb } from '../../fixtures/profileArbitraries';
import { aProfile } from '../../fixtures/profiles';

// Plain data as the audit trail holds it; '$' keys are the codec's tags and never occur in it.
const { value: plainData } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.string(),
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
    fc.bigInt(),
    fc.date({ noInvalidDate: true }),
    fc.array(tie('value')),
    fc.dictionary(
      fc.string().filter((key) => !key.startsWith('$') && key !== '__proto__'),
      tie('value'),
    ),
  ),
}));

// fast-check builds null-prototype objects, so these compare with toEqual; it still tells 1n from 1
// and a Date from its ISO string.
describe('typed JSON', () => {
  it('reads back any plain data with bigints and dates exactly', () => {
    fc.assert(
      fc.property(plainData, (value) => {
        expect(parseTyped(stringifyTyped(value))).toEqual(value);
      }),
    );
  });

  it('reads back any profile exactly', () => {
    fc.assert(
      fc.property(
        behaviorsArb,
        alertTargetsArb,
        metricsToRetainArb,
        fc.bigInt({ min: 1n, max: 2n ** 63n - 1n }),
        (behaviors, alertTargets, metrics, version) => {
          const profile = aProfile({
            behaviors,
            alertTargets,
            additionalMetricsToRetainV2: metrics,
            version,
          });
          const read = parseTyped(stringifyTyped(profile));
          expect(read).toEqual(profile);
        },
      ),
    );
  });

  it('writes a bigint beyond 2^53 and a date as tagged strings', () => {
    const text = stringifyTyped({ count: 2n ** 63n - 1n, at: new Date('2026-03-01T12:00:00.000Z') });
    expect(text).toBe(
      '{"count":{"$bigint":"9223372036854775807"},"at":{"$date":"2026-03-01T12:00:00.000Z"}}',
    );
  });
});
