/**
 * A JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1). Kept loose on
 * purpose: the schemas are data for the OpenAPI document, checked by its linter
 * and by validating every REST answer the tests receive against it.
 */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** A schema that names its shape: the OpenAPI document lists it once under `components.schemas`. */
export function titled(title: string, schema: JsonSchema): JsonSchema {
  return { title, ...schema };
}
