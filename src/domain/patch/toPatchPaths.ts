import type { ValidationIssue } from '../errors';
import { PROFILE_MEMBERS, isContentMember } from '../members/profileMembers';
import type { ContentMember, ProfileContent } from '../securityProfile';
import type { PatchSecurityProfileRequest } from './patchRequest';

/**
 * Issues found in a merged profile, re-addressed to what the client sent: an
 * entry of the merged `behaviors` that came from `upsertBehaviors[j]` is named
 * `upsertBehaviors[j]…`; one the patch did not touch is named by its key
 * (`behaviors[name=Authorization]…`), since its index means nothing to the client.
 */
export function toPatchPaths(
  issues: ValidationIssue[],
  merged: ProfileContent,
  patch: PatchSecurityProfileRequest,
): ValidationIssue[] {
  return issues.map((issue) => ({ ...issue, path: toPatchPath(issue.path, merged, patch) }));
}

function toPatchPath(path: string, merged: ProfileContent, patch: PatchSecurityProfileRequest): string {
  const [, member = '', rest = ''] = /^([A-Za-z0-9]+)(.*)$/.exec(path) ?? [];
  if (!isContentMember(member)) return path;
  return memberPatchPath(member, rest, merged, patch) ?? path;
}

function memberPatchPath<K extends ContentMember>(
  member: K,
  rest: string,
  merged: ProfileContent,
  patch: PatchSecurityProfileRequest,
): string | undefined {
  return PROFILE_MEMBERS[member].patch?.patchPath(member, rest, merged[member], patch);
}
