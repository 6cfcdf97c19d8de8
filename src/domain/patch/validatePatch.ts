import type { ValidationIssue } from '../errors';
import { metricToRetainKey } from '../metricToRetainKey';
import type { PatchSecurityProfileRequest } from './patchRequest';

/**
 * The rules a patch must meet on its own, before any profile is read: it may
 * not name one behavior (or metric to retain) twice among its upserts, nor both
 * upsert and remove it, nor give a member together with its delete flag (IoT
 * rejects the latter pair in one call). The field rules of the behaviors
 * themselves are checked elsewhere, as for a full update.
 */
export function validatePatch(patch: PatchSecurityProfileRequest): ValidationIssue[] {
  return [
    ...duplicateIssues(
      'upsertBehaviors',
      (patch.upsertBehaviors ?? []).map((b) => b.name),
      '.name',
    ),
    ...conflictIssues(
      'removeBehaviors',
      patch.removeBehaviors ?? [],
      patch.upsertBehaviors ?? [],
      (b) => b.name,
    ),
    ...duplicateIssues(
      'upsertMetricsToRetain',
      (patch.upsertMetricsToRetain ?? []).map(metricToRetainKey),
      '',
    ),
    ...conflictIssues(
      'removeMetricsToRetain',
      (patch.removeMetricsToRetain ?? []).map(metricToRetainKey),
      patch.upsertMetricsToRetain ?? [],
      metricToRetainKey,
    ),
    ...exclusiveIssues('alertTargets', patch.alertTargets, 'deleteAlertTargets', patch.deleteAlertTargets),
    ...exclusiveIssues(
      'metricsExportConfig',
      patch.metricsExportConfig,
      'deleteMetricsExportConfig',
      patch.deleteMetricsExportConfig,
    ),
  ];
}

function duplicateIssues(member: string, keys: string[], suffix: string): ValidationIssue[] {
  return keys.flatMap((key, index) => {
    const first = keys.indexOf(key);
    if (first === index) return [];
    return [
      { path: `${member}[${index}]${suffix}`, message: `'${key}' is already given at ${member}[${first}].` },
    ];
  });
}

function conflictIssues<T>(
  member: string,
  removed: string[],
  upserted: T[],
  keyOf: (item: T) => string,
): ValidationIssue[] {
  const upsertedKeys = new Set(upserted.map(keyOf));
  return removed.flatMap((key, index) =>
    upsertedKeys.has(key)
      ? [
          {
            path: `${member}[${index}]`,
            message: `'${key}' is also upserted; a patch cannot both upsert and remove it.`,
          },
        ]
      : [],
  );
}

function exclusiveIssues(
  member: string,
  value: unknown,
  flag: string,
  flagValue: boolean | undefined,
): ValidationIssue[] {
  if (value === undefined || value === null || flagValue !== true) return [];
  return [{ path: flag, message: `Cannot be true when ${member} is given.` }];
}
