import type { CreateProfileRequest, TransferOwnershipRequest } from '../domain/lifecycleRequests';
import { string, struct, withSchema } from '../iotJson/decode';
import { contentMembers, tags } from '../iotJson/decodeShapes';

/** The JSON body of `POST /security-profiles`: IoT's CreateSecurityProfile request, and `ownerTeam`. */
export const decodeCreateBody = withSchema(
  struct<CreateProfileRequest>({ securityProfileName: string, ...contentMembers, tags, ownerTeam: string }, [
    'securityProfileName',
  ]),
  { title: 'CreateSecurityProfileRequest' },
);

/** The JSON body of `POST /security-profiles/{name}/transfer`. */
export const decodeTransferBody = withSchema(
  struct<Omit<TransferOwnershipRequest, 'securityProfileName'>>({ toTeam: string }, ['toTeam']),
  { title: 'TransferOwnershipRequest' },
);
