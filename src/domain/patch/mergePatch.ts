import { CONTENT_MEMBERS, PROFILE_MEMBERS, membersClearedBy } from '../members/profileMembers';
import { UNCHANGED } from '../members/memberRules';
import type {
  ContentMember,
  ProfileContent,
  SecurityProfile,
  UpdateSecurityProfileRequest,
} from '../securityProfile';
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
 * Each member merges as the catalogue says. The request names only members that
 * change. Lists go whole, because IoT replaces a given list; a member that ends
 * up empty is cleared with its delete flag, because IoT reads an empty list as
 * "no change". `expectedVersion` is left to the caller, which sends the loaded
 * version with the write.
 */
export function mergePatch(current: SecurityProfile, patch: PatchSecurityProfileRequest): PatchMerge {
  const next: SecurityProfile = { ...current };
  const request: UpdateSecurityProfileRequest = { securityProfileName: patch.securityProfileName };
  for (const member of CONTENT_MEMBERS) mergeMember(member, current, patch, next, request);
  const changes = Object.keys(request).length > 1;
  return { next: changes ? next : current, request: changes ? request : undefined };
}

function mergeMember<K extends ContentMember>(
  member: K,
  current: ProfileContent,
  patch: PatchSecurityProfileRequest,
  next: ProfileContent,
  request: UpdateSecurityProfileRequest,
): void {
  const rules = PROFILE_MEMBERS[member];
  const merged = rules.patch ? rules.patch.merge(current[member], patch) : UNCHANGED;
  if (merged === UNCHANGED) return;
  if (merged !== undefined) {
    const requested: ProfileContent = request;
    next[member] = merged;
    requested[member] = merged;
    return;
  }
  const flag = rules.deleteFlag;
  if (flag === undefined) throw new Error(`A patch emptied ${member}, which no delete flag clears.`);
  // The flag clears every member it covers: both spellings of metrics to retain go together.
  for (const cleared of membersClearedBy(flag)) delete next[cleared];
  request[flag] = true;
}
