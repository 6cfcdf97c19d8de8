import { deepEqual } from '../diff/deepEqual';
import { metricToRetainKey } from '../metricToRetainKey';
import type {
  AlertTargets,
  Behavior,
  SecurityProfile,
  UpdateSecurityProfileRequest,
} from '../securityProfile';
import { mergeKeyedList } from './mergeKeyedList';
import type { PatchSecurityProfileRequest } from './patchRequest';

/** What a patch does to one loaded profile. */
export interface PatchMerge {
  /** The profile as it will be after the write (version and dates as loaded). */
  next: SecurityProfile;
  /** The smallest UpdateSecurityProfile that turns the loaded profile into `next`; undefined when nothing changes. */
  request: UpdateSecurityProfileRequest | undefined;
}

/**
 * Applies a patch to the profile as it is now. Called again on every attempt
 * with freshly loaded state, so a concurrent writer's change is kept rather
 * than overwritten. The patch must have passed `validatePatch`.
 *
 * The request names only members that change. Lists go whole, because IoT
 * replaces a given list; a list that ends up empty is cleared with its delete
 * flag, because IoT reads an empty list as "no change". `expectedVersion` is
 * left to the caller, which sends the loaded version with the write.
 */
export function mergePatch(current: SecurityProfile, patch: PatchSecurityProfileRequest): PatchMerge {
  const next: SecurityProfile = { ...current };
  const request: UpdateSecurityProfileRequest = { securityProfileName: patch.securityProfileName };
  mergeDescription(current, patch, next, request);
  mergeBehaviors(current, patch, next, request);
  mergeMetricsToRetain(current, patch, next, request);
  mergeAlertTargets(current, patch, next, request);
  mergeMetricsExportConfig(current, patch, next, request);
  const changes = Object.keys(request).length > 1;
  return { next: changes ? next : current, request: changes ? request : undefined };
}

type Step = (
  current: SecurityProfile,
  patch: PatchSecurityProfileRequest,
  next: SecurityProfile,
  request: UpdateSecurityProfileRequest,
) => void;

const mergeDescription: Step = (current, patch, next, request) => {
  const description = patch.securityProfileDescription;
  if (description === undefined || description === current.securityProfileDescription) return;
  next.securityProfileDescription = description;
  request.securityProfileDescription = description;
};

const mergeBehaviors: Step = (current, patch, next, request) => {
  const before = current.behaviors ?? [];
  const after = mergeKeyedList(
    before,
    patch.upsertBehaviors ?? [],
    patch.removeBehaviors ?? [],
    behaviorName,
  );
  if (deepEqual(before, after)) return;
  if (after.length > 0) {
    next.behaviors = after;
    request.behaviors = after;
    return;
  }
  delete next.behaviors;
  request.deleteBehaviors = true;
};

const mergeMetricsToRetain: Step = (current, patch, next, request) => {
  const before = current.additionalMetricsToRetainV2 ?? [];
  const removals = (patch.removeMetricsToRetain ?? []).map(metricToRetainKey);
  const after = mergeKeyedList(before, patch.upsertMetricsToRetain ?? [], removals, metricToRetainKey);
  if (deepEqual(before, after)) return;
  if (after.length > 0) {
    next.additionalMetricsToRetainV2 = after;
    request.additionalMetricsToRetainV2 = after;
    return;
  }
  // IoT has one flag for both spellings of this setting, so the deprecated list goes too.
  delete next.additionalMetricsToRetainV2;
  delete next.additionalMetricsToRetain;
  request.deleteAdditionalMetricsToRetain = true;
};

const mergeAlertTargets: Step = (current, patch, next, request) => {
  if (patch.deleteAlertTargets) {
    if (!hasTargets(current.alertTargets)) return;
    delete next.alertTargets;
    request.deleteAlertTargets = true;
    return;
  }
  const targets = definedTargets(patch.alertTargets);
  // An empty map is "no change" to IoT, so it is no change here either.
  if (!hasTargets(targets) || deepEqual(targets, current.alertTargets)) return;
  next.alertTargets = targets;
  request.alertTargets = targets;
};

const mergeMetricsExportConfig: Step = (current, patch, next, request) => {
  if (patch.deleteMetricsExportConfig) {
    if (!current.metricsExportConfig) return;
    delete next.metricsExportConfig;
    request.deleteMetricsExportConfig = true;
    return;
  }
  const config = patch.metricsExportConfig;
  if (!config || deepEqual(config, current.metricsExportConfig)) return;
  next.metricsExportConfig = config;
  request.metricsExportConfig = config;
};

function behaviorName(behavior: Behavior): string {
  return behavior.name;
}

function definedTargets(targets: AlertTargets | undefined): AlertTargets {
  return Object.fromEntries(Object.entries(targets ?? {}).filter(([, target]) => target != null));
}

function hasTargets(targets: AlertTargets | undefined): boolean {
  return Object.values(targets ?? {}).some((target) => target != null);
}
