import { buildSchema, graphqlSync, GraphQLScalarType, validateSchema, type GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createExecutableSchema } from '../../../src/graphql/createExecutableSchema';
import { typeDefs } from '../../../src/graphql/generated/typeDefs';

const SDL = `
"Upper-cased on the way out."
scalar Shout
enum Op { LESS_THAN GREATER_THAN }
type Query {
  echo(op: Op!): Op!
  shout: Shout
  plain: String
}
`;

const Shout = new GraphQLScalarType({
  name: 'ShoutImplementation',
  description: 'the implementation’s own description',
  serialize: (value) => String(value).toUpperCase(),
});

const resolvers = {
  Shout,
  Op: { LESS_THAN: 'less-than', GREATER_THAN: 'greater-than' },
  Query: {
    echo: (_: unknown, { op }: { op: string }) => (op === 'less-than' ? 'greater-than' : 'less-than'),
    shout: () => 'hello',
  },
};

describe('createExecutableSchema', () => {
  it('runs the resolvers: fields resolve, enums map to internal values both ways, scalars coerce', () => {
    const schema = createExecutableSchema(SDL, resolvers);

    const result = graphqlSync({
      schema,
      source: '{ echo(op: LESS_THAN) shout plain }',
      rootValue: { plain: 'p' },
    });

    expect(result).toEqual({ data: { echo: 'GREATER_THAN', shout: 'HELLO', plain: 'p' } });
  });

  it('serves the names and descriptions of the SDL, not those of the scalar implementation', () => {
    const schema = createExecutableSchema(SDL, resolvers);

    const shout = schema.getType('Shout');

    expect(schema.getType('ShoutImplementation')).toBeUndefined();
    expect(shout?.description).toBe('Upper-cased on the way out.');
  });

  it('refuses resolvers for a type, field or enum value the schema does not define', () => {
    expect(() => createExecutableSchema(SDL, { ...resolvers, Missing: {} })).toThrow(/Missing/);
    expect(() => createExecutableSchema(SDL, { Query: { nope: () => 1 } })).toThrow(/Query\.nope/);
    expect(() => createExecutableSchema(SDL, { Op: { EQUALS: 'equals' } })).toThrow(/Op\.EQUALS/);
  });

  it('refuses internal values for an enum that is the type of a default value', () => {
    const withDefault = `${SDL}\ntype Mutation { set(op: Op = LESS_THAN): Op }`;

    expect(() => createExecutableSchema(withDefault, resolvers)).toThrow(/Mutation\.set\(op\)/);
  });

  it('leaves enum values without an internal value at their names', () => {
    const schema = createExecutableSchema(SDL, { Op: { LESS_THAN: 'less-than' } });

    const op = schema.getType('Op') as GraphQLEnumType;

    expect(op.getValue('GREATER_THAN')?.value).toBe('GREATER_THAN');
  });
});

describe('the served schema', () => {
  it('is valid as schema.graphql writes it, since it is built assuming so', () => {
    expect(validateSchema(buildSchema(typeDefs)).map((error) => error.message)).toEqual([]);
  });
});
