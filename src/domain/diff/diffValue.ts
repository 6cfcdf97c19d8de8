import type { FieldChange } from '../auditEvent';
import { deepEqual } from './deepEqual';
import { toJsonValue } from './toJsonValue';

/**
 * Appends the changes between two values at `path`: objects member by member
 * (sorted by name, so the order is deterministic), anything else — scalars,
 * lists, a value that appears or disappears — as one change of the whole value.
 */
export function diffValue(path: string, before: unknown, after: unknown, changes: FieldChange[]): void {
  if (deepEqual(before, after)) return;
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const key of keys) diffValue(`${path}.${key}`, before[key], after[key], changes);
    return;
  }
  changes.push(fieldChange(path, before, after));
}

/** One change with JSON `before`/`after` (null when absent). */
export function fieldChange(path: string, before: unknown, after: unknown): FieldChange {
  return { path, before: toJsonValue(before) ?? null, after: toJsonValue(after) ?? null };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}
