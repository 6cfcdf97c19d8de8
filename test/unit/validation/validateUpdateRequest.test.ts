import { describe, expect, it } from 'vitest';
import { refuses } from '../../../src/domain/validation/validationRules';
import type { UpdateSecurityProfileRequest } from '../../../src/domain/securityProfile';
import { validateUpdateRequest } from '../../../src/domain/validation';
import { CLI_PAGE_BEHAVIORS, aBehavior, anUpdateRequest } from './fixtures';

const ROLE = 'arn:aws:iam::123456789012:role/team-b-dd-alerts';
const TOPIC = 'arn:aws:sns:us-east-1:123456789012:team-b-alerts';

describe('validateUpdateRequest', () => {
  it('accepts the AWS CLI page example', () => {
    const request = anUpdateRequest({
      securityProfileDescription:
        'Check to see if authorization fails 12 times in 5 minutes or if cellular bandwidth exceeds 128',
      behaviors: CLI_PAGE_BEHAVIORS,
    });

    const issues = validateUpdateRequest(request);

    expect(issues).toEqual([]);
  });

  it('accepts a request that sets every member', () => {
    const request = anUpdateRequest({
      securityProfileDescription: 'All members',
      behaviors: [aBehavior({ exportMetric: true })],
      alertTargets: { SNS: { alertTargetArn: TOPIC, roleArn: ROLE } },
      additionalMetricsToRetainV2: [
        { metric: 'aws:num-messages-sent', metricDimension: { dimensionName: 'Topics' } },
      ],
      metricsExportConfig: { mqttTopic: 'dd/metrics', roleArn: ROLE },
      expectedVersion: 2n ** 63n - 1n,
      deleteBehaviors: false,
    });

    const issues = validateUpdateRequest(request);

    expect(issues).toEqual([]);
  });

  const INVALID: Array<[string, Partial<UpdateSecurityProfileRequest>, string, string]> = [
    [
      'an empty name',
      { securityProfileName: '' },
      'securityProfileName',
      'must be at least 1 characters long (got 0)',
    ],
    [
      'a name with a slash',
      { securityProfileName: 'a/b' },
      'securityProfileName',
      'must match the pattern [a-zA-Z0-9:_-]+',
    ],
    [
      'a description of 1001 characters',
      { securityProfileDescription: 'x'.repeat(1001) },
      'securityProfileDescription',
      'must be at most 1000 characters long (got 1001)',
    ],
    [
      'a description with a tab',
      { securityProfileDescription: 'a\tb' },
      'securityProfileDescription',
      'must match the pattern',
    ],
    [
      'an alert role that is not a role ARN',
      { alertTargets: { SNS: { alertTargetArn: TOPIC, roleArn: 'arn:aws:iam::123456789012:group/x' } } },
      'alertTargets.SNS.roleArn',
      'must be the ARN of an IAM role',
    ],
    [
      'an alert target that is not a topic ARN',
      { alertTargets: { SNS: { alertTargetArn: 'topic', roleArn: ROLE } } },
      'alertTargets.SNS.alertTargetArn',
      'must be the ARN of an SNS topic',
    ],
    [
      'an mqttTopic with +',
      { metricsExportConfig: { mqttTopic: 'a/+/b', roleArn: ROLE } },
      'metricsExportConfig.mqttTopic',
      'without the wildcards',
    ],
    [
      'an unknown metric to retain',
      { additionalMetricsToRetainV2: [{ metric: 'aws:x' }, { metric: 'aws:y' }, { metric: 'aws:z' }] },
      'additionalMetricsToRetainV2[2].metric',
      'is not a Device Defender built-in metric',
    ],
    [
      'deleteBehaviors with behaviors',
      { deleteBehaviors: true, behaviors: [aBehavior()] },
      'deleteBehaviors',
      'cannot be true when behaviors is given in the same request',
    ],
    [
      'deleteAdditionalMetricsToRetain with the deprecated list',
      { deleteAdditionalMetricsToRetain: true, additionalMetricsToRetain: ['aws:num-disconnects'] },
      'deleteAdditionalMetricsToRetain',
      'additionalMetricsToRetain',
    ],
    [
      'deleteMetricsExportConfig with metricsExportConfig',
      { deleteMetricsExportConfig: true, metricsExportConfig: { mqttTopic: 't', roleArn: ROLE } },
      'deleteMetricsExportConfig',
      'cannot be true when metricsExportConfig is given',
    ],
    [
      'an expectedVersion beyond 64 bits',
      { expectedVersion: 2n ** 63n },
      'expectedVersion',
      'must be between',
    ],
    [
      'a behavior problem, with its full path',
      { behaviors: [aBehavior(), aBehavior({ name: 'Other' }, { value: { count: -1n } })] },
      'behaviors[1].criteria.value.count',
      'must be between 0 and',
    ],
  ];

  /** Rows whose rule no AWS source confirms: reported as readings, never refused. */
  const READINGS = new Set([
    'an alert role that is not a role ARN',
    'an alert target that is not a topic ARN',
    'an mqttTopic with +',
    'an unknown metric to retain',
    'deleteMetricsExportConfig with metricsExportConfig',
  ]);

  it.each(INVALID)('reports %s, naming the field', (rule, overrides, path, fragment) => {
    const issues = validateUpdateRequest(anUpdateRequest(overrides));

    const issue = issues.find((i) => i.path === path && i.message.includes(fragment));
    expect(issue).toBeDefined();
    expect(refuses(issue?.rule)).toBe(!READINGS.has(rule));
  });

  it.each<[string, Partial<UpdateSecurityProfileRequest>]>([
    ['deleteBehaviors with an empty behaviors list', { deleteBehaviors: true, behaviors: [] }],
    ['deleteAlertTargets with an empty alertTargets map', { deleteAlertTargets: true, alertTargets: {} }],
    [
      'deleteAdditionalMetricsToRetain with an empty additionalMetricsToRetainV2',
      { deleteAdditionalMetricsToRetain: true, additionalMetricsToRetainV2: [] },
    ],
  ])('allows %s (an empty member defines nothing)', (_label, overrides) => {
    const issues = validateUpdateRequest(anUpdateRequest(overrides));

    expect(issues).toEqual([]);
  });

  it('allows a delete flag set to false together with its member', () => {
    const issues = validateUpdateRequest(
      anUpdateRequest({ deleteBehaviors: false, behaviors: [aBehavior()] }),
    );

    expect(issues).toEqual([]);
  });
});
