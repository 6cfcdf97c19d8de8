import { authorizeChange } from '../../../domain/authorization/authorizeChange';
import type { ValidationIssue } from '../../../domain/errors';
import type { DeleteProfileRequest } from '../../../domain/lifecycleRequests';
import type { LoadedProfile } from '../../../domain/securityProfile';
import { validateSecurityProfileName } from '../../../domain/validation';
import type { ChangePlanner } from '../changePlanner';

/**
 * `deleteSecurityProfile`: IoT's DeleteSecurityProfile at the version loaded,
 * for the owner team or an admin. The event keeps the profile as it was
 * (`before`); nothing is left after it.
 */
export function createDeletePlanner(request: DeleteProfileRequest): ChangePlanner<LoadedProfile, undefined> {
  const name = request.securityProfileName;
  return {
    operation: 'DELETE',
    securityProfileName: name,
    expectedVersion: request.expectedVersion,
    validate: () => {
      const issues: ValidationIssue[] = [];
      validateSecurityProfileName(issues, name);
      return issues;
    },
    load: (store) => store.load(name),
    // Ownership alone: a delete makes IoT use no ARN or topic.
    authorize: (actor, before, policy) =>
      authorizeChange(actor, before, { securityProfileName: name }, policy),
    plan: (before) => ({
      next: undefined,
      write: {
        // At the version this attempt loaded: a change made since is a conflict, so what is deleted is what was read.
        apply: (store) => store.delete(name, before.profile.version).then(() => undefined),
        versionAfter: undefined,
      },
    }),
  };
}
