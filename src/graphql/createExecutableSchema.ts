import {
  buildASTSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  parse,
  type GraphQLEnumType,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLScalarType,
  type GraphQLSchema,
} from 'graphql';

/**
 * What the schema's types do, keyed by type name: a field resolver per field of an object type,
 * the internal value per name of an enum, a `GraphQLScalarType` whose coercion a scalar takes.
 */
export type SchemaResolvers = Record<string, object>;

/**
 * The served schema: schema.graphql says what is served (type names, descriptions, deprecations,
 * `@specifiedBy`), the resolvers what it does. Built with graphql's own `buildASTSchema`, then
 * the resolvers are bound to the types it built, in place and before anything has used them:
 * one pass over the document, where graphql-tools' `makeExecutableSchema` merged, rebuilt and
 * re-mapped every type at each cold start (and brought ~63 KiB into the bundle).
 *
 * Neither the SDL nor the schema is validated again at each cold start: codegen and the tests
 * validate schema.graphql, and graphql would otherwise check the whole schema before the first
 * request (Apollo's start and the first `validate` call `assertValidSchema`).
 * @throws Error when the resolvers name a type, field or enum value the schema does not have,
 *   or a type of a kind that takes no resolvers
 */
export function createExecutableSchema(typeDefs: string, resolvers: SchemaResolvers): GraphQLSchema {
  const schema = buildASTSchema(parse(typeDefs, { noLocation: true }), {
    assumeValidSDL: true,
    assumeValid: true,
  });
  for (const [typeName, members] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    if (isObjectType(type))
      bindFields(type, members as Record<string, GraphQLFieldResolver<unknown, unknown>>);
    else if (isEnumType(type)) bindEnumValues(schema, type, members as Record<string, unknown>);
    else if (isScalarType(type)) bindScalar(type, members as GraphQLScalarType);
    else
      throw new Error(
        `Resolvers are given for ${typeName}, which the schema has no object, enum or scalar of.`,
      );
  }
  return schema;
}

function bindFields(
  type: GraphQLObjectType,
  resolvers: Record<string, GraphQLFieldResolver<unknown, unknown>>,
) {
  const fields = type.getFields();
  for (const [name, resolve] of Object.entries(resolvers)) {
    const field = fields[name];
    if (!field)
      throw new Error(`A resolver is given for ${type.name}.${name}, which the schema does not define.`);
    field.resolve = resolve;
  }
}

// graphql looks enum values up lazily, on first use: setting `value` before any request is seen
// by serialize and parseValue alike. Default values are coerced while the schema is built, with
// the names as values, so an enum that has internal values must not be a default's type.
function bindEnumValues(schema: GraphQLSchema, type: GraphQLEnumType, values: Record<string, unknown>) {
  const defaulted = defaultsOfType(schema, type);
  if (defaulted.length > 0) {
    throw new Error(
      `${type.name} has internal values but is the type of a default value: ${defaulted.join(', ')}.`,
    );
  }
  for (const [name, value] of Object.entries(values)) {
    const enumValue = type.getValue(name);
    if (!enumValue)
      throw new Error(
        `An internal value is given for ${type.name}.${name}, which the schema does not define.`,
      );
    enumValue.value = value;
  }
}

function bindScalar(type: GraphQLScalarType, implementation: GraphQLScalarType) {
  type.serialize = implementation.serialize;
  type.parseValue = implementation.parseValue;
  type.parseLiteral = implementation.parseLiteral;
  type.extensions = { ...implementation.extensions, ...type.extensions };
}

// Arguments and input fields of type `type` (however wrapped) that have a default value.
function defaultsOfType(schema: GraphQLSchema, type: GraphQLEnumType): string[] {
  const found: string[] = [];
  const check = (where: string, input: { type: GraphQLInputType; defaultValue?: unknown }) => {
    if (input.defaultValue !== undefined && getNamedType(input.type) === type) found.push(where);
  };
  for (const named of Object.values(schema.getTypeMap())) {
    if (isInputObjectType(named)) {
      for (const field of Object.values(named.getFields())) check(`${named.name}.${field.name}`, field);
    } else if (isObjectType(named) || isInterfaceType(named)) {
      for (const field of Object.values(named.getFields())) {
        for (const arg of field.args) check(`${named.name}.${field.name}(${arg.name})`, arg);
      }
    }
  }
  return found;
}
