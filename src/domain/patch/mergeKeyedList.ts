/**
 * A list after upserts and removals by key: an upserted item replaces the
 * first item with its key in place or, when there is none, is appended (in
 * upsert order); then every item whose key is removed goes. Removing a key
 * that is absent does nothing, so applying the same change twice equals once.
 */
export function mergeKeyedList<T>(
  items: readonly T[],
  upserts: readonly T[],
  removals: readonly string[],
  keyOf: (item: T) => string,
): T[] {
  const merged = [...items];
  for (const item of upserts) {
    const key = keyOf(item);
    const index = merged.findIndex((existing) => keyOf(existing) === key);
    if (index === -1) merged.push(item);
    else merged[index] = item;
  }
  const removed = new Set(removals);
  return merged.filter((item) => !removed.has(keyOf(item)));
}
