import { deepEqual } from '../diff/deepEqual';
import type { ValidationIssue } from '../errors';
import {
  UNCHANGED,
  type MemberShape,
  type PatchField,
  type PatchFieldName,
  type PatchRules,
} from '../members/memberRules';

/**
 * A member a patch replaces whole (`alertTargets`: the value given in `set`)
 * and, when `clear` is given, deletes (`deleteAlertTargets`). A value equal to
 * the current one, or one IoT reads as "no change" (an empty map), changes
 * nothing; deleting an absent member changes nothing.
 */
export function setPatch<V, N extends PatchFieldName, C extends PatchFieldName = never>(
  shape: MemberShape<V>,
  set: PatchField<V | undefined, N>,
  clear?: PatchField<boolean | undefined, C>,
): PatchRules<V, N | C> {
  return {
    fields: clear ? [set.name, clear.name] : [set.name],
    merge(current, patch) {
      if (clear?.read(patch) === true) return shape.given(current) === undefined ? UNCHANGED : undefined;
      const value = shape.given(set.read(patch));
      return value === undefined || deepEqual(value, current) ? UNCHANGED : value;
    },
    issues(patch) {
      return clear ? exclusiveIssues(set.name, set.read(patch), clear.name, clear.read(patch)) : [];
    },
    written: (patch) => set.read(patch),
    patchPath: () => undefined,
  };
}

// IoT rejects a member together with its delete flag in one call.
function exclusiveIssues(
  member: string,
  value: unknown,
  flag: string,
  flagValue: boolean | undefined,
): ValidationIssue[] {
  if (value === undefined || value === null || flagValue !== true) return [];
  return [{ path: flag, message: `Cannot be true when ${member} is given.`, rule: 'patchConsistency' }];
}
