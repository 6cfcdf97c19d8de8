import { describe, expect, it } from 'vitest';
import { diffProfiles } from '../../../src/domain/diff/diffProfiles';
import {
  aBehavior,
  aCidrBehavior,
  aMetricToRetain,
  anAlertTargets,
  anEmptyProfile,
  aProfile,
} from '../../fixtures/profiles';

const authorization = (count: bigint) =>
  aBehavior({
    name: 'Authorization',
    metric: 'aws:num-authorization-failures',
    criteria: { comparisonOperator: 'greater-than', value: { count }, durationSeconds: 300 },
  });

describe('diffProfiles', () => {
  it('reports a changed count at its leaf, keyed by behavior name', () => {
    const before = aProfile({ behaviors: [authorization(5n)] });
    const after = aProfile({ behaviors: [authorization(10n)] });

    const changes = diffProfiles(before, after);

    expect(changes).toEqual([
      { path: 'behaviors[name=Authorization].criteria.value.count', before: 5, after: 10 },
    ]);
  });

  it('reports an added behavior as one change holding the whole behavior', () => {
    const before = aProfile({ behaviors: [aCidrBehavior()] });
    const after = aProfile({ behaviors: [aCidrBehavior(), authorization(5n)] });

    const changes = diffProfiles(before, after);

    expect(changes).toEqual([
      {
        path: 'behaviors[name=Authorization]',
        before: null,
        after: {
          name: 'Authorization',
          metric: 'aws:num-authorization-failures',
          criteria: { comparisonOperator: 'greater-than', value: { count: 5 }, durationSeconds: 300 },
          suppressAlerts: false,
        },
      },
    ]);
  });

  it('reports a removed behavior as one change to null', () => {
    const before = aProfile({ behaviors: [aBehavior(), aCidrBehavior()] });
    const after = aProfile({ behaviors: [aBehavior()] });

    const changes = diffProfiles(before, after);

    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ path: 'behaviors[name=SourceIp]', after: null });
  });

  it('compares a list of CIDRs as one value', () => {
    const before = aProfile({ behaviors: [aCidrBehavior()] });
    const after = aProfile({
      behaviors: [
        aCidrBehavior({
          criteria: { comparisonOperator: 'not-in-cidr-set', value: { cidrs: ['10.0.0.0/8'] } },
        }),
      ],
    });

    const changes = diffProfiles(before, after);

    expect(changes).toEqual([
      {
        path: 'behaviors[name=SourceIp].criteria.value.cidrs',
        before: ['10.0.0.0/8', '192.168.0.0/16'],
        after: ['10.0.0.0/8'],
      },
    ]);
  });

  it('keys metrics to retain by metric and by dimension', () => {
    const plain = aMetricToRetain({ metric: 'aws:num-messages-sent' });
    const dimensioned = aMetricToRetain({
      metric: 'aws:num-messages-sent',
      metricDimension: { dimensionName: 'Topics' },
    });
    const before = aProfile({ additionalMetricsToRetainV2: [plain, dimensioned] });
    const after = aProfile({ additionalMetricsToRetainV2: [{ ...plain, exportMetric: true }] });

    const changes = diffProfiles(before, after);

    expect(changes.map((c) => c.path)).toEqual([
      'additionalMetricsToRetainV2[metric=aws:num-messages-sent].exportMetric',
      'additionalMetricsToRetainV2[metric=aws:num-messages-sent,dimensionName=Topics,operator=IN]',
    ]);
  });

  it('renders a count beyond 2^53 as a decimal string', () => {
    const before = aProfile({ behaviors: [authorization(1n)] });
    const after = aProfile({ behaviors: [authorization(2n ** 63n - 1n)] });

    const [change] = diffProfiles(before, after);

    expect(change).toEqual({
      path: 'behaviors[name=Authorization].criteria.value.count',
      before: 1,
      after: '9223372036854775807',
    });
  });

  it('ignores name, ARN, version and dates', () => {
    const before = aProfile();
    const after = aProfile({
      securityProfileArn: 'arn:aws:iot:us-east-1:111111111111:securityprofile/x',
      version: 99n,
      lastModifiedDate: new Date('2030-01-01T00:00:00Z'),
    });

    const changes = diffProfiles(before, after);

    expect(changes).toEqual([]);
  });

  it('lists every content member of a new profile, in member order', () => {
    const after = aProfile({ behaviors: [aBehavior()], alertTargets: anAlertTargets() });

    const changes = diffProfiles(undefined, after);

    expect(changes.map((c) => c.path)).toEqual([
      'securityProfileDescription',
      'behaviors[name=MessagesSent]',
      'alertTargets',
      'additionalMetricsToRetainV2[metric=aws:num-messages-received]',
    ]);
    expect(changes.every((c) => c.before === null)).toBe(true);
  });

  it('reports a changed alert-target role at its leaf', () => {
    const before = aProfile();
    const after = aProfile({
      alertTargets: anAlertTargets({ roleArn: 'arn:aws:iam::123456789012:role/other' }),
    });

    const changes = diffProfiles(before, after);

    expect(changes).toEqual([
      {
        path: 'alertTargets.SNS.roleArn',
        before: 'arn:aws:iam::123456789012:role/team-a-defender-alerts',
        after: 'arn:aws:iam::123456789012:role/other',
      },
    ]);
  });

  it('reports a reordering of otherwise equal behaviors as one change of the whole list', () => {
    const before = aProfile({ behaviors: [aBehavior(), aCidrBehavior()] });
    const after = aProfile({ behaviors: [aCidrBehavior(), aBehavior()] });

    const changes = diffProfiles(before, after);

    expect(changes.map((c) => c.path)).toEqual(['behaviors']);
  });

  it('lists the changes of one behavior in member-name order whatever the key order', () => {
    const before = anEmptyProfile({ behaviors: [aBehavior()] });
    const after = anEmptyProfile({
      behaviors: [
        {
          suppressAlerts: true,
          exportMetric: true,
          name: 'MessagesSent',
          metric: 'aws:num-messages-received',
        },
      ],
    });

    const changes = diffProfiles(before, after);

    expect(changes.map((c) => c.path)).toEqual([
      'behaviors[name=MessagesSent].criteria',
      'behaviors[name=MessagesSent].exportMetric',
      'behaviors[name=MessagesSent].metric',
      'behaviors[name=MessagesSent].suppressAlerts',
    ]);
  });
});
