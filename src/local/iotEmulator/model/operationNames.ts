/** The IoT operations the emulator answers, by their names in the model. */
export const OPERATION_NAMES = [
  'CreateSecurityProfile',
  'UpdateSecurityProfile',
  'DescribeSecurityProfile',
  'DeleteSecurityProfile',
  'ListSecurityProfiles',
  'ListTagsForResource',
  'TagResource',
  'UntagResource',
  'ValidateSecurityProfileBehaviors',
  'AttachSecurityProfile',
  'DetachSecurityProfile',
  'ListTargetsForSecurityProfile',
  'ListSecurityProfilesForTarget',
  'CreateThingGroup',
  'DescribeThingGroup',
] as const;

/** One of the operations the emulator answers. */
export type OperationName = (typeof OPERATION_NAMES)[number];
