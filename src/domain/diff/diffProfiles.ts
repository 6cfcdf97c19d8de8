import type { FieldChange } from '../auditEvent';
import { CONTENT_MEMBERS, PROFILE_MEMBERS } from '../members/profileMembers';
import type { ContentMember, ProfileContent } from '../securityProfile';

/**
 * What changes between two versions of a profile's content, one entry per
 * changed leaf, with JSON `before`/`after` (null when absent). This is the diff
 * a dry run returns and the audit trail records.
 *
 * Each member diffs as the catalogue says: keyed lists entry by entry, behaviors
 * by name (`behaviors[name=Authorization].criteria.value.count`) and metrics to
 * retain by metric and dimension (`additionalMetricsToRetainV2[metric=aws:num-messages-sent]`);
 * lists of scalars (cidrs, ports, strings, numbers, additionalMetricsToRetain) as
 * a whole; an added or removed entry, like any member that appears or disappears,
 * is one change holding the whole value (see diffKeyedList and diffValue).
 *
 * Order is deterministic: members in catalogue order, keyed entries in their
 * order before then new ones in their order after, object members sorted by name.
 */
export function diffProfiles(
  before: ProfileContent | undefined,
  after: ProfileContent | undefined,
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const member of CONTENT_MEMBERS) diffMember(member, before, after, changes);
  return changes;
}

function diffMember<K extends ContentMember>(
  member: K,
  before: ProfileContent | undefined,
  after: ProfileContent | undefined,
  changes: FieldChange[],
): void {
  PROFILE_MEMBERS[member].diff(member, before?.[member], after?.[member], changes);
}
