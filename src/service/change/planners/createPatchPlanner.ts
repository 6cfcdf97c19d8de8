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
import { judgeIssues } from '../../../domain/validation/judgeIssues';
import { VALIDATION_RULES } from '../../../domain/validation/validationRules';
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
      // that no part of the patch breaks alone. Their issues are named in the patch's own terms.
      const merged = toPatchPaths(
        [...validateUpdateRequest(request), ...validateProfile(next, request)],
        next,
        patch,
      );
      const { refusals, warnings } = judgeIssues(newIssues(merged, input));
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

// Entries the patch did not touch are named by their key (`behaviors[name=Authorization]`) or,
// failing that, their index; upserted ones are named `upsertBehaviors[j]`, `upsertMetricsToRetain[j]`.
const KEPT_ENTRY = /^(behaviors|additionalMetricsToRetainV2)\[/;

/**
 * The merged request's issues that the patch is answerable for. A stored
 * behavior or metric to retain the patch re-sends unchanged is judged by the
 * model alone: AWS accepted it, and a reading about it must not fail or even
 * warn a change it takes no part in. Issues the patch's own check already
 * reported (an upserted behavior's) are not reported twice.
 */
function newIssues(merged: ValidationIssue[], reported: ValidationIssue[]): ValidationIssue[] {
  const seen = new Set(reported.map((issue) => `${issue.path} ${issue.rule ?? ''}`));
  return merged.filter((issue) => {
    if (seen.has(`${issue.path} ${issue.rule ?? ''}`)) return false;
    return (
      !KEPT_ENTRY.test(issue.path) ||
      (issue.rule !== undefined && VALIDATION_RULES[issue.rule].tier === 'model')
    );
  });
}
