import type { ValidationIssue } from '../errors';
import type { ProfileContent, UpdateSecurityProfileRequest } from '../securityProfile';
import type { Issues } from './checks';
import { validateProfile } from './validateProfile';
import { validateProfileMembers } from './validateProfileMembers';
import { validateSecurityProfileName } from './validateSecurityProfileName';
import { validateTags, type Tag } from './validateTags';

/** The request members of `CreateSecurityProfile`. */
export interface CreateSecurityProfileRequest extends ProfileContent {
  securityProfileName: UpdateSecurityProfileRequest['securityProfileName'];
  tags?: Tag[];
}

/**
 * Every rule a CreateSecurityProfile request can break: the name, the content
 * members (as for an update), the tags, and the cross-member rules of the
 * profile it would create.
 */
export function validateCreateRequest(request: CreateSecurityProfileRequest): ValidationIssue[] {
  const issues: Issues = [];
  validateSecurityProfileName(issues, request.securityProfileName);
  issues.push(...validateProfileMembers(request));
  if (request.tags) issues.push(...validateTags(request.tags));
  issues.push(...validateProfile(request, request));
  return issues;
}
