import { describe, expect, it } from 'vitest';
import { validatePatch } from '../../../src/domain/patch/validatePatch';
import { aBehavior, aMetricsExportConfig, aMetricToRetain, anAlertTargets } from '../../fixtures/profiles';

const name = 'team-a-sensors';

describe('validatePatch', () => {
  it('accepts a patch that upserts and removes different entries', () => {
    const patch = {
      securityProfileName: name,
      upsertBehaviors: [aBehavior({ name: 'A' }), aBehavior({ name: 'B' })],
      removeBehaviors: ['C', 'C'],
      upsertMetricsToRetain: [aMetricToRetain()],
      removeMetricsToRetain: [{ metric: 'aws:num-messages-sent' }],
      alertTargets: anAlertTargets(),
      deleteMetricsExportConfig: true,
    };

    const issues = validatePatch(patch);

    expect(issues).toEqual([]);
  });

  it('rejects removing a behavior the same patch upserts, naming the removal', () => {
    const issues = validatePatch({
      securityProfileName: name,
      upsertBehaviors: [aBehavior({ name: 'Authorization' })],
      removeBehaviors: ['Other', 'Authorization'],
    });

    expect(issues.map((i) => i.path)).toEqual(['removeBehaviors[1]']);
  });

  it('rejects a behavior name upserted twice, naming the second', () => {
    const issues = validatePatch({
      securityProfileName: name,
      upsertBehaviors: [aBehavior({ name: 'A' }), aBehavior({ name: 'B' }), aBehavior({ name: 'A' })],
    });

    expect(issues).toEqual([
      {
        path: 'upsertBehaviors[2].name',
        message: "'A' is already given at upsertBehaviors[0].",
        rule: 'patchConsistency',
      },
    ]);
  });

  it('rejects a metric to retain upserted twice, with the absent operator read as IN', () => {
    const issues = validatePatch({
      securityProfileName: name,
      upsertMetricsToRetain: [
        aMetricToRetain({ metricDimension: { dimensionName: 'Topics' } }),
        aMetricToRetain({ metricDimension: { dimensionName: 'Topics', operator: 'IN' } }),
      ],
    });

    expect(issues.map((i) => i.path)).toEqual(['upsertMetricsToRetain[1]']);
  });

  it('rejects removing a metric to retain the same patch upserts', () => {
    const issues = validatePatch({
      securityProfileName: name,
      upsertMetricsToRetain: [aMetricToRetain()],
      removeMetricsToRetain: [{ metric: aMetricToRetain().metric }],
    });

    expect(issues.map((i) => i.path)).toEqual(['removeMetricsToRetain[0]']);
  });

  it('rejects alert targets given together with deleteAlertTargets', () => {
    const issues = validatePatch({
      securityProfileName: name,
      alertTargets: anAlertTargets(),
      deleteAlertTargets: true,
    });

    expect(issues.map((i) => i.path)).toEqual(['deleteAlertTargets']);
  });

  it('rejects a metrics export configuration given together with deleteMetricsExportConfig', () => {
    const issues = validatePatch({
      securityProfileName: name,
      metricsExportConfig: aMetricsExportConfig(),
      deleteMetricsExportConfig: true,
    });

    expect(issues.map((i) => i.path)).toEqual(['deleteMetricsExportConfig']);
  });

  it('accepts a member next to a delete flag that is false', () => {
    const issues = validatePatch({
      securityProfileName: name,
      alertTargets: anAlertTargets(),
      deleteAlertTargets: false,
    });

    expect(issues).toEqual([]);
  });
});
