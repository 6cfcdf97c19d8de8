import { describe, expect, it } from 'vitest';
import { mergePatch } from '../../../src/domain/patch/mergePatch';
import {
  aBehavior,
  aCidrBehavior,
  aMetricsExportConfig,
  aMetricToRetain,
  anAlertTargets,
  anEmptyProfile,
  anMlBehavior,
  aProfile,
} from '../../fixtures/profiles';

const name = 'team-a-sensors';

describe('mergePatch', () => {
  it('replaces an upserted behavior in place and appends new ones in patch order', () => {
    // Prepare
    const current = aProfile({ behaviors: [aBehavior(), aCidrBehavior()] });
    const changed = aBehavior({ suppressAlerts: true });
    const first = anMlBehavior({ name: 'First' });
    const second = anMlBehavior({ name: 'Second' });

    // Act
    const { next, request } = mergePatch(current, {
      securityProfileName: name,
      upsertBehaviors: [second, changed, first],
    });

    // Assess
    expect(next.behaviors).toEqual([changed, aCidrBehavior(), second, first]);
    expect(request).toEqual({
      securityProfileName: name,
      behaviors: [changed, aCidrBehavior(), second, first],
    });
  });

  it('sends only the members that change', () => {
    // Prepare
    const current = aProfile();

    // Act
    const { request } = mergePatch(current, {
      securityProfileName: name,
      securityProfileDescription: current.securityProfileDescription!,
      alertTargets: anAlertTargets(),
      removeBehaviors: ['SourceIp'],
    });

    // Assess
    expect(request).toEqual({ securityProfileName: name, behaviors: [aBehavior()] });
  });

  it('clears behaviors with deleteBehaviors when the last one is removed', () => {
    // Prepare
    const current = aProfile({ behaviors: [aBehavior()] });

    // Act
    const { next, request } = mergePatch(current, {
      securityProfileName: name,
      removeBehaviors: ['MessagesSent'],
    });

    // Assess
    expect(request).toEqual({ securityProfileName: name, deleteBehaviors: true });
    expect(next).not.toHaveProperty('behaviors');
  });

  it('makes no request when the removed behavior is absent', () => {
    // Prepare
    const current = aProfile();

    // Act
    const result = mergePatch(current, { securityProfileName: name, removeBehaviors: ['NoSuchBehavior'] });

    // Assess
    expect(result).toEqual({ next: current, request: undefined });
  });

  it('makes no request when a profile without behaviors has one removed', () => {
    // Prepare
    const current = anEmptyProfile();

    // Act
    const { request } = mergePatch(current, { securityProfileName: name, removeBehaviors: ['MessagesSent'] });

    // Assess
    expect(request).toBeUndefined();
  });

  it('makes no request when an upserted behavior equals the stored one, 64-bit counts included', () => {
    // Prepare
    const big = aBehavior({
      criteria: { comparisonOperator: 'greater-than', value: { count: 2n ** 63n - 1n } },
    });
    const current = aProfile({ behaviors: [big] });
    const same = aBehavior({
      criteria: { comparisonOperator: 'greater-than', value: { count: 2n ** 63n - 1n } },
    });

    // Act
    const { request } = mergePatch(current, { securityProfileName: name, upsertBehaviors: [same] });

    // Assess
    expect(request).toBeUndefined();
  });

  it('sees a count that differs only beyond 2^53 as a change', () => {
    // Prepare
    const current = aProfile({ behaviors: [aBehavior({ criteria: { value: { count: 2n ** 60n } } })] });
    const changed = aBehavior({ criteria: { value: { count: 2n ** 60n + 1n } } });

    // Act
    const { request } = mergePatch(current, { securityProfileName: name, upsertBehaviors: [changed] });

    // Assess
    expect(request?.behaviors).toEqual([changed]);
  });

  it('removes a metric to retain whose operator is absent when the removal names IN', () => {
    // Prepare
    const kept = aMetricToRetain();
    const dimensioned = aMetricToRetain({
      metric: 'aws:num-messages-sent',
      metricDimension: { dimensionName: 'Topics' },
    });
    const current = aProfile({ additionalMetricsToRetainV2: [kept, dimensioned] });

    // Act
    const { request } = mergePatch(current, {
      securityProfileName: name,
      removeMetricsToRetain: [
        { metric: 'aws:num-messages-sent', metricDimension: { dimensionName: 'Topics', operator: 'IN' } },
      ],
    });

    // Assess
    expect(request).toEqual({ securityProfileName: name, additionalMetricsToRetainV2: [kept] });
  });

  it('keeps a metric to retain whose dimension operator differs from the removal', () => {
    // Prepare
    const notIn = aMetricToRetain({ metricDimension: { dimensionName: 'Topics', operator: 'NOT_IN' } });
    const current = aProfile({ additionalMetricsToRetainV2: [notIn] });

    // Act
    const { request } = mergePatch(current, {
      securityProfileName: name,
      removeMetricsToRetain: [{ metric: notIn.metric, metricDimension: { dimensionName: 'Topics' } }],
    });

    // Assess
    expect(request).toBeUndefined();
  });

  it('clears both spellings of metrics to retain when the last V2 entry is removed', () => {
    // Prepare
    const current = aProfile({
      additionalMetricsToRetain: ['aws:num-messages-received'],
      additionalMetricsToRetainV2: [aMetricToRetain()],
    });

    // Act
    const { next, request } = mergePatch(current, {
      securityProfileName: name,
      removeMetricsToRetain: [{ metric: 'aws:num-messages-received' }],
    });

    // Assess
    expect(request).toEqual({ securityProfileName: name, deleteAdditionalMetricsToRetain: true });
    expect(next).not.toHaveProperty('additionalMetricsToRetain');
    expect(next).not.toHaveProperty('additionalMetricsToRetainV2');
  });

  it('replaces alert targets that differ', () => {
    // Prepare
    const current = aProfile();
    const targets = anAlertTargets({ alertTargetArn: 'arn:aws:sns:eu-west-1:123456789012:other' });

    // Act
    const { next, request } = mergePatch(current, { securityProfileName: name, alertTargets: targets });

    // Assess
    expect(request).toEqual({ securityProfileName: name, alertTargets: targets });
    expect(next.alertTargets).toEqual(targets);
  });

  it('treats an empty alert-target map as no change, as IoT does', () => {
    // Prepare
    const current = aProfile();

    // Act
    const { request } = mergePatch(current, { securityProfileName: name, alertTargets: {} });

    // Assess
    expect(request).toBeUndefined();
  });

  it('deletes alert targets only when the profile has some', () => {
    // Prepare
    const withTargets = aProfile();
    const withoutTargets = anEmptyProfile();
    const patch = { securityProfileName: name, deleteAlertTargets: true };

    // Act
    const deleted = mergePatch(withTargets, patch);
    const untouched = mergePatch(withoutTargets, patch);

    // Assess
    expect(deleted.request).toEqual({ securityProfileName: name, deleteAlertTargets: true });
    expect(deleted.next).not.toHaveProperty('alertTargets');
    expect(untouched.request).toBeUndefined();
  });

  it('sets, keeps and deletes the metrics export configuration', () => {
    // Prepare
    const config = aMetricsExportConfig();
    const without = anEmptyProfile();
    const withConfig = anEmptyProfile({ metricsExportConfig: aMetricsExportConfig() });

    // Act
    const set = mergePatch(without, { securityProfileName: name, metricsExportConfig: config });
    const same = mergePatch(withConfig, { securityProfileName: name, metricsExportConfig: config });
    const deleted = mergePatch(withConfig, { securityProfileName: name, deleteMetricsExportConfig: true });
    const absent = mergePatch(without, { securityProfileName: name, deleteMetricsExportConfig: true });

    // Assess
    expect(set.request).toEqual({ securityProfileName: name, metricsExportConfig: config });
    expect(same.request).toBeUndefined();
    expect(deleted.request).toEqual({ securityProfileName: name, deleteMetricsExportConfig: true });
    expect(absent.request).toBeUndefined();
  });

  it('changes the description only when it differs', () => {
    // Prepare
    const current = aProfile({ securityProfileDescription: 'Old' });

    // Act
    const changed = mergePatch(current, { securityProfileName: name, securityProfileDescription: 'New' });
    const same = mergePatch(current, { securityProfileName: name, securityProfileDescription: 'Old' });

    // Assess
    expect(changed.request).toEqual({ securityProfileName: name, securityProfileDescription: 'New' });
    expect(changed.next.securityProfileDescription).toBe('New');
    expect(same.request).toBeUndefined();
  });

  it('leaves version, dates and ARN as loaded and sends no expectedVersion', () => {
    // Prepare
    const current = aProfile({ version: 9n });

    // Act
    const { next, request } = mergePatch(current, {
      securityProfileName: name,
      securityProfileDescription: 'New',
      expectedVersion: 9n,
    });

    // Assess
    expect(next.version).toBe(9n);
    expect(next.creationDate).toEqual(current.creationDate);
    expect(next.lastModifiedDate).toEqual(current.lastModifiedDate);
    expect(next.securityProfileArn).toBe(current.securityProfileArn);
    expect(request).not.toHaveProperty('expectedVersion');
  });

  it('does not modify the loaded profile', () => {
    // Prepare
    const current = aProfile();
    const snapshot = structuredClone(current);

    // Act
    mergePatch(current, {
      securityProfileName: name,
      upsertBehaviors: [anMlBehavior()],
      removeBehaviors: ['SourceIp'],
      deleteAlertTargets: true,
      removeMetricsToRetain: [aMetricToRetain()],
    });

    // Assess
    expect(current).toEqual(snapshot);
  });
});
