import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { LongScalar } from './scalars';

/**
 * Variables arrive with integers beyond 2^53 as bigints (the body is parsed
 * exactly). Where the operation declares a `Long` there, the scalar reads every
 * digit; anywhere else the value becomes the number `JSON.parse` would have
 * made, so Int and Float keep their usual coercion. Runs before execution,
 * once the operation is known.
 */
export const exactLongVariablesPlugin: ApolloServerPlugin = {
  requestDidStart() {
    return Promise.resolve({
      didResolveOperation({ request, operation, schema }) {
        const variables = request.variables;
        if (!variables || !operation || !hasBigInt(variables)) return Promise.resolve();
        const declared = new Map(
          (operation.variableDefinitions ?? []).map((definition) => [
            definition.variable.name.value,
            typeFromAST(schema, definition.type) as GraphQLInputType | undefined,
          ]),
        );
        request.variables = Object.fromEntries(
          Object.entries(variables).map(([name, value]) => [
            name,
            restore(value, declared.get(name), schema),
          ]),
        );
        return Promise.resolve();
      },
    });
  },
};

function restore(value: unknown, type: GraphQLInputType | undefined, schema: GraphQLSchema): unknown {
  if (typeof value === 'bigint')
    return type && getNamedType(type) === schema.getType(LongScalar.name) ? value : Number(value);
  const inner = type && unwrapped(type);
  if (Array.isArray(value)) {
    const item = inner && isListType(inner) ? inner.ofType : undefined;
    return value.map((element: unknown) => restore(element, item, schema));
  }
  if (typeof value === 'object' && value !== null) {
    const fields = inner && isInputObjectType(inner) ? inner.getFields() : {};
    return Object.fromEntries(
      Object.entries(value).map(([key, member]) => [key, restore(member, fields[key]?.type, schema)]),
    );
  }
  return value;
}

function unwrapped(type: GraphQLInputType): GraphQLInputType {
  return isNonNullType(type) ? type.ofType : type;
}

function hasBigInt(value: unknown): boolean {
  if (typeof value === 'bigint') return true;
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).some(hasBigInt);
}
