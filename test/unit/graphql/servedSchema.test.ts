import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
  type IntrospectionQuery,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { createGatewayServer } from '../../../src/graphql/createGatewayServer';
import type { GatewayContext } from '../../../src/graphql/context';
import { aServiceHarness, teamA } from '../../fakes/serviceHarness';

const SCHEMA_FILE = join(import.meta.dirname, '../../../schema.graphql');

async function introspected(): Promise<string> {
  const harness = aServiceHarness();
  const server = createGatewayServer({
    production: false,
    introspection: true,
    fieldSuggestions: true,
    reportUnexpected: () => undefined,
  });
  const contextValue: GatewayContext = {
    securityProfiles: harness.service,
    call: harness.callAs(teamA),
    warnings: [],
    rawVariables: {},
  };
  const response = await server.executeOperation(
    {
      query: getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, specifiedByUrl: true }),
    },
    { contextValue },
  );
  if (response.body.kind !== 'single' || !response.body.singleResult.data)
    throw new Error('no introspection result');
  const schema = buildClientSchema(response.body.singleResult.data as unknown as IntrospectionQuery);
  return printSchema(lexicographicSortSchema(schema));
}

describe('the schema the server serves', () => {
  it('is schema.graphql, descriptions and scalar names included', async () => {
    const file = printSchema(lexicographicSortSchema(buildSchema(readFileSync(SCHEMA_FILE, 'utf8'))));

    expect(await introspected()).toBe(file);
  });
});
