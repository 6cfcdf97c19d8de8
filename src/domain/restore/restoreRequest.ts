import { deepEqual } from '../diff/deepEqual';
import { ValidationError } from '../errors';
import { CONTENT_MEMBERS, PROFILE_MEMBERS, membersClearedBy } from '../members/profileMembers';
import type {
  ContentMember,
  ProfileContent,
  SecurityProfile,
  UpdateSecurityProfileRequest,
} from '../securityProfile';

/**
 * The smallest UpdateSecurityProfile that gives `current` the content of
 * `target`: each member that differs is sent whole, each member `target` lacks
 * is cleared with its delete flag; undefined when the two already agree.
 *
 * Two limits of IoT's UpdateSecurityProfile show here. A description cannot be
 * removed (no flag clears it): it is made empty. And one flag clears both
 * spellings of metrics to retain, so a target with one spelling and not the
 * other cannot be reached from a profile with both: that is refused, naming it.
 */
export function restoreRequest(
  current: SecurityProfile,
  target: ProfileContent,
): UpdateSecurityProfileRequest | undefined {
  const request: UpdateSecurityProfileRequest = { securityProfileName: current.securityProfileName };
  for (const member of CONTENT_MEMBERS) restoreMember(member, current, target, request);
  return Object.keys(request).length > 1 ? request : undefined;
}

function restoreMember<K extends ContentMember>(
  member: K,
  current: ProfileContent,
  target: ProfileContent,
  request: UpdateSecurityProfileRequest,
): void {
  const rules = PROFILE_MEMBERS[member];
  const want = rules.given(target[member]);
  if (deepEqual(rules.given(current[member]), want)) return;
  const requested: ProfileContent = request;
  if (want !== undefined) {
    requested[member] = want;
    return;
  }
  const flag = rules.deleteFlag;
  if (flag === undefined) {
    // Only the description has no flag; IoT keeps an empty one.
    if (member === 'securityProfileDescription') request.securityProfileDescription = '';
    return;
  }
  const kept = membersClearedBy(flag).find((other) => other !== member && isGiven(target, other));
  if (kept !== undefined) {
    throw new ValidationError([
      {
        path: 'auditEventId',
        message: `the profile of that event has ${kept} but no ${member}; IoT clears both with ${flag}, so one update cannot restore it`,
      },
    ]);
  }
  request[flag] = true;
}

function isGiven<K extends ContentMember>(content: ProfileContent, member: K): boolean {
  return PROFILE_MEMBERS[member].given(content[member]) !== undefined;
}
