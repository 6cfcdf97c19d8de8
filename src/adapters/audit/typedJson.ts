// Tags for the two types JSON cannot carry. Keys starting with '$' never occur in the
// profile or input shapes (AWS member names are plain camelCase), so a tag cannot be
// mistaken for data.
const BIGINT_TAG = '$bigint';
const DATE_TAG = '$date';

/**
 * JSON that keeps `bigint` and `Date` exact: `123n` is written `{"$bigint":"123"}`
 * and a Date `{"$date":"<ISO-8601>"}`. `parseTyped(stringifyTyped(x))` deep-equals `x`
 * for plain data (objects, arrays, strings, finite numbers, booleans, null, bigint, Date);
 * `undefined` members are dropped, as in JSON.
 */
export function stringifyTyped(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, encoded: unknown) {
    // JSON.stringify has already called Date#toJSON on `encoded`; the holder still has the Date.
    const raw = this[key];
    if (raw instanceof Date) return { [DATE_TAG]: raw.toISOString() };
    if (typeof encoded === 'bigint') return { [BIGINT_TAG]: encoded.toString() };
    return encoded;
  });
}

/** Reads what `stringifyTyped` wrote, restoring `bigint` and `Date` values. */
export function parseTyped(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) => {
    if (!isSingleKeyObject(value)) return value;
    const bigint = value[BIGINT_TAG];
    if (typeof bigint === 'string') return BigInt(bigint);
    const date = value[DATE_TAG];
    if (typeof date === 'string') return new Date(date);
    return value;
  });
}

function isSingleKeyObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 1
  );
}
