import { ValidationError, type ValidationIssue } from '../../../domain/errors';
import type { LoadedProfile, UpdateSecurityProfileRequest } from '../../../domain/securityProfile';
import type { PlannedWrite } from '../changePlanner';

/**
 * UpdateSecurityProfile of `request` against the version `before` was loaded
 * at: IoT refuses it (VersionConflictError) when another writer got there first.
 * When IoT finds it invalid, `renamed` re-addresses the fields IoT named to the
 * client's own terms (a patch's, when the request is a merge).
 */
export function writeUpdate(
  request: UpdateSecurityProfileRequest,
  before: LoadedProfile,
  renamed: (issues: ValidationIssue[]) => ValidationIssue[] = (issues) => issues,
): PlannedWrite {
  const version = before.profile.version;
  return {
    apply: async (store) => {
      try {
        return await store.update(request, version);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        throw new ValidationError(renamed(error.issues), { cause: error.cause ?? error });
      }
    },
    // IoT adds one to the version on every update.
    versionAfter: version + 1n,
  };
}
