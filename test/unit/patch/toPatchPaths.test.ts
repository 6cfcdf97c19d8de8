import { describe, expect, it } from 'vitest';
import { toPatchPaths } from '../../../src/domain/patch/toPatchPaths';
import { aBehavior, aMetricToRetain, aProfile } from '../../fixtures/profiles';

const merged = aProfile({
  behaviors: [aBehavior({ name: 'Existing' }), aBehavior({ name: 'Added' })],
  additionalMetricsToRetainV2: [aMetricToRetain({ metric: 'aws:num-disconnects' }), aMetricToRetain()],
});
const patch = {
  securityProfileName: merged.securityProfileName,
  upsertBehaviors: [aBehavior({ name: 'Added' })],
  upsertMetricsToRetain: [aMetricToRetain()],
};

describe('naming the issues of a merged profile in the patch’s terms', () => {
  it.each([
    ['behaviors[1].exportMetric', 'upsertBehaviors[0].exportMetric'],
    ['behaviors[0].criteria.durationSeconds', 'behaviors[name=Existing].criteria.durationSeconds'],
    ['additionalMetricsToRetainV2[1].exportMetric', 'upsertMetricsToRetain[0].exportMetric'],
    [
      'additionalMetricsToRetainV2[0].metric',
      'additionalMetricsToRetainV2[metric=aws:num-disconnects].metric',
    ],
    ['behaviors', 'behaviors'],
    ['metricsExportConfig.roleArn', 'metricsExportConfig.roleArn'],
  ])('names %s as %s', (path, expected) => {
    expect(toPatchPaths([{ path, message: 'wrong' }], merged, patch)).toEqual([
      { path: expected, message: 'wrong' },
    ]);
  });
});
