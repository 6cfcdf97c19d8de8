import { diffKeyedList } from '../diff/diffKeyedList';
import { diffValue } from '../diff/diffValue';
import type { EntryKeys, MemberShape } from './memberRules';

/** A member replaced and diffed as one value (a string, a structure): given whenever present. */
export function valueMember<V>(): MemberShape<V> {
  return { given: (value) => value, diff: diffValue };
}

/** A map (`alertTargets`), diffed entry by entry: given when it holds at least one entry. */
export function mapMember<V extends object>(): MemberShape<V> {
  return {
    given: (value) =>
      value !== undefined && Object.values(value).some((entry) => entry !== undefined && entry !== null)
        ? value
        : undefined,
    diff: diffValue,
  };
}

/** A list that changes as a whole (`additionalMetricsToRetain`): given when not empty. */
export function listMember<T>(): MemberShape<T[]> {
  return { given: nonEmpty, diff: diffValue };
}

/** A list whose entries have a key (`behaviors`): given when not empty, diffed entry by entry. */
export function keyedListMember<T>(keys: EntryKeys<T>): MemberShape<T[]> {
  const selectorOf = (item: T): string => keys.selector(keys.keyOf(item));
  return {
    given: nonEmpty,
    diff: (path, before, after, changes) => diffKeyedList(path, before, after, selectorOf, changes),
  };
}

function nonEmpty<T>(list: T[] | undefined): T[] | undefined {
  return list !== undefined && list.length > 0 ? list : undefined;
}
