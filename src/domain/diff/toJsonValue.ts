/**
 * The JSON form of a domain value, for audit records, dry-run diffs and the
 * GraphQL JSON scalar: a `bigint` becomes a number when it is a safe integer and
 * a decimal string otherwise (so 2^63 - 1 is not rounded), a `Date` its ISO-8601
 * string, and `undefined` object members are dropped. Non-finite numbers become
 * `null`, as `JSON.stringify` would write them. Returns `undefined` only for
 * `undefined`.
 */
export function toJsonValue(value: unknown): unknown {
  if (typeof value === 'bigint') return bigintToJson(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return value.toISOString();
  // JSON has no "absent" array element; `JSON.stringify` writes null there too.
  if (Array.isArray(value)) return value.map((item) => toJsonValue(item) ?? null);
  if (value !== null && typeof value === 'object') return objectToJson(value);
  return value;
}

function bigintToJson(value: bigint): number | string {
  const safe = value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER);
  return safe ? Number(value) : value.toString();
}

function objectToJson(value: object): Record<string, unknown> {
  const json: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    const converted = toJsonValue(member);
    if (converted !== undefined) json[key] = converted;
  }
  return json;
}
