import type { FieldChange } from '../auditEvent';
import { metricToRetainKey } from '../metricToRetainKey';
import type { Behavior, SecurityProfile } from '../securityProfile';
import { deepEqual } from './deepEqual';
import { PROFILE_CONTENT_MEMBERS, type ProfileContentMember } from './profileContent';
import { toJsonValue } from './toJsonValue';

/**
 * What changes between two versions of a profile's content, one entry per
 * changed leaf, with JSON `before`/`after` (null when absent). This is the diff
 * a dry run returns and the audit trail records.
 *
 * - Behaviors are matched by name (`behaviors[name=Authorization].criteria.value.count`)
 *   and metrics to retain by metric and dimension
 *   (`additionalMetricsToRetainV2[metric=aws:num-messages-sent]`); an added or removed
 *   entry, like any member that appears or disappears, is one change holding the whole value.
 * - Lists of scalars (cidrs, ports, strings, numbers, additionalMetricsToRetain) change as a whole.
 * - A keyed list whose entries are all unchanged but which still differs (reordered, duplicate
 *   keys, empty versus absent) is one change of the whole list, so no difference goes unreported.
 *
 * Order is deterministic: members in `PROFILE_CONTENT_MEMBERS` order, keyed entries in their
 * order before then new ones in their order after, object members sorted by name.
 */
export function diffProfiles(
  before: SecurityProfile | undefined,
  after: SecurityProfile | undefined,
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const member of PROFILE_CONTENT_MEMBERS) diffMember(member, before, after, changes);
  return changes;
}

function diffMember(
  member: ProfileContentMember,
  before: SecurityProfile | undefined,
  after: SecurityProfile | undefined,
  changes: FieldChange[],
): void {
  switch (member) {
    case 'behaviors':
      return diffKeyedList(member, before?.behaviors, after?.behaviors, behaviorKey, changes);
    case 'additionalMetricsToRetainV2':
      return diffKeyedList(member, before?.[member], after?.[member], metricToRetainKey, changes);
    default:
      return diffValue(member, before?.[member], after?.[member], changes);
  }
}

function behaviorKey(behavior: Behavior): string {
  return `name=${behavior.name}`;
}

function diffKeyedList<T>(
  path: string,
  before: T[] | undefined,
  after: T[] | undefined,
  keyOf: (item: T) => string,
  changes: FieldChange[],
): void {
  if (deepEqual(before, after)) return;
  const beforeByKey = byUniqueKey(before ?? [], keyOf);
  const afterByKey = byUniqueKey(after ?? [], keyOf);
  if (beforeByKey && afterByKey) {
    const entryChanges: FieldChange[] = [];
    for (const key of new Set([...beforeByKey.keys(), ...afterByKey.keys()])) {
      diffValue(`${path}[${key}]`, beforeByKey.get(key), afterByKey.get(key), entryChanges);
    }
    if (entryChanges.length > 0) {
      changes.push(...entryChanges);
      return;
    }
  }
  changes.push(change(path, before, after));
}

/** The items by key, in list order; undefined when two items share a key. */
function byUniqueKey<T>(items: T[], keyOf: (item: T) => string): Map<string, T> | undefined {
  const map = new Map<string, T>();
  for (const item of items) {
    const key = keyOf(item);
    if (map.has(key)) return undefined;
    map.set(key, item);
  }
  return map;
}

function diffValue(path: string, before: unknown, after: unknown, changes: FieldChange[]): void {
  if (deepEqual(before, after)) return;
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const key of keys) diffValue(`${path}.${key}`, before[key], after[key], changes);
    return;
  }
  changes.push(change(path, before, after));
}

function change(path: string, before: unknown, after: unknown): FieldChange {
  return { path, before: toJsonValue(before) ?? null, after: toJsonValue(after) ?? null };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}
