import { DecodeError, REQUIRED_MISSING } from './DecodeError';
import type { JsonSchema } from './jsonSchema';

/**
 * A member the model does not define is refused rather than ignored, so a typo in
 * a client (or in the gateway) cannot pass silently. AWS's own validators do the same
 * for unknown members (botocore refuses them client-side).
 */
const REJECT_UNKNOWN_MEMBERS = true;

/**
 * Turns raw JSON (from `parseJson`) at `path` into a model type, or throws a
 * DecodeError naming the member and the JSON type it should have. Each carries
 * the JSON Schema of what it accepts, so the OpenAPI document describes the
 * bodies the REST routes decode with the decoders themselves.
 */
export interface Decoder<T> {
  (value: unknown, path: string): T;
  readonly schema: JsonSchema;
}

/** A decoder from its function and the schema of what it accepts. */
export function described<T>(decode: (value: unknown, path: string) => T, schema: JsonSchema): Decoder<T> {
  return Object.assign(decode, { schema });
}

/** The same decoder under a schema that names or narrows it (a title, the enum a validator checks later). */
export function withSchema<T>(decoder: Decoder<T>, schema: JsonSchema): Decoder<T> {
  return described((value, path) => decoder(value, path), { ...decoder.schema, ...schema });
}

/** One decoder per member of a structure, in the model's member order. */
export type FieldDecoders<T> = { [K in keyof T]-?: Decoder<NonNullable<T[K]>> };

// `behaviors` + 1 → `behaviors[1]`; `criteria` under `behaviors[1]` → `behaviors[1].criteria`.
function at(path: string, member: string | number): string {
  if (typeof member === 'number') return `${path}[${member}]`;
  return path ? `${path}.${member}` : member;
}

function fail(path: string, expected: string, value: unknown): never {
  throw new DecodeError(path, `expected ${expected}, got ${jsonType(value)}`);
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'bigint') return 'a number';
  if (typeof value === 'number' && !Number.isInteger(value)) return `a fractional number (${value})`;
  return `a ${typeof value}`;
}

/** A JSON string. */
export const string: Decoder<string> = described(
  (value, path) => (typeof value === 'string' ? value : fail(path, 'a string', value)),
  { type: 'string' },
);

/**
 * A string checked later against its enum by the validators (so the message lists
 * the allowed values). The schema names the model's enum shape; the REST layer
 * gives it its values (see `MODEL_ENUMS`), the emulator needs none.
 */
export function enumString<T extends string>(shape: string): Decoder<T> {
  return withSchema(string, { title: shape }) as Decoder<T>;
}

/** A JSON boolean. */
export const boolean: Decoder<boolean> = described(
  (value, path) => (typeof value === 'boolean' ? value : fail(path, 'a boolean', value)),
  { type: 'boolean' },
);

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/** An `integer` member: a whole JSON number within 32 bits. */
export const integer: Decoder<number> = described(
  (value, path) => {
    if (typeof value === 'number' && Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX)
      return value;
    return fail(path, 'a 32-bit integer', value);
  },
  { type: 'integer', format: 'int32' },
);

/** A `long` member: a whole JSON number, exact beyond 2^53. */
export const long: Decoder<bigint> = described(
  (value, path) => {
    if (typeof value === 'bigint') return value;
    if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value);
    return fail(path, 'an integer (long)', value);
  },
  // Every digit matters: a client must read it as a 64-bit integer, not a double.
  { type: 'integer', format: 'int64' },
);

/** A `double` member: any JSON number. */
export const double: Decoder<number> = described(
  (value, path) => {
    if (typeof value === 'number') return value;
    if (typeof value === 'bigint') return Number(value);
    return fail(path, 'a number', value);
  },
  { type: 'number', format: 'double' },
);

/** A timestamp as restJson1 writes it: epoch seconds, fraction allowed. */
export const epochSeconds: Decoder<Date> = described(
  (value, path) => new Date(Math.round(double(value, path) * 1000)),
  { type: 'number', description: 'Seconds since the epoch; milliseconds as the fraction.' },
);

/** A JSON array of one member type. */
export function list<T>(item: Decoder<T>): Decoder<T[]> {
  return described(
    (value, path) => {
      if (!Array.isArray(value)) return fail(path, 'an array', value);
      return value.map((element, index) => item(element, at(path, index)));
    },
    { type: 'array', items: item.schema },
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON object used as a map (`alertTargets`). */
export function map<T>(entry: Decoder<T>): Decoder<Record<string, T>> {
  return described(
    (value, path) => {
      if (!isObject(value)) return fail(path, 'an object', value);
      const out: Record<string, T> = {};
      for (const [key, element] of Object.entries(value)) out[key] = entry(element, at(path, key));
      return out;
    },
    { type: 'object', additionalProperties: entry.schema },
  );
}

/**
 * A structure: members decoded in model order, `null` treated as absent,
 * required members enforced, unknown members refused (REJECT_UNKNOWN_MEMBERS).
 */
export function struct<T extends object>(
  fields: FieldDecoders<T>,
  required: ReadonlyArray<keyof T & string> = [],
): Decoder<T> {
  const names = Object.keys(fields) as Array<keyof T & string>;
  return described(decodeStruct, structSchema(fields, required));

  function decodeStruct(value: unknown, path: string): T {
    if (!isObject(value)) return fail(path, 'an object', value);
    if (REJECT_UNKNOWN_MEMBERS) {
      const unknown = Object.keys(value).find((key) => !(names as string[]).includes(key));
      if (unknown !== undefined)
        throw new DecodeError(at(path, unknown), 'is not a member of this structure');
    }
    const out: Partial<T> = {};
    for (const name of names) {
      const raw = value[name];
      if (raw === undefined || raw === null) {
        if (required.includes(name)) throw new DecodeError(at(path, name), REQUIRED_MISSING);
        continue;
      }
      out[name] = fields[name](raw, at(path, name));
    }
    return out as T;
  }
}

function structSchema<T extends object>(
  fields: FieldDecoders<T>,
  required: ReadonlyArray<keyof T & string>,
): JsonSchema {
  const properties = Object.fromEntries(
    Object.entries<Decoder<unknown>>(fields as Record<string, Decoder<unknown>>).map(([name, field]) => [
      name,
      field.schema,
    ]),
  );
  return {
    type: 'object',
    properties,
    ...(required.length > 0 && { required }),
    // REJECT_UNKNOWN_MEMBERS: a member the model does not define is refused.
    additionalProperties: !REJECT_UNKNOWN_MEMBERS,
  };
}
