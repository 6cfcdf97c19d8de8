import { Kind, type GraphQLResolveInfo, type ValueNode } from 'graphql';

/**
 * The `input` argument of the field being resolved, as the client wrote it:
 * the literal of the document (enum names, numbers and strings as written)
 * with each `$variable` replaced by the value the request's JSON gave it, not
 * the coerced input the resolver receives (`less-than` for `LESS_THAN`, a
 * `bigint`, a `Date`). The audit trail records this, so an auditor reads what
 * the client sent. An integer literal beyond 2^53 stays exact (a `bigint`).
 */
export function inputAsSent(
  info: GraphQLResolveInfo,
  rawVariables: Readonly<Record<string, unknown>>,
): unknown {
  const argument = info.fieldNodes[0]?.arguments?.find((node) => node.name.value === 'input');
  return argument === undefined ? undefined : literalAsSent(argument.value, rawVariables);
}

function literalAsSent(node: ValueNode, variables: Readonly<Record<string, unknown>>): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      return variables[node.name.value];
    case Kind.INT: {
      const value = BigInt(node.value);
      return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
        ? Number(value)
        : value;
    }
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.STRING:
    case Kind.ENUM:
      return node.value;
    case Kind.BOOLEAN:
      return node.value;
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map((item) => literalAsSent(item, variables));
    case Kind.OBJECT:
      return Object.fromEntries(
        node.fields.map((field) => [field.name.value, literalAsSent(field.value, variables)]),
      );
  }
}
