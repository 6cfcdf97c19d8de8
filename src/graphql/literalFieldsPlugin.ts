import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { BREAK, Kind, visit, type ASTNode, type DocumentNode } from 'graphql';

/**
 * Names the input path of each wrong literal written in the document itself,
 * e.g. `behaviors[0].criteria.comparisonOperator` for
 * `updateSecurityProfile(input: { behaviors: [{ criteria: { comparisonOperator: BIGGER } }] })`.
 * graphql-js reports such an error with the literal's node but no path. The
 * paths of all of a request's validation errors are found in one walk of the
 * document Apollo already parsed, so the cost stays linear in its size
 * whatever the number of errors; the error formatter reads them from `index`.
 */
export function literalFieldsPlugin(index: WeakMap<object, string>): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didEncounterErrors({ document, errors }) {
          if (!document) return Promise.resolve();
          const targets = new Map<ASTNode, object[]>();
          for (const error of errors) {
            const node = error.nodes?.[0];
            if (!node || error.extensions.code !== ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED) continue;
            targets.set(node, [...(targets.get(node) ?? []), error]);
          }
          for (const [node, field] of literalFieldsOf(document, new Set(targets.keys()))) {
            for (const error of targets.get(node) ?? []) index.set(error, field);
          }
          return Promise.resolve();
        },
      });
    },
  };
}

/** The input path of each target node that is a literal below an argument, in one walk of `document`. */
export function literalFieldsOf(document: DocumentNode, targets: ReadonlySet<ASTNode>): Map<ASTNode, string> {
  const fields = new Map<ASTNode, string>();
  let remaining = targets.size;
  if (remaining === 0) return fields;
  visit(document, {
    enter(node, _key, _parent, path) {
      if (!targets.has(node)) return undefined;
      const field = describe(document, path);
      if (field) fields.set(node, field);
      remaining -= 1;
      return remaining === 0 ? BREAK : undefined;
    },
  });
  return fields;
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
