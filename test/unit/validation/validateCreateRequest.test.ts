import { describe, expect, it } from 'vitest';
import { validateCreateRequest, validateProfile, validateTags } from '../../../src/domain/validation';
import { aBehavior } from './fixtures';

describe('validateCreateRequest', () => {
  it('accepts a profile with tags and an exported metric backed by metricsExportConfig', () => {
    const issues = validateCreateRequest({
      securityProfileName: 'TeamBBaseline',
      behaviors: [aBehavior({ exportMetric: true })],
      metricsExportConfig: { mqttTopic: 'dd/metrics', roleArn: 'arn:aws:iam::123456789012:role/export' },
      tags: [{ Key: 'team', Value: 'team-b' }, { Key: 'no-value' }],
    });

    expect(issues).toEqual([]);
  });

  it('refuses exportMetric without metricsExportConfig', () => {
    const issues = validateCreateRequest({
      securityProfileName: 'P',
      behaviors: [aBehavior({ exportMetric: true })],
    });

    expect(issues).toEqual([
      {
        path: 'behaviors[0].exportMetric',
        message: 'exportMetric needs the profile to have a metricsExportConfig (MQTT topic and role)',
      },
    ]);
  });
});

describe('validateProfile', () => {
  it('refuses a merged profile whose exported metric to retain lost its metricsExportConfig', () => {
    const issues = validateProfile({
      additionalMetricsToRetainV2: [{ metric: 'aws:num-disconnects', exportMetric: true }],
    });

    expect(issues.map((i) => i.path)).toEqual(['additionalMetricsToRetainV2[0].exportMetric']);
  });
});

describe('validateTags', () => {
  it.each([
    [
      'a reserved aws: prefix in any case',
      [{ Key: 'AWS:cost', Value: 'x' }],
      'tags[0].Key',
      'the aws: prefix is reserved',
    ],
    [
      'a key with characters outside the pattern',
      [{ Key: 'a;b', Value: 'x' }],
      'tags[0].Key',
      'must match the pattern',
    ],
    ['an empty key', [{ Key: '' }], 'tags[0].Key', 'must be at least 1 characters long'],
    [
      'a value of 257 characters',
      [{ Key: 'k', Value: 'v'.repeat(257) }],
      'tags[0].Value',
      'must be at most 256',
    ],
    ['the same key twice', [{ Key: 'k' }, { Key: 'k' }], 'tags[1].Key', 'duplicates an earlier tag key "k"'],
    [
      '51 tags',
      Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}` })),
      'tags',
      'holds 51 tags; a resource allows at most 50',
    ],
  ])('refuses %s', (_rule, tags, path, fragment) => {
    const issues = validateTags(tags);

    expect(issues).toContainEqual({ path, message: expect.stringContaining(fragment) as string });
  });

  it('accepts Unicode letters, spaces and the allowed punctuation in keys', () => {
    const issues = validateTags([{ Key: 'Équipe owner_.:/=+-@', Value: '' }]);

    expect(issues).toEqual([]);
  });
});
