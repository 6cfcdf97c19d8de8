import { deepEqual } from '../diff/deepEqual';
import type { ValidationIssue } from '../errors';
import {
  UNCHANGED,
  type EntryKeys,
  type PatchField,
  type PatchFieldName,
  type PatchRules,
} from '../members/memberRules';
import { mergeKeyedList } from './mergeKeyedList';
import type { PatchSecurityProfileRequest } from './patchRequest';

/** The fields of a patch that upsert entries of a keyed list and remove them by key. */
export interface KeyedPatchFields<T, R, U extends PatchFieldName, X extends PatchFieldName> {
  /** Entries that replace the entry with their key in place, or are appended (`upsertBehaviors`). */
  upsert: PatchField<T[] | undefined, U>;
  /** What names the entries to remove (`removeBehaviors`: names). */
  remove: PatchField<R[] | undefined, X>;
  /** The key a removal names, comparable with `EntryKeys.keyOf`. */
  removalKey: (removal: R) => string;
}

/**
 * A keyed list a patch changes entry by entry (`behaviors` by name): upserts
 * replace in place or append, then removals go; removing an absent key does
 * nothing. A list that ends up empty is cleared with the member's delete flag,
 * because IoT reads an empty list as "no change".
 */
export function keyedPatch<T, R, U extends PatchFieldName, X extends PatchFieldName>(
  keys: EntryKeys<T>,
  { upsert, remove, removalKey }: KeyedPatchFields<T, R, U, X>,
): PatchRules<T[], U | X> {
  const removals = (patch: PatchSecurityProfileRequest): string[] =>
    (remove.read(patch) ?? []).map(removalKey);
  return {
    fields: [upsert.name, remove.name],
    merge(current, patch) {
      const before = current ?? [];
      const after = mergeKeyedList(before, upsert.read(patch) ?? [], removals(patch), keys.keyOf);
      if (deepEqual(before, after)) return UNCHANGED;
      return after.length > 0 ? after : undefined;
    },
    issues(patch) {
      const upserted = upsert.read(patch) ?? [];
      return [
        ...duplicateIssues(upsert.name, upserted.map(keys.keyOf), keys.keyPath),
        ...conflictIssues(remove.name, removals(patch), new Set(upserted.map(keys.keyOf))),
      ];
    },
    written: (patch) => upsert.read(patch),
    // An entry the patch upserted is named by its place in the upserts; one it did not
    // touch by its key, since its index in the merged list means nothing to the client.
    patchPath(member, rest, merged, patch) {
      const [, position, tail = ''] = /^\[(\d+)\](.*)$/.exec(rest) ?? [];
      const entry = position === undefined ? undefined : merged?.[Number(position)];
      if (entry === undefined) return undefined;
      const key = keys.keyOf(entry);
      const index = (upsert.read(patch) ?? []).findIndex((item) => keys.keyOf(item) === key);
      return index >= 0 ? `${upsert.name}[${index}]${tail}` : `${member}[${keys.selector(key)}]${tail}`;
    },
  };
}

/** A patch may not name one entry twice among its upserts. */
function duplicateIssues(field: string, keys: string[], keyPath: string): ValidationIssue[] {
  const first = new Map<string, number>();
  return keys.flatMap((key, index) => {
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, index);
      return [];
    }
    return [
      {
        path: `${field}[${index}]${keyPath}`,
        message: `'${key}' is already given at ${field}[${earlier}].`,
        rule: 'patchConsistency',
      },
    ];
  });
}

/** A patch may not both upsert and remove one entry. */
function conflictIssues(field: string, removed: string[], upserted: ReadonlySet<string>): ValidationIssue[] {
  return removed.flatMap((key, index) =>
    upserted.has(key)
      ? [
          {
            path: `${field}[${index}]`,
            message: `'${key}' is also upserted; a patch cannot both upsert and remove it.`,
            rule: 'patchConsistency' as const,
          },
        ]
      : [],
  );
}
