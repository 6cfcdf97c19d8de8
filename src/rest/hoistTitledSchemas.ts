import type { JsonSchema } from '../iotJson/jsonSchema';

/**
 * Moves every schema with a `title` to `components.schemas` under that title and
 * puts a `$ref` in its place, so each shape is listed once and named (a generated
 * client gets a `Behavior` type, not an anonymous one per use). Two different
 * schemas under one title are a mistake in the declarations, and throw.
 */
export function hoistTitledSchemas<T>(value: T): { value: T; schemas: Record<string, JsonSchema> } {
  const schemas: Record<string, JsonSchema> = {};
  const seen = new Map<string, string>();

  function visit(node: unknown): unknown {
    if (Array.isArray(node)) return node.map(visit);
    if (typeof node !== 'object' || node === null) return node;
    const copy = Object.fromEntries(Object.entries(node).map(([key, member]) => [key, visit(member)]));
    const title = copy.title;
    if (typeof title !== 'string') return copy;
    const text = JSON.stringify(copy);
    const earlier = seen.get(title);
    if (earlier !== undefined && earlier !== text) {
      throw new Error(`Two different schemas are titled ${title}: give one another title`);
    }
    seen.set(title, text);
    schemas[title] = copy;
    return { $ref: `#/components/schemas/${title}` };
  }

  return { value: visit(value) as T, schemas };
}
