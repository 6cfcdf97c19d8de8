import { authorizeChange } from '../../../domain/authorization/authorizeChange';
import { ValidationError, type ValidationIssue } from '../../../domain/errors';
import { mergePatch } from '../../../domain/patch/mergePatch';
import type { PatchSecurityProfileRequest } from '../../../domain/patch/patchRequest';
import { toPatchPaths } from '../../../domain/patch/toPatchPaths';
import { validatePatch } from '../../../domain/patch/validatePatch';
import { writtenContent } from '../../../domain/patch/writtenContent';
import {
  validateBehaviors,
  validateProfile,
  validateSecurityProfileName,
  validateUpdateRequest,
} from '../../../domain/validation';
import type { ChangePlanner } from '../changePlanner';
import { writeUpdate } from './writeUpdate';

/**
 * `patchSecurityProfile`: a partial change merged into the profile as each
 * attempt loaded it, written as the smallest UpdateSecurityProfile that makes
 * the merge; a patch that changes nothing makes no write.
 */
export function createPatchPlanner(patch: PatchSecurityProfileRequest): ChangePlanner {
  // The ARNs and topics the patch itself asks IoT to use; the ones it keeps were authorized before.
  const references = { securityProfileName: patch.securityProfileName, ...writtenContent(patch) };
  return {
    operation: 'PATCH',
    securityProfileName: patch.securityProfileName,
    expectedVersion: patch.expectedVersion,
    validate: () => validatePatchInput(patch),
    load: (store) => store.load(patch.securityProfileName),
    authorize: (actor, before, policy) => authorizeChange(actor, before, references, policy),
    plan: (before) => {
      const { next, request } = mergePatch(before.profile, patch);
      if (!request) return { next, write: undefined };
      // The merged request and profile are new: they can break a rule (more than 100 behaviors,
      // `exportMetric` with no metrics export) that no part of the patch breaks alone. Their
      // issues are named in the patch's own terms.
      const issues = [...validateUpdateRequest(request), ...validateProfile(next)];
      if (issues.length > 0) throw new ValidationError(toPatchPaths(issues, next, patch));
      return { next, write: writeUpdate(request, before) };
    },
  };
}

/** What can be checked of a patch before anything is loaded: its name, its own consistency, its behaviors. */
function validatePatchInput(patch: PatchSecurityProfileRequest): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  validateSecurityProfileName(issues, patch.securityProfileName);
  return [
    ...issues,
    ...validatePatch(patch),
    ...validateBehaviors(patch.upsertBehaviors ?? [], 'upsertBehaviors'),
  ];
}
