interface JsonWithRaw {
  rawJSON(this: void, text: string): unknown;
}

// JSON.rawJSON (Node 21+) is not yet in TypeScript's lib.
const { rawJSON } = JSON as unknown as JsonWithRaw;

/** Serialises a value to JSON, writing bigints as exact JSON numbers (`count`, `version`). */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_key: string, v: unknown) =>
    typeof v === 'bigint' ? rawJSON(v.toString()) : v,
  );
}
