import { describe, expect, it } from 'vitest';
import { refuses } from '../../../src/domain/validation/validationRules';
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

  it('reports exportMetric without metricsExportConfig as a reading', () => {
    const issues = validateCreateRequest({
      securityProfileName: 'P',
      behaviors: [aBehavior({ exportMetric: true })],
    });

    expect(issues).toEqual([
      {
        path: 'behaviors[0].exportMetric',
        message: 'exportMetric needs the profile to have a metricsExportConfig (MQTT topic and role)',
        rule: 'exportNeedsConfig',
      },
    ]);
  });
});

describe('validateProfile', () => {
  const exported = { additionalMetricsToRetainV2: [{ metric: 'aws:num-disconnects', exportMetric: true }] };

  it('reports an export the request asks for when the profile has no metricsExportConfig', () => {
    const issues = validateProfile(exported, exported);

    expect(issues).toEqual([
      expect.objectContaining({
        path: 'additionalMetricsToRetainV2[0].exportMetric',
        rule: 'exportNeedsConfig',
      }),
    ]);
  });

  it('reports deleting the export at the delete flag while a stored behavior still exports', () => {
    const issues = validateProfile(exported, { deleteMetricsExportConfig: true });

    expect(issues.map((i) => i.path)).toEqual(['deleteMetricsExportConfig']);
  });

  it('says nothing of a stored export the request takes no part in', () => {
    expect(validateProfile(exported, { securityProfileDescription: 'new' })).toEqual([]);
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
  ])('reports %s', (rule, tags, path, fragment) => {
    const issues = validateTags(tags);

    const issue = issues.find((i) => i.path === path && i.message.includes(fragment));
    expect(issue).toBeDefined();
    expect(refuses(issue?.rule)).toBe(rule !== 'the same key twice');
  });

  it('accepts Unicode letters, spaces and the allowed punctuation in keys', () => {
    const issues = validateTags([{ Key: 'Équipe owner_.:/=+-@', Value: '' }]);

    expect(issues).toEqual([]);
  });
});
