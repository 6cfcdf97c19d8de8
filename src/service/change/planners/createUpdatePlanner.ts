import { applyUpdate } from '../../../domain/applyUpdate';
import { authorizeChange } from '../../../domain/authorization/authorizeChange';
import { ValidationError } from '../../../domain/errors';
import type { UpdateSecurityProfileRequest } from '../../../domain/securityProfile';
import { validateProfile, validateUpdateRequest } from '../../../domain/validation';
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
      // The result can break a rule no part of the request breaks alone (a stored behavior with
      // `exportMetric` once the metrics export is deleted): refused here, naming the field,
      // rather than by IoT without one.
      const issues = validateProfile(next);
      if (issues.length > 0) throw new ValidationError(issues);
      return { next, write: writeUpdate(update, before) };
    },
  };
}
