import { describe, expect, it } from 'vitest';
import { toSdkUpdateInput } from '../../../src/adapters/iot/toSdkUpdateInput';
import { aFullUpdateRequest, HUGE_LONG } from './fixtures/aFullUpdateRequest';

describe('toSdkUpdateInput', () => {
  it('maps every member of a full request to the SDK member of the same name and value', () => {
    const request = aFullUpdateRequest();

    const input = toSdkUpdateInput(request);

    expect(input).toStrictEqual({ ...request });
  });

  it('passes expectedVersion and counts through as exact bigints', () => {
    const request = aFullUpdateRequest({ expectedVersion: HUGE_LONG });

    const input = toSdkUpdateInput(request);

    expect(input.expectedVersion).toBe(HUGE_LONG);
    expect(input.behaviors?.[0]?.criteria?.value?.count).toBe(HUGE_LONG);
  });

  it('keeps the alert target map keyed by target type', () => {
    const sns = {
      alertTargetArn: 'arn:aws:sns:eu-west-1:111122223333:alerts',
      roleArn: 'arn:aws:iam::111122223333:role/a',
    };

    const input = toSdkUpdateInput({ securityProfileName: 'p', alertTargets: { SNS: sns } });

    expect(input.alertTargets).toStrictEqual({ SNS: sns });
  });

  it('omits members that are undefined at every level, so IoT keeps what is stored', () => {
    const request = {
      securityProfileName: 'p',
      securityProfileDescription: undefined,
      behaviors: [
        {
          name: 'b',
          metric: undefined,
          criteria: { comparisonOperator: 'greater-than' as const, value: { count: 1n, number: undefined } },
        },
      ],
      expectedVersion: undefined,
      metricsExportConfig: undefined,
    };

    const input = toSdkUpdateInput(request);

    expect(input).toStrictEqual({
      securityProfileName: 'p',
      behaviors: [{ name: 'b', criteria: { comparisonOperator: 'greater-than', value: { count: 1n } } }],
    });
  });

  it('sends the delete flags when they are false as well as when true', () => {
    const request = { securityProfileName: 'p', deleteBehaviors: true, deleteMetricsExportConfig: false };

    const input = toSdkUpdateInput(request);

    expect(input).toStrictEqual({
      securityProfileName: 'p',
      deleteBehaviors: true,
      deleteMetricsExportConfig: false,
    });
  });

  it('copies lists instead of sharing them with the request', () => {
    const request = aFullUpdateRequest();

    const input = toSdkUpdateInput(request);

    expect(input.behaviors).not.toBe(request.behaviors);
    expect(input.behaviors?.[3]?.criteria?.value?.cidrs).not.toBe(
      request.behaviors?.[3]?.criteria?.value?.cidrs,
    );
    expect(input.additionalMetricsToRetain).not.toBe(request.additionalMetricsToRetain);
  });
});
