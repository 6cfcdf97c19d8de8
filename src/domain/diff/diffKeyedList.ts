import type { FieldChange } from '../auditEvent';
import { deepEqual } from './deepEqual';
import { diffValue, fieldChange } from './diffValue';

/**
 * Appends the changes between two versions of a list whose entries have a key:
 * entries are matched by `selectorOf` (`behaviors[name=Authorization].criteria.value.count`),
 * keyed entries in their order before, then new ones in their order after; an
 * added or removed entry is one change holding the whole entry. A list whose
 * entries are all unchanged but which still differs (reordered, duplicate keys,
 * empty versus absent) is one change of the whole list, so no difference goes unreported.
 */
export function diffKeyedList<T>(
  path: string,
  before: readonly T[] | undefined,
  after: readonly T[] | undefined,
  selectorOf: (item: T) => string,
  changes: FieldChange[],
): void {
  if (deepEqual(before, after)) return;
  const beforeByKey = byUniqueKey(before ?? [], selectorOf);
  const afterByKey = byUniqueKey(after ?? [], selectorOf);
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
  changes.push(fieldChange(path, before, after));
}

/** The items by key, in list order; undefined when two items share a key. */
function byUniqueKey<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T> | undefined {
  const map = new Map<string, T>();
  for (const item of items) {
    const key = keyOf(item);
    if (map.has(key)) return undefined;
    map.set(key, item);
  }
  return map;
}
