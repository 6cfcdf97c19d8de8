import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLObjectType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { aGraphqlEvent, aHandlerHarness, NAME } from '../../fakes/handlerHarness';

const schema = buildSchema(readFileSync(new URL('../../../schema.graphql', import.meta.url), 'utf8'));

/**
 * Every field of `type`, each object field expanded in turn: the most a client can
 * select without aliases (the schema has no cycles; a type already on the path is left out).
 */
function everyField(type: GraphQLObjectType, path: ReadonlySet<string>): string {
  const fields = Object.values(type.getFields()).flatMap((field) => {
    const named = getNamedType(field.type);
    if (isObjectType(named) && path.has(named.name)) return [];
    const args = field.args.flatMap((arg) => {
      if (arg.name === 'first') return ['first: 100'];
      if (!isNonNullType(arg.type)) return [];
      // A required list (the behaviors to validate) is given empty; a required name, the harness's profile.
      return [isListType(getNullableType(arg.type)) ? `${arg.name}: []` : `${arg.name}: "${NAME}"`];
    });
    const call = args.length > 0 ? `${field.name}(${args.join(', ')})` : field.name;
    return [isObjectType(named) ? `${call} ${everyField(named, new Set([...path, named.name]))}` : call];
  });
  return `{ ${fields.join(' ')} }`;
}

// The defaults must never refuse a real client: these are the largest requests one can make.
describe('the default limits', () => {
  it('let every field of every query through, with every list at its largest page', async () => {
    const gateway = aHandlerHarness();
    const query = `query ${everyField(schema.getQueryType()!, new Set(['Query']))}`;

    const { status, body } = await gateway.invoke(aGraphqlEvent(query));

    expect(query.length).toBeGreaterThan(4_000);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
  });

  it('let the IDE’s introspection query through', async () => {
    const gateway = aHandlerHarness({ GRAPHQL_INTROSPECTION: 'true' });

    const { status, body } = await gateway.invoke(
      aGraphqlEvent(getIntrospectionQuery({ descriptions: true })),
    );

    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
  });
});
