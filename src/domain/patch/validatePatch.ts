import type { ValidationIssue } from '../errors';
import { CONTENT_MEMBERS, PROFILE_MEMBERS } from '../members/profileMembers';
import type { PatchSecurityProfileRequest } from './patchRequest';

/**
 * The rules a patch must meet on its own, before any profile is read, member
 * by member as the catalogue says: it may not name one behavior (or metric to
 * retain) twice among its upserts, nor both upsert and remove it, nor give a
 * member together with its delete flag (IoT rejects the latter pair in one
 * call). The field rules of the behaviors themselves are checked elsewhere, as
 * for a full update.
 */
export function validatePatch(patch: PatchSecurityProfileRequest): ValidationIssue[] {
  return CONTENT_MEMBERS.flatMap((member) => PROFILE_MEMBERS[member].patch?.issues(patch) ?? []);
}
