import type { OperationName } from '../model/operationNames';
import { createSecurityProfile } from './createSecurityProfile';
import { deleteSecurityProfile } from './deleteSecurityProfile';
import { describeSecurityProfile } from './describeSecurityProfile';
import { listSecurityProfiles } from './listSecurityProfiles';
import type { Operation } from './operationContext';
import { listTagsForResource, tagResource, untagResource } from './tagOperations';
import {
  attachSecurityProfile,
  detachSecurityProfile,
  listSecurityProfilesForTarget,
  listTargetsForSecurityProfile,
} from './targetOperations';
import { createThingGroup, describeThingGroup } from './thingGroupOperations';
import { updateSecurityProfile } from './updateSecurityProfile';
import { validateSecurityProfileBehaviors } from './validateSecurityProfileBehaviors';

/** The handler of each operation the router knows. */
export const OPERATIONS: Readonly<Record<OperationName, Operation>> = {
  CreateSecurityProfile: createSecurityProfile,
  UpdateSecurityProfile: updateSecurityProfile,
  DescribeSecurityProfile: describeSecurityProfile,
  DeleteSecurityProfile: deleteSecurityProfile,
  ListSecurityProfiles: listSecurityProfiles,
  ListTagsForResource: listTagsForResource,
  TagResource: tagResource,
  UntagResource: untagResource,
  ValidateSecurityProfileBehaviors: validateSecurityProfileBehaviors,
  AttachSecurityProfile: attachSecurityProfile,
  DetachSecurityProfile: detachSecurityProfile,
  ListTargetsForSecurityProfile: listTargetsForSecurityProfile,
  ListSecurityProfilesForTarget: listSecurityProfilesForTarget,
  CreateThingGroup: createThingGroup,
  DescribeThingGroup: describeThingGroup,
};
