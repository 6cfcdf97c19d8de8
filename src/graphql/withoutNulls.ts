/**
 * `T` as it reads once GraphQL's explicit nulls are gone. A homomorphic mapping: a required
 * member stays required and an optional one optional, so the result is checked member for
 * member against the domain type it is given to.
 */
export type WithoutNulls<T> = T extends bigint | Date | string | number | boolean
  ? T
  : T extends readonly (infer E)[]
    ? WithoutNulls<E>[]
    : T extends object
      ? { [K in keyof T]: WithoutNulls<Exclude<T[K], null>> }
      : Exclude<T, null>;

/**
 * GraphQL input with every `null` removed, deeply. GraphQL lets a client spell
 * "not given" as `null`; IoT, and the domain after it, only know "absent".
 */
export function withoutNulls<T>(value: T): WithoutNulls<T> {
  if (Array.isArray(value)) return value.map((item: unknown) => withoutNulls(item)) as WithoutNulls<T>;
  if (value === null || typeof value !== 'object' || value instanceof Date) return value as WithoutNulls<T>;
  const result: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    if (member !== null && member !== undefined) result[key] = withoutNulls(member);
  }
  return result as WithoutNulls<T>;
}
