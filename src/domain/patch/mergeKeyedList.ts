/**
 * A list after upserts and removals by key: an upserted item replaces the
 * first item with its key in place or, when there is none, is appended (in
 * upsert order); then every item whose key is removed goes. Removing a key
 * that is absent does nothing, so applying the same change twice equals once.
 * Linear in the sizes of the three lists.
 */
export function mergeKeyedList<T>(
  items: readonly T[],
  upserts: readonly T[],
  removals: readonly string[],
  keyOf: (item: T) => string,
): T[] {
  const merged = [...items];
  const firstIndex = new Map<string, number>();
  merged.forEach((item, index) => {
    const key = keyOf(item);
    if (!firstIndex.has(key)) firstIndex.set(key, index);
  });
  for (const item of upserts) {
    const key = keyOf(item);
    const index = firstIndex.get(key);
    if (index === undefined) {
      firstIndex.set(key, merged.length);
      merged.push(item);
    } else {
      merged[index] = item;
    }
  }
  if (removals.length === 0) return merged;
  const removed = new Set(removals);
  return merged.filter((item) => !removed.has(keyOf(item)));
}
