import type { ValidationIssue } from '../errors';
import { CONTENT_MEMBERS, PROFILE_MEMBERS } from '../members/profileMembers';
import type { ContentMember, UpdateSecurityProfileRequest } from '../securityProfile';
import { checkLong, report, type Issues } from './checks';
import { LONG_SHAPES } from './constraints';
import { validateProfileMembers } from './validateProfileMembers';
import { validateSecurityProfileName } from './validateSecurityProfileName';

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

/**
 * The members whose documentation says "If any … are defined in the current
 * invocation, an exception occurs"; for the others (the V2 list under the same
 * flag, the export config) refusing the pair is a reading.
 */
const EXCEPTION_STATED: Readonly<Record<ContentMember, boolean>> = {
  securityProfileDescription: false,
  behaviors: true,
  alertTargets: true,
  additionalMetricsToRetain: true,
  additionalMetricsToRetainV2: false,
  metricsExportConfig: false,
};

// "If true, delete all behaviors … If any behaviors are defined in the current
// invocation, an exception occurs." An empty list or map defines none (and
// applyUpdate treats it as absent), so only a given member conflicts with its flag
// (one flag clears both spellings of metrics to retain).
function checkDeleteFlags(issues: Issues, request: UpdateSecurityProfileRequest): void {
  for (const member of CONTENT_MEMBERS) checkDeleteFlag(issues, request, member);
}

function checkDeleteFlag<K extends ContentMember>(
  issues: Issues,
  request: UpdateSecurityProfileRequest,
  member: K,
): void {
  const rules = PROFILE_MEMBERS[member];
  const deleteFlag = rules.deleteFlag;
  if (deleteFlag === undefined || request[deleteFlag] !== true) return;
  if (rules.given(request[member]) !== undefined) {
    report(
      issues,
      deleteFlag,
      `cannot be true when ${member} is given in the same request`,
      EXCEPTION_STATED[member] ? 'deleteFlagWithMember' : 'deleteFlagWithOtherMember',
    );
  }
}
