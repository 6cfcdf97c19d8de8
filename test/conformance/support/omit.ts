/** A shallow copy of `value` without `keys` (for comparing SDK outputs without `$metadata`, ARNs or dates). */
export function omit<T extends object, K extends keyof T>(value: T, ...keys: K[]): Omit<T, K> {
  const copy: Partial<T> = { ...value };
  for (const key of keys) delete copy[key];
  return copy as Omit<T, K>;
}
