import { applyUpdate } from '../../../domain/applyUpdate';
import { authorizeChange } from '../../../domain/authorization/authorizeChange';
import { ValidationError } from '../../../domain/errors';
import type { UpdateSecurityProfileRequest } from '../../../domain/securityProfile';
import { validateProfile, validateUpdateRequest } from '../../../domain/validation';
import { judgeIssues } from '../../../domain/validation/judgeIssues';
import type { ChangePlanner } from '../changePlanner';
import { writeUpdate } from './writeUpdate';

/**
 * `updateSecurityProfile`: IoT's UpdateSecurityProfile as it is, given members
 * replacing the stored ones. The request is checked whole up front; each
 * attempt applies it to the profile it loaded.
 */
export function createUpdatePlanner(request: UpdateSecurityProfileRequest): ChangePlanner {
  const { expectedVersion, ...update } = request;
  return {
    operation: 'UPDATE',
    securityProfileName: request.securityProfileName,
    expectedVersion,
    validate: () => validateUpdateRequest(request),
    load: (store) => store.load(request.securityProfileName),
    authorize: (actor, before, policy) => authorizeChange(actor, before, update, policy),
    plan: (before) => {
      const next = applyUpdate(before.profile, update);
      // The rules across members, where this request takes part in them: what is stored and
      // not touched was accepted by AWS, and never makes this change fail or warn.
      const { refusals, warnings } = judgeIssues(validateProfile(next, update));
      if (refusals.length > 0) throw new ValidationError(refusals);
      return { next, write: writeUpdate(update, before), warnings };
    },
  };
}
