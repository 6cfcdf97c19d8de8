import { applyUpdate } from '../../../domain/applyUpdate';
import { authorizeChange } from '../../../domain/authorization/authorizeChange';
import { ValidationError } from '../../../domain/errors';
import type { UpdateSecurityProfileRequest } from '../../../domain/securityProfile';
import { validateProfile, validateUpdateRequest } from '../../../domain/validation';
import { dependsOnStored, issuesOfChange } from '../../../domain/validation/judgeAgainstStored';
import { judgeIssues } from '../../../domain/validation/judgeIssues';
import type { ChangePlanner } from '../changePlanner';
import { writeUpdate } from './writeUpdate';

/**
 * `updateSecurityProfile`: IoT's UpdateSecurityProfile as it is, given members
 * replacing the stored ones. What the request breaks whatever is stored (the
 * model's rules, its name, its delete flags) is checked up front; each attempt
 * applies it to the profile it loaded and judges the rest against that
 * profile: a behavior or metric to retain re-sent exactly as stored (a
 * describe-then-update client's) is judged by the model alone.
 */
export function createUpdatePlanner(request: UpdateSecurityProfileRequest): ChangePlanner {
  const { expectedVersion, ...update } = request;
  const issues = validateUpdateRequest(request);
  return {
    operation: 'UPDATE',
    securityProfileName: request.securityProfileName,
    expectedVersion,
    validate: () => issues.filter((issue) => !dependsOnStored(issue)),
    load: (store) => store.load(request.securityProfileName),
    authorize: (actor, before, policy) => authorizeChange(actor, before, update, policy),
    plan: (before) => {
      const next = applyUpdate(before.profile, update);
      // What the request sends as stored was accepted by AWS, and never makes this change
      // fail or warn; the rules across members count only where this request takes part.
      const { refusals, warnings } = judgeIssues(
        issuesOfChange(
          [...issues.filter(dependsOnStored), ...validateProfile(next, update)],
          before.profile,
          update,
        ),
      );
      if (refusals.length > 0) throw new ValidationError(refusals);
      return { next, write: writeUpdate(update, before), warnings };
    },
  };
}
