import type { SecurityProfile, UpdateSecurityProfileRequest } from './securityProfile';

/**
 * The profile content that `UpdateSecurityProfile` leaves behind, as IoT applies it:
 * a top-level patch. An omitted member is kept; a given list or map replaces the
 * stored one wholesale (AWS documents "enter all information that you want to
 * keep"); an empty list or map is "no change" (CloudFormation's handler notes
 * that only the delete flags clear a member); each delete flag clears its member.
 *
 * Version and dates are left as they were: the caller (IoT, the emulator, a dry
 * run) decides what a write does to them. The request must already be valid
 * (a delete flag together with a non-empty member is rejected before this
 * point; with an empty one the flag wins and the member is cleared).
 */
export function applyUpdate(
  profile: SecurityProfile,
  request: UpdateSecurityProfileRequest,
): SecurityProfile {
  const next: SecurityProfile = { ...profile };
  if (request.securityProfileDescription !== undefined) {
    next.securityProfileDescription = request.securityProfileDescription;
  }
  replaceUnlessEmpty(next, 'behaviors', request.behaviors);
  replaceUnlessEmpty(next, 'additionalMetricsToRetain', request.additionalMetricsToRetain);
  replaceUnlessEmpty(next, 'additionalMetricsToRetainV2', request.additionalMetricsToRetainV2);
  if (request.alertTargets && Object.keys(request.alertTargets).length > 0) {
    next.alertTargets = request.alertTargets;
  }
  if (request.metricsExportConfig) next.metricsExportConfig = request.metricsExportConfig;

  if (request.deleteBehaviors) delete next.behaviors;
  if (request.deleteAlertTargets) delete next.alertTargets;
  // One flag clears both spellings of "metrics to retain": they are two views of one setting.
  if (request.deleteAdditionalMetricsToRetain) {
    delete next.additionalMetricsToRetain;
    delete next.additionalMetricsToRetainV2;
  }
  if (request.deleteMetricsExportConfig) delete next.metricsExportConfig;
  return next;
}

type ListMember = 'behaviors' | 'additionalMetricsToRetain' | 'additionalMetricsToRetainV2';

function replaceUnlessEmpty<K extends ListMember>(
  profile: SecurityProfile,
  member: K,
  value: SecurityProfile[K] | undefined,
): void {
  if (value && value.length > 0) profile[member] = value;
}
