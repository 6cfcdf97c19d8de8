import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DescribeSecurityProfileResponse } from '@aws-sdk/client-iot';
import { readExactLongs } from '../../../src/adapters/iot/readExactLongs';
import { toDomainProfile } from '../../../src/adapters/iot/toDomainProfile';
import { toSdkUpdateInput } from '../../../src/adapters/iot/toSdkUpdateInput';
import type { Behavior } from '../../../src/domain/securityProfile';
import { aFullProfile, aFullUpdateRequest, HUGE_LONG } from './fixtures/aFullUpdateRequest';
import { sdkOutputFromWire } from './fixtures/sdkOutputFromWire';
import { toWireJson } from './fixtures/toWireJson';

/** IoT's answer to an update: the request's content plus identity, version and dates. */
function iotResponseBody(behaviors?: Behavior[]): string {
  const request = aFullUpdateRequest(behaviors ? { behaviors } : {});
  // What IoT echoes back is the content; the call's controls are not part of a profile.
  const members = toSdkUpdateInput({
    ...request,
    expectedVersion: undefined,
    deleteBehaviors: undefined,
    deleteAlertTargets: undefined,
    deleteAdditionalMetricsToRetain: undefined,
    deleteMetricsExportConfig: undefined,
  });
  const profile = aFullProfile();
  return toWireJson({
    ...members,
    securityProfileArn: profile.securityProfileArn,
    version: profile.version,
    creationDate: profile.creationDate,
    lastModifiedDate: profile.lastModifiedDate,
  });
}

describe('toDomainProfile', () => {
  it('round-trips a profile using every member: domain to SDK input, over the wire, back to domain', () => {
    const body = iotResponseBody();

    const profile = toDomainProfile(sdkOutputFromWire(body), readExactLongs(body));

    expect(profile).toStrictEqual(aFullProfile());
  });

  it('takes version and counts from the exact longs, not from the SDK numbers', () => {
    const body = iotResponseBody();
    const sdkOutput = sdkOutputFromWire(body);

    const profile = toDomainProfile(sdkOutput, readExactLongs(body));

    expect(BigInt(sdkOutput.version ?? 0)).not.toBe(HUGE_LONG + 1n);
    expect(profile.version).toBe(HUGE_LONG + 1n);
    expect(profile.behaviors?.[0]?.criteria?.value?.count).toBe(HUGE_LONG);
  });

  it('falls back to the SDK numbers as bigints when no raw body was seen', () => {
    const output = { securityProfileName: 'p', securityProfileArn: 'arn:p', version: 4, behaviors: [] };

    const profile = toDomainProfile({
      ...output,
      behaviors: [{ name: 'b', criteria: { value: { count: 12 } } }],
    });

    expect(profile).toStrictEqual({
      securityProfileName: 'p',
      securityProfileArn: 'arn:p',
      version: 4n,
      behaviors: [{ name: 'b', criteria: { value: { count: 12n } } }],
    });
  });

  it('keeps timestamps as Dates to the millisecond', () => {
    const body =
      '{"securityProfileName":"p","securityProfileArn":"a","version":1,"creationDate":1600799559.249}';

    const profile = toDomainProfile(sdkOutputFromWire(body), readExactLongs(body));

    expect(profile.creationDate?.toISOString()).toBe('2020-09-22T18:32:39.249Z');
  });

  it('treats null members from IoT as absent', () => {
    const output = {
      securityProfileName: 'p',
      securityProfileArn: 'a',
      version: 1,
      securityProfileDescription: null,
      alertTargets: null,
    } as unknown as DescribeSecurityProfileResponse;

    const profile = toDomainProfile(output);

    expect(profile).toStrictEqual({ securityProfileName: 'p', securityProfileArn: 'a', version: 1n });
  });

  it('refuses a response without a member IoT marks required, naming it', () => {
    const output = {
      securityProfileName: 'p',
      securityProfileArn: 'a',
      version: 1,
      behaviors: [{ name: undefined }],
    };

    const act = () => toDomainProfile(output);

    expect(act).toThrow(/Behavior\.name/);
  });

  it('round-trips any behaviors built from the model (property)', () => {
    fc.assert(
      fc.property(fc.array(aBehavior(), { maxLength: 5 }), (behaviors) => {
        const body = iotResponseBody(behaviors);

        const profile = toDomainProfile(sdkOutputFromWire(body), readExactLongs(body));

        expect(profile.behaviors).toStrictEqual(behaviors);
      }),
    );
  });
});

const aName = fc.stringMatching(/^[a-zA-Z0-9:_-]{1,20}$/);
// -0 is written as 0 by JSON itself; NaN and Infinity have no JSON form.
const aDouble = fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => (Object.is(d, -0) ? 0 : d));

function aBehavior(): fc.Arbitrary<Behavior> {
  const value = fc.record(
    {
      count: fc.bigInt({ min: 0n, max: 2n ** 63n - 1n }),
      cidrs: fc.array(fc.constantFrom('10.0.0.0/8', '::1/128')),
      ports: fc.array(fc.integer({ min: 0, max: 65535 })),
      number: aDouble,
      numbers: fc.array(aDouble),
      strings: fc.array(fc.string()),
    },
    { requiredKeys: [], noNullPrototype: true },
  );
  const criteria = fc.record(
    {
      comparisonOperator: fc.constantFrom('less-than', 'in-cidr-set', 'not-in-set' as const),
      value,
      durationSeconds: fc.integer({ min: 0, max: 3600 }),
      consecutiveDatapointsToAlarm: fc.integer({ min: 1, max: 10 }),
      consecutiveDatapointsToClear: fc.integer({ min: 1, max: 10 }),
      statisticalThreshold: fc.record(
        { statistic: fc.constantFrom('p0', 'p99.99') },
        { requiredKeys: [], noNullPrototype: true },
      ),
      mlDetectionConfig: fc.record(
        { confidenceLevel: fc.constantFrom('LOW', 'MEDIUM', 'HIGH' as const) },
        { noNullPrototype: true },
      ),
    },
    { requiredKeys: [], noNullPrototype: true },
  );
  return fc.record(
    {
      name: aName,
      metric: aName,
      metricDimension: fc.record(
        { dimensionName: aName, operator: fc.constantFrom('IN', 'NOT_IN' as const) },
        { requiredKeys: ['dimensionName'], noNullPrototype: true },
      ),
      criteria,
      suppressAlerts: fc.boolean(),
      exportMetric: fc.boolean(),
    },
    { requiredKeys: ['name'], noNullPrototype: true },
  );
}
