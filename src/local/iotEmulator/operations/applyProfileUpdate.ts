import type {
  SecurityProfile,
  UpdateSecurityProfileRequest as UpdateInput,
} from '../../../domain/securityProfile';

/** The content members an update can set or clear. */
type Content = Exclude<keyof SecurityProfile & keyof UpdateInput, 'securityProfileName'>;

/** Each delete flag and the stored members it clears. */
const CLEARED_BY: ReadonlyArray<readonly [keyof UpdateInput, readonly Content[]]> = [
  ['deleteBehaviors', ['behaviors']],
  ['deleteAlertTargets', ['alertTargets']],
  // CloudFormation's handler sends this flag to clear additionalMetricsToRetainV2 as well.
  ['deleteAdditionalMetricsToRetain', ['additionalMetricsToRetain', 'additionalMetricsToRetainV2']],
  ['deleteMetricsExportConfig', ['metricsExportConfig']],
];

const REPLACEABLE: readonly Content[] = [
  'securityProfileDescription',
  'behaviors',
  'alertTargets',
  'additionalMetricsToRetain',
  'additionalMetricsToRetainV2',
  'metricsExportConfig',
];

/**
 * What UpdateSecurityProfile leaves stored: each member given replaces the
 * stored one ("enter all information that you want to keep"), except an empty
 * list or map, which changes nothing (CloudFormation's handler: only the delete
 * flags clear a member); then each delete flag set clears its members.
 */
export function applyProfileUpdate(stored: SecurityProfile, update: UpdateInput): SecurityProfile {
  const next: Record<string, unknown> = { ...stored };
  for (const member of REPLACEABLE) {
    const value: unknown = update[member];
    if (value !== undefined && !isEmptyCollection(value)) next[member] = value;
  }
  for (const [flag, members] of CLEARED_BY) {
    if (update[flag] === true) for (const member of members) delete next[member];
  }
  return next as unknown as SecurityProfile;
}

function isEmptyCollection(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && value !== null && Object.keys(value).length === 0;
}
