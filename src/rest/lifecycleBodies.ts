import type { CreateProfileRequest, TransferOwnershipRequest } from '../domain/lifecycleRequests';
import { string, struct } from '../iotJson/decode';
import { contentMembers, tags } from '../iotJson/decodeShapes';

/** The JSON body of `POST /security-profiles`: IoT's CreateSecurityProfile request, and `ownerTeam`. */
export const decodeCreateBody = struct<CreateProfileRequest>(
  { securityProfileName: string, ...contentMembers, tags, ownerTeam: string },
  ['securityProfileName'],
);

/** The JSON body of `POST /security-profiles/{name}/transfer`. */
export const decodeTransferBody = struct<Omit<TransferOwnershipRequest, 'securityProfileName'>>(
  { toTeam: string },
  ['toTeam'],
);
