import type { ValidationIssue } from '../errors';
import type { UpdateSecurityProfileRequest } from '../securityProfile';
import { checkLong, report, type Issues } from './checks';
import { LONG_SHAPES } from './constraints';
import { validateProfileMembers } from './validateProfileMembers';
import { validateSecurityProfileName } from './validateSecurityProfileName';

type DeleteFlag =
  'deleteBehaviors' | 'deleteAlertTargets' | 'deleteAdditionalMetricsToRetain' | 'deleteMetricsExportConfig';
type Member =
  | 'behaviors'
  | 'alertTargets'
  | 'additionalMetricsToRetain'
  | 'additionalMetricsToRetainV2'
  | 'metricsExportConfig';

/** Each delete flag and the members it clears (one flag clears both spellings of metrics to retain). */
const DELETE_FLAGS: ReadonlyArray<readonly [DeleteFlag, readonly Member[]]> = [
  ['deleteBehaviors', ['behaviors']],
  ['deleteAlertTargets', ['alertTargets']],
  ['deleteAdditionalMetricsToRetain', ['additionalMetricsToRetain', 'additionalMetricsToRetainV2']],
  ['deleteMetricsExportConfig', ['metricsExportConfig']],
];

/**
 * Every rule of IoT's model and of Device Defender that an UpdateSecurityProfile
 * request can break on its own, as issues with AWS member paths
 * (`behaviors[1].criteria.durationSeconds`). Empty means IoT would accept it,
 * apart from rules that need the stored profile (see validateProfile).
 */
export function validateUpdateRequest(request: UpdateSecurityProfileRequest): ValidationIssue[] {
  const issues: Issues = [];
  validateSecurityProfileName(issues, request.securityProfileName);
  issues.push(...validateProfileMembers(request));
  checkDeleteFlags(issues, request);
  if (request.expectedVersion !== undefined) {
    checkLong(issues, 'expectedVersion', request.expectedVersion, LONG_SHAPES.Long);
  }
  return issues;
}

// "If true, delete all behaviors … If any behaviors are defined in the current
// invocation, an exception occurs." An empty list or map defines none (and
// applyUpdate treats it as absent), so only a non-empty member conflicts.
function checkDeleteFlags(issues: Issues, request: UpdateSecurityProfileRequest): void {
  for (const [flag, members] of DELETE_FLAGS) {
    if (request[flag] !== true) continue;
    for (const member of members) {
      if (isDefined(request[member])) {
        report(issues, flag, `cannot be true when ${member} is given in the same request`);
      }
    }
  }
}

function isDefined(value: unknown): boolean {
  if (value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  return typeof value !== 'object' || value === null || Object.keys(value).length > 0;
}
