import type { CreateSecurityProfileRequest } from './validation/validateCreateRequest';

/** `createSecurityProfile`: every member of IoT's CreateSecurityProfile, and the team that will own it. */
export interface CreateProfileRequest extends CreateSecurityProfileRequest {
  /** One of the caller's teams (any team, or none, for an admin); see `chooseOwner`. */
  ownerTeam?: string;
}

/** `deleteSecurityProfile`. */
export interface DeleteProfileRequest {
  securityProfileName: string;
  /** Delete only at this version (one attempt); absent, the gateway deletes the version it loads. */
  expectedVersion?: bigint;
}

/** `transferSecurityProfileOwnership`: admins give a profile to another team. */
export interface TransferOwnershipRequest {
  securityProfileName: string;
  toTeam: string;
}
