import type { ValidationIssue } from '../errors';
import { metricToRetainKey } from '../metricToRetainKey';
import type { SecurityProfile } from '../securityProfile';
import type { PatchSecurityProfileRequest } from './patchRequest';

const LISTED = /^(behaviors|additionalMetricsToRetainV2)\[(\d+)\](.*)$/;

/**
 * Issues found in a merged profile, re-addressed to what the client sent: an
 * entry of the merged `behaviors` that came from `upsertBehaviors[j]` is named
 * `upsertBehaviors[j]…`; one the patch did not touch is named by its key
 * (`behaviors[name=Authorization]…`), since its index means nothing to the client.
 */
export function toPatchPaths(
  issues: ValidationIssue[],
  merged: SecurityProfile,
  patch: PatchSecurityProfileRequest,
): ValidationIssue[] {
  return issues.map((issue) => ({ ...issue, path: toPatchPath(issue.path, merged, patch) }));
}

function toPatchPath(path: string, merged: SecurityProfile, patch: PatchSecurityProfileRequest): string {
  const match = LISTED.exec(path);
  if (!match) return path;
  const [, list, index, rest] = match as unknown as [string, string, string, string];
  if (list === 'behaviors') {
    const name = merged.behaviors?.[Number(index)]?.name;
    if (name === undefined) return path;
    const upserted = patch.upsertBehaviors?.findIndex((behavior) => behavior.name === name) ?? -1;
    return upserted >= 0 ? `upsertBehaviors[${upserted}]${rest}` : `behaviors[name=${name}]${rest}`;
  }
  const entry = merged.additionalMetricsToRetainV2?.[Number(index)];
  if (!entry) return path;
  const key = metricToRetainKey(entry);
  const upserted =
    patch.upsertMetricsToRetain?.findIndex((metric) => metricToRetainKey(metric) === key) ?? -1;
  return upserted >= 0
    ? `upsertMetricsToRetain[${upserted}]${rest}`
    : `additionalMetricsToRetainV2[${key}]${rest}`;
}
