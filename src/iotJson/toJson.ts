interface JsonWithRaw {
  rawJSON(this: void, text: string): unknown;
}

/**
 * Throws unless `json` has `rawJSON` (Node ≥ 21; the reviver's `context.source`
 * that parseJson reads shipped with it). Without them `count` and `version`
 * beyond 2^53 would be rounded silently, or the emulator would answer 500.
 */
export function assertExactJsonSupport(json: object = JSON): void {
  if (typeof (json as Partial<JsonWithRaw>).rawJSON === 'function') return;
  throw new Error(
    `Exact 64-bit JSON (JSON.rawJSON, JSON.parse's context.source) needs Node >= 22; this is Node ${process.version}. ` +
      'Run through the npm scripts (npm start, npm run emulator, npm test), which use the pinned node@24.',
  );
}

assertExactJsonSupport();

// JSON.rawJSON is not yet in TypeScript's lib.
const { rawJSON } = JSON as unknown as JsonWithRaw;

/** Serialises a value to JSON, writing bigints as exact JSON numbers (`count`, `version`). */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_key: string, v: unknown) =>
    typeof v === 'bigint' ? rawJSON(v.toString()) : v,
  );
}
