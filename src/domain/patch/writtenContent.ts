import { PROFILE_MEMBERS, contentOf } from '../members/profileMembers';
import type { ProfileContent } from '../securityProfile';
import type { PatchSecurityProfileRequest } from './patchRequest';

/**
 * The content a patch brings in before it is merged, member by member: the
 * values it sets and the entries it upserts. Authorization checks the ARNs and
 * topics in it against the owning team, whatever the profile already holds.
 */
export function writtenContent(patch: PatchSecurityProfileRequest): ProfileContent {
  return contentOf((member) => PROFILE_MEMBERS[member].patch?.written(patch));
}
