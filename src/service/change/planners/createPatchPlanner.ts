import { authorizeChange } from '../../../domain/authorization/authorizeChange';
import { ValidationError, type ValidationIssue } from '../../../domain/errors';
import { mergePatch } from '../../../domain/patch/mergePatch';
import type { PatchSecurityProfileRequest } from '../../../domain/patch/patchRequest';
import { toPatchPaths } from '../../../domain/patch/toPatchPaths';
import { validatePatch } from '../../../domain/patch/validatePatch';
import { writtenContent } from '../../../domain/patch/writtenContent';
import { validateBehaviors, validateSecurityProfileName } from '../../../domain/validation';
import { issuesOfUpdate } from '../../../domain/validation/judgeAgainstStored';
import { judgeIssues } from '../../../domain/validation/judgeIssues';
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
  const input = validatePatchInput(patch);
  return {
    operation: 'PATCH',
    securityProfileName: patch.securityProfileName,
    expectedVersion: patch.expectedVersion,
    validate: () => input,
    load: (store) => store.load(patch.securityProfileName),
    authorize: (actor, before, policy) => authorizeChange(actor, before, references, policy),
    plan: (before) => {
      const { next, request } = mergePatch(before.profile, patch);
      if (!request) return { next, write: undefined };
      // The merged request and profile are new: they can break a rule (more than 100 behaviors)
      // that no part of the patch breaks alone. What the merge re-sends as stored is judged by
      // the model alone; the rest is named in the patch's own terms.
      const merged = toPatchPaths(issuesOfUpdate(before.profile, request, next), next, patch);
      const { refusals, warnings } = judgeIssues(notReported(merged, input));
      if (refusals.length > 0) throw new ValidationError(refusals);
      const write = writeUpdate(request, before, (issues) => toPatchPaths(issues, next, patch));
      return { next, write, warnings };
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

/** The merged request's issues but those the patch's own check already reported (an upserted behavior's). */
function notReported(merged: ValidationIssue[], reported: ValidationIssue[]): ValidationIssue[] {
  const seen = new Set(reported.map((issue) => `${issue.path} ${issue.rule ?? ''}`));
  return merged.filter((issue) => !seen.has(`${issue.path} ${issue.rule ?? ''}`));
}
