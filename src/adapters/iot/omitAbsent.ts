/**
 * A shallow copy of `value` without its `undefined` and `null` members.
 *
 * Every mapping in this adapter builds its result through this, so that "absent"
 * has one spelling on each side: the SDK puts nothing on the wire for a missing
 * member, and domain comparisons (diff, audit) never see `{ member: undefined }`
 * differ from `{}`. A JSON `null` from IoT means "absent" too.
 */
export function omitAbsent<T extends object>(value: T): T {
  const result: Partial<T> = {};
  for (const key of Object.keys(value) as (keyof T)[]) {
    const member = value[key];
    if (member !== undefined && member !== null) result[key] = member;
  }
  return result as T;
}
