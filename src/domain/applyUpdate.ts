import { DELETE_FLAGS, PROFILE_MEMBERS, contentOf, membersClearedBy } from './members/profileMembers';
import type { SecurityProfile, UpdateSecurityProfileRequest } from './securityProfile';

/**
 * The profile content that `UpdateSecurityProfile` leaves behind, as IoT applies it:
 * a top-level patch. An omitted member is kept; a given list or map replaces the
 * stored one wholesale (AWS documents "enter all information that you want to
 * keep"); an empty list or map is "no change" (CloudFormation's handler notes
 * that only the delete flags clear a member); each delete flag clears its members.
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
  const given = contentOf((member) => PROFILE_MEMBERS[member].given(request[member]));
  const next: SecurityProfile = { ...profile, ...given };
  for (const flag of DELETE_FLAGS) {
    if (request[flag] === true) for (const member of membersClearedBy(flag)) delete next[member];
  }
  return next;
}
