import type { LoadedProfile, UpdateSecurityProfileRequest } from '../../../domain/securityProfile';
import type { PlannedWrite } from '../changePlanner';

/**
 * UpdateSecurityProfile of `request` against the version `before` was loaded
 * at: IoT refuses it (VersionConflictError) when another writer got there first.
 */
export function writeUpdate(request: UpdateSecurityProfileRequest, before: LoadedProfile): PlannedWrite {
  const version = before.profile.version;
  return {
    apply: (store) => store.update(request, version),
    // IoT adds one to the version on every update.
    versionAfter: version + 1n,
  };
}
