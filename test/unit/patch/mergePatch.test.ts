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
    const current = aProfile({ behaviors: [aBehavior(), aCidrBehavior()] });
    const changed = aBehavior({ suppressAlerts: true });
    const first = anMlBehavior({ name: 'First' });
    const second = anMlBehavior({ name: 'Second' });

    const { next, request } = mergePatch(current, {
      securityProfileName: name,
      upsertBehaviors: [second, changed, first],
    });

    expect(next.behaviors).toEqual([changed, aCidrBehavior(), second, first]);
    expect(request).toEqual({
      securityProfileName: name,
      behaviors: [changed, aCidrBehavior(), second, first],
    });
  });

  it('sends only the members that change', () => {
    const current = aProfile();

    const { request } = mergePatch(current, {
      securityProfileName: name,
      securityProfileDescription: current.securityProfileDescription!,
      alertTargets: anAlertTargets(),
      removeBehaviors: ['SourceIp'],
    });

    expect(request).toEqual({ securityProfileName: name, behaviors: [aBehavior()] });
  });

  it('clears behaviors with deleteBehaviors when the last one is removed', () => {
    const current = aProfile({ behaviors: [aBehavior()] });

    const { next, request } = mergePatch(current, {
      securityProfileName: name,
      removeBehaviors: ['MessagesSent'],
    });

    expect(request).toEqual({ securityProfileName: name, deleteBehaviors: true });
    expect(next).not.toHaveProperty('behaviors');
  });

  it('makes no request when the removed behavior is absent', () => {
    const current = aProfile();

    const result = mergePatch(current, { securityProfileName: name, removeBehaviors: ['NoSuchBehavior'] });

    expect(result).toEqual({ next: current, request: undefined });
  });

  it('makes no request when a profile without behaviors has one removed', () => {
    const current = anEmptyProfile();

    const { request } = mergePatch(current, { securityProfileName: name, removeBehaviors: ['MessagesSent'] });

    expect(request).toBeUndefined();
  });

  it('makes no request when an upserted behavior equals the stored one, 64-bit counts included', () => {
    const big = aBehavior({
      criteria: { comparisonOperator: 'greater-than', value: { count: 2n ** 63n - 1n } },
    });
    const current = aProfile({ behaviors: [big] });
    const same = aBehavior({
      criteria: { comparisonOperator: 'greater-than', value: { count: 2n ** 63n - 1n } },
    });

    const { request } = mergePatch(current, { securityProfileName: name, upsertBehaviors: [same] });

    expect(request).toBeUndefined();
  });

  it('sees a count that differs only beyond 2^53 as a change', () => {
    const current = aProfile({ behaviors: [aBehavior({ criteria: { value: { count: 2n ** 60n } } })] });
    const changed = aBehavior({ criteria: { value: { count: 2n ** 60n + 1n } } });

    const { request } = mergePatch(current, { securityProfileName: name, upsertBehaviors: [changed] });

    expect(request?.behaviors).toEqual([changed]);
  });

  it('removes a metric to retain whose operator is absent when the removal names IN', () => {
    const kept = aMetricToRetain();
    const dimensioned = aMetricToRetain({
      metric: 'aws:num-messages-sent',
      metricDimension: { dimensionName: 'Topics' },
    });
    const current = aProfile({ additionalMetricsToRetainV2: [kept, dimensioned] });

    const { request } = mergePatch(current, {
      securityProfileName: name,
      removeMetricsToRetain: [
        { metric: 'aws:num-messages-sent', metricDimension: { dimensionName: 'Topics', operator: 'IN' } },
      ],
    });

    expect(request).toEqual({ securityProfileName: name, additionalMetricsToRetainV2: [kept] });
  });

  it('keeps a metric to retain whose dimension operator differs from the removal', () => {
    const notIn = aMetricToRetain({ metricDimension: { dimensionName: 'Topics', operator: 'NOT_IN' } });
    const current = aProfile({ additionalMetricsToRetainV2: [notIn] });

    const { request } = mergePatch(current, {
      securityProfileName: name,
      removeMetricsToRetain: [{ metric: notIn.metric, metricDimension: { dimensionName: 'Topics' } }],
    });

    expect(request).toBeUndefined();
  });

  it('clears both spellings of metrics to retain when the last V2 entry is removed', () => {
    const current = aProfile({
      additionalMetricsToRetain: ['aws:num-messages-received'],
      additionalMetricsToRetainV2: [aMetricToRetain()],
    });

    const { next, request } = mergePatch(current, {
      securityProfileName: name,
      removeMetricsToRetain: [{ metric: 'aws:num-messages-received' }],
    });

    expect(request).toEqual({ securityProfileName: name, deleteAdditionalMetricsToRetain: true });
    expect(next).not.toHaveProperty('additionalMetricsToRetain');
    expect(next).not.toHaveProperty('additionalMetricsToRetainV2');
  });

  it('replaces alert targets that differ', () => {
    const current = aProfile();
    const targets = anAlertTargets({ alertTargetArn: 'arn:aws:sns:eu-west-1:123456789012:other' });

    const { next, request } = mergePatch(current, { securityProfileName: name, alertTargets: targets });

    expect(request).toEqual({ securityProfileName: name, alertTargets: targets });
    expect(next.alertTargets).toEqual(targets);
  });

  it('treats an empty alert-target map as no change, as IoT does', () => {
    const current = aProfile();

    const { request } = mergePatch(current, { securityProfileName: name, alertTargets: {} });

    expect(request).toBeUndefined();
  });

  it('deletes alert targets only when the profile has some', () => {
    const withTargets = aProfile();
    const withoutTargets = anEmptyProfile();
    const patch = { securityProfileName: name, deleteAlertTargets: true };

    const deleted = mergePatch(withTargets, patch);
    const untouched = mergePatch(withoutTargets, patch);

    expect(deleted.request).toEqual({ securityProfileName: name, deleteAlertTargets: true });
    expect(deleted.next).not.toHaveProperty('alertTargets');
    expect(untouched.request).toBeUndefined();
  });

  it('sets, keeps and deletes the metrics export configuration', () => {
    const config = aMetricsExportConfig();
    const without = anEmptyProfile();
    const withConfig = anEmptyProfile({ metricsExportConfig: aMetricsExportConfig() });

    const set = mergePatch(without, { securityProfileName: name, metricsExportConfig: config });
    const same = mergePatch(withConfig, { securityProfileName: name, metricsExportConfig: config });
    const deleted = mergePatch(withConfig, { securityProfileName: name, deleteMetricsExportConfig: true });
    const absent = mergePatch(without, { securityProfileName: name, deleteMetricsExportConfig: true });

    expect(set.request).toEqual({ securityProfileName: name, metricsExportConfig: config });
    expect(same.request).toBeUndefined();
    expect(deleted.request).toEqual({ securityProfileName: name, deleteMetricsExportConfig: true });
    expect(absent.request).toBeUndefined();
  });

  it('changes the description only when it differs', () => {
    const current = aProfile({ securityProfileDescription: 'Old' });

    const changed = mergePatch(current, { securityProfileName: name, securityProfileDescription: 'New' });
    const same = mergePatch(current, { securityProfileName: name, securityProfileDescription: 'Old' });

    expect(changed.request).toEqual({ securityProfileName: name, securityProfileDescription: 'New' });
    expect(changed.next.securityProfileDescription).toBe('New');
    expect(same.request).toBeUndefined();
  });

  it('leaves version, dates and ARN as loaded and sends no expectedVersion', () => {
    const current = aProfile({ version: 9n });

    const { next, request } = mergePatch(current, {
      securityProfileName: name,
      securityProfileDescription: 'New',
      expectedVersion: 9n,
    });

    expect(next.version).toBe(9n);
    expect(next.creationDate).toEqual(current.creationDate);
    expect(next.lastModifiedDate).toEqual(current.lastModifiedDate);
    expect(next.securityProfileArn).toBe(current.securityProfileArn);
    expect(request).not.toHaveProperty('expectedVersion');
  });

  it('does not modify the loaded profile', () => {
    const current = aProfile();
    const snapshot = structuredClone(current);

    mergePatch(current, {
      securityProfileName: name,
      upsertBehaviors: [anMlBehavior()],
      removeBehaviors: ['SourceIp'],
      deleteAlertTargets: true,
      removeMetricsToRetain: [aMetricToRetain()],
    });

    expect(current).toEqual(snapshot);
  });
});
