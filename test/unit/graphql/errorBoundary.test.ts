import { describe, expect, it } from 'vitest';
import { createGatewayServer, MAX_REPORTED_ERRORS } from '../../../src/graphql/createGatewayServer';
import type { GatewayContext } from '../../../src/graphql/context';
import type { Answer } from '../../graphql/answer';
import { aProfile } from '../../fixtures/profiles';
import { aServiceHarness, teamA } from '../../fakes/serviceHarness';

const NAME = 'PossibleIssue';

function setUp(options: { production: boolean }) {
  const harness = aServiceHarness();
  harness.store.put(aProfile({ securityProfileName: NAME, version: 1n }), 'team-a');
  const unexpected: unknown[] = [];
  const server = createGatewayServer({
    production: options.production,
    introspection: !options.production,
    fieldSuggestions: !options.production,
    reportUnexpected: (error) => unexpected.push(error),
  });
  const execute = async (request: Parameters<typeof server.executeOperation>[0]) => {
    const contextValue: GatewayContext = {
      securityProfiles: harness.service,
      call: harness.callAs(teamA),
      warnings: [],
      rawVariables: {},
    };
    const response = await server.executeOperation(request, { contextValue });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    // Every operation here is refused or read for its errors only: no data to type.
    const result = response.body.singleResult as Answer<unknown>;
    return { status: response.http.status ?? 200, ...result };
  };
  return { ...harness, execute, unexpected };
}

const DESCRIBE = `query { securityProfile(securityProfileName: "${NAME}") { version } }`;

describe('the GraphQL error boundary', () => {
  it('reports an unexpected resolver error once, with its cause, before masking it', async () => {
    const { execute, store, unexpected } = setUp({ production: true });
    const thrown = new Error('DescribeSecurityProfile failed', { cause: new Error('ECONNRESET') });
    store.beforeLoad = () => {
      throw thrown;
    };

    const result = await execute({ query: DESCRIBE });

    expect(result.errors).toEqual([
      { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
    expect(unexpected).toEqual([thrown]);
  });

  it('reports nothing for the gateway’s own errors', async () => {
    const { execute, unexpected } = setUp({ production: true });

    const result = await execute({
      query:
        'mutation { updateSecurityProfile(input: { securityProfileName: "Nope", securityProfileDescription: "x" }) { attempts } }',
    });

    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(unexpected).toEqual([]);
  });

  it('answers a persisted-query request with a clear BAD_USER_INPUT and HTTP 400', async () => {
    const { execute, unexpected } = setUp({ production: true });

    const result = await execute({
      query: DESCRIBE,
      extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } },
    });

    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'PERSISTED_QUERY_NOT_SUPPORTED',
    });
    expect(result.errors?.[0]?.message).toMatch(/^PersistedQueryNotSupported: .*whole document/);
    expect(unexpected).toEqual([]);
  });

  it.each([
    ['a misspelt field', `query { securityProfile(securityProfileName: "${NAME}") { versio } }`, {}],
    [
      'a misspelt enum value in a variable',
      'mutation($i: UpdateSecurityProfileInput!) { updateSecurityProfile(input: $i) { attempts } }',
      {
        i: {
          securityProfileName: NAME,
          behaviors: [
            { name: 'B', metric: 'aws:num-messages-sent', criteria: { comparisonOperator: 'LESS_THA' } },
          ],
        },
      },
    ],
    [
      'a misspelt input field in a variable',
      'mutation($i: UpdateSecurityProfileInput!) { updateSecurityProfile(input: $i) { attempts } }',
      { i: { securityProfileName: NAME, securityProfileDescriptio: 'x' } },
    ],
  ])('suggests no schema name for %s outside development', async (_case, query, variables) => {
    const production = setUp({ production: true });
    const development = setUp({ production: false });

    const hidden = await production.execute({ query, variables });
    const shown = await development.execute({ query, variables });

    expect(hidden.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(hidden.errors?.[0]?.message).not.toMatch(/Did you mean/);
    expect(shown.errors?.[0]?.message).toMatch(/Did you mean/);
  });

  it('names the field of every wrong literal, and reports at most a capped number of errors', async () => {
    const { execute, store } = setUp({ production: true });
    const behaviors = Array.from(
      { length: 3 * MAX_REPORTED_ERRORS },
      (_, i) =>
        `{ name: "B${i}", metric: "aws:num-messages-sent", criteria: { comparisonOperator: BIGGER } }`,
    );
    const query = `mutation { updateSecurityProfile(input: { securityProfileName: "${NAME}", behaviors: [${behaviors.join(',')}] }) { attempts } }`;

    const result = await execute({ query });

    const fields = result.errors?.map((error) => error.extensions?.field).filter(Boolean);
    expect(fields?.slice(0, 3)).toEqual([
      'behaviors[0].criteria.comparisonOperator',
      'behaviors[1].criteria.comparisonOperator',
      'behaviors[2].criteria.comparisonOperator',
    ]);
    expect(result.errors?.length).toBeLessThanOrEqual(MAX_REPORTED_ERRORS + 1);
    expect(store.loads).toBe(0);
  });
});
