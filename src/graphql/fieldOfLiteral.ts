import { Kind, parse, visit, type ASTNode, type GraphQLError } from 'graphql';

/**
 * The input path of a wrong literal written in the document itself, e.g.
 * `behaviors[0].criteria.comparisonOperator` for
 * `updateSecurityProfile(input: { behaviors: [{ criteria: { comparisonOperator: BIGGER } }] })`.
 * graphql-js reports such an error with the literal's node but no path; the path
 * is rebuilt from where that node sits in the document (only on this error path).
 */
export function fieldOfLiteral(error: unknown): string | undefined {
  // Duck-typed: Apollo may hand over an error built by another copy of graphql-js.
  const { nodes, source } = (error ?? {}) as Partial<Pick<GraphQLError, 'nodes' | 'source'>>;
  const target = nodes?.[0];
  if (!target?.loc || !source) return undefined;
  // The text, not the Source object: graphql-js refuses a Source made by another copy of itself.
  let document: ASTNode;
  try {
    document = parse(source.body);
  } catch {
    return undefined; // the field is a courtesy: the error itself must still go out
  }
  let keys: readonly (string | number)[] | undefined;
  visit(document, {
    enter(node, _key, _parent, path) {
      if (node.loc?.start === target.loc?.start && String(node.kind) === String(target.kind))
        keys = [...path];
    },
  });
  return keys && describe(document, keys);
}

/** Walks the visitor's key path from the document, naming object fields and list indexes below the argument. */
function describe(document: ASTNode, keys: readonly (string | number)[]): string | undefined {
  let path = '';
  let current: unknown = document;
  let owner: { kind?: string } | undefined;
  let insideArgument = false;
  for (const key of keys) {
    if (typeof key === 'number' && insideArgument && owner?.kind === String(Kind.LIST)) path += `[${key}]`;
    current = (current as Record<string | number, unknown>)[key];
    const node = current as { kind?: string; name?: { value: string } } | undefined;
    if (!node?.kind) continue;
    owner = node;
    if (node.kind === String(Kind.ARGUMENT)) insideArgument = true;
    else if (insideArgument && node.kind === String(Kind.OBJECT_FIELD) && node.name) {
      path += path ? `.${node.name.value}` : node.name.value;
    }
  }
  return path || undefined;
}
