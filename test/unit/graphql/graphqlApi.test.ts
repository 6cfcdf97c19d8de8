import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/domain/actor';
import { createGatewayServer } from '../../../src/graphql/createGatewayServer';
import type { GatewayContext } from '../../../src/graphql/context';
import { CLI_PAGE_GRAPHQL_INPUT } from '../../fixtures/awsCliPageExample';
import { dataOf, operationText, type Answer, type Operation } from '../../graphql/answer';
import { graphql } from '../../graphql/generated';
import type { BehaviorInput } from '../../graphql/generated/graphql';
import { aProfile } from '../../fixtures/profiles';
import { aServiceHarness, teamA, teamB } from '../../fakes/serviceHarness';

const UPDATE = graphql(`
  mutation ApiUpdate($input: UpdateSecurityProfileInput!) {
    updateSecurityProfile(input: $input) {
      attempts
      applied
      auditEventId
      changes {
        path
        before
        after
      }
      securityProfile {
        securityProfileName
        securityProfileArn
        securityProfileDescription
        version
        behaviors {
          name
          metric
          criteria {
            comparisonOperator
            value {
              count
              cidrs
            }
            durationSeconds
            consecutiveDatapointsToAlarm
            consecutiveDatapointsToClear
          }
        }
      }
    }
  }
`);
/** UPDATE as text, its variables unchecked: for the tests that send what the schema refuses. */
const UPDATE_UNTYPED = operationText(UPDATE);

const NAME = 'PossibleIssue';

function setUp(options: { production?: boolean } = {}) {
  const harness = aServiceHarness();
  harness.store.put(aProfile({ securityProfileName: NAME, version: 1n, behaviors: undefined }), 'team-a');
  const unexpected: unknown[] = [];
  const server = createGatewayServer({
    production: options.production ?? false,
    introspection: true,
    fieldSuggestions: !options.production,
    reportUnexpected: (error) => unexpected.push(error),
  });
  const execute = async <Data = unknown, Variables extends Record<string, unknown> = Record<string, unknown>>(
    operation: Operation<Data, Variables>,
    variables: Variables,
    actor: Actor = teamA,
  ) => {
    const contextValue: GatewayContext = {
      securityProfiles: harness.service,
      call: harness.callAs(actor),
      warnings: [],
      rawVariables: {},
    };
    const request = { query: operationText(operation), variables };
    const response = await server.executeOperation(request, { contextValue });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult as Answer<Data>;
  };
  return { ...harness, execute, unexpected };
}

describe('the updateSecurityProfile mutation', () => {
  it('applies the AWS CLI page example and answers with the profile as IoT returned it', async () => {
    const { execute, store } = setUp();

    const result = await execute(UPDATE, { input: CLI_PAGE_GRAPHQL_INPUT });

    expect(result.errors).toBeUndefined();
    const payload = dataOf(result).updateSecurityProfile;
    expect(payload.attempts).toBe(1);
    expect(payload.securityProfile.version).toBe(2);
    expect(payload.securityProfile.behaviors?.[0]).toEqual({
      name: 'CellularBandwidth',
      metric: 'aws:message-byte-size',
      criteria: {
        comparisonOperator: 'GREATER_THAN',
        value: { count: 128, cidrs: null },
        durationSeconds: null,
        consecutiveDatapointsToAlarm: 1,
        consecutiveDatapointsToClear: 1,
      },
    });
    // What reached IoT carries AWS's spelling of the operator and exact 64-bit counts.
    expect(store.updates[0]?.request.behaviors?.[1]?.criteria).toMatchObject({
      comparisonOperator: 'less-than',
      value: { count: 12n },
    });
  });

  it('makes a change an unconfirmed rule finds fault with, saying so in extensions.warnings', async () => {
    const { execute, store } = setUp();
    const [rules] = CLI_PAGE_GRAPHQL_INPUT.behaviors;
    const ml: BehaviorInput = {
      name: 'Ml',
      metric: 'aws:num-messages-sent',
      criteria: { mlDetectionConfig: { confidenceLevel: 'HIGH' } },
    };

    const result = await execute(UPDATE, { input: { securityProfileName: NAME, behaviors: [rules!, ml] } });

    expect(result.errors).toBeUndefined();
    expect(result.data?.updateSecurityProfile.applied).toBe(true);
    expect(result.extensions?.warnings).toEqual([
      {
        code: 'UNCONFIRMED_RULE',
        field: 'behaviors[1].criteria',
        message: expect.stringContaining('a reading no AWS source confirms (mlOrRulesProfile)') as string,
      },
    ]);
    expect(store.updates).toHaveLength(1);
  });

  it('audits the input as the client sent it in its variables, enum names and all', async () => {
    const { execute, auditLog } = setUp();

    await execute(UPDATE, { input: CLI_PAGE_GRAPHQL_INPUT });

    expect(auditLog.outcomes[0]?.input).toStrictEqual(CLI_PAGE_GRAPHQL_INPUT);
  });

  it('audits an input written in the document as written, with its variables as sent', async () => {
    const { execute, auditLog } = setUp();
    const document = `mutation($description: String) { updateSecurityProfile(input: {
      securityProfileName: "${NAME}", securityProfileDescription: $description, behaviors: [{
        name: "Big", metric: "aws:num-messages-sent",
        criteria: { comparisonOperator: GREATER_THAN, value: { count: 9007199254740993 }, durationSeconds: 300 }
      }] }) { attempts } }`;

    await execute(document, { description: 'from a variable' });

    expect(auditLog.outcomes[0]?.input).toStrictEqual({
      securityProfileName: NAME,
      securityProfileDescription: 'from a variable',
      behaviors: [
        {
          name: 'Big',
          metric: 'aws:num-messages-sent',
          criteria: {
            comparisonOperator: 'GREATER_THAN',
            value: { count: 9007199254740993n },
            durationSeconds: 300,
          },
        },
      ],
    });
  });

  it("spells the operator in changes as the payload's securityProfile does: by its enum name", async () => {
    const { execute } = setUp();
    const cellular = CLI_PAGE_GRAPHQL_INPUT.behaviors[0]!;
    await execute(UPDATE, { input: { securityProfileName: NAME, behaviors: [cellular] } });
    const flipped = {
      ...cellular,
      criteria: { ...cellular.criteria, comparisonOperator: 'LESS_THAN' as const },
    };

    const added = await execute(UPDATE, {
      input: { securityProfileName: NAME, behaviors: [cellular, { ...cellular, name: 'Second' }] },
    });
    const changed = await execute(UPDATE, { input: { securityProfileName: NAME, behaviors: [flipped] } });

    expect(added.data?.updateSecurityProfile.changes).toContainEqual({
      path: 'behaviors[name=Second]',
      before: null,
      after: expect.objectContaining({
        criteria: expect.objectContaining({ comparisonOperator: 'GREATER_THAN' }) as unknown,
      }) as unknown,
    });
    expect(changed.data?.updateSecurityProfile.changes).toContainEqual({
      path: 'behaviors[name=CellularBandwidth].criteria.comparisonOperator',
      before: 'GREATER_THAN',
      after: 'LESS_THAN',
    });
    expect(
      changed.data?.updateSecurityProfile.securityProfile.behaviors?.[0]?.criteria?.comparisonOperator,
    ).toBe('LESS_THAN');
  });

  it('keeps a count above 2^53 exact, answering it as a decimal string', async () => {
    const { execute } = setUp();
    const big = '1152921504606846977';
    const behaviors: BehaviorInput[] = [
      {
        ...CLI_PAGE_GRAPHQL_INPUT.behaviors[0]!,
        criteria: { comparisonOperator: 'GREATER_THAN', value: { count: big } },
      },
    ];

    const result = await execute(UPDATE, { input: { securityProfileName: NAME, behaviors } });

    const [behavior] = dataOf(result).updateSecurityProfile.securityProfile.behaviors ?? [];
    expect(behavior?.criteria?.value?.count).toBe(big);
  });

  it('refuses a count that arrived as a number already rounded, rather than store a value never sent', async () => {
    const { execute, store } = setUp();
    const behaviors: BehaviorInput[] = [
      {
        ...CLI_PAGE_GRAPHQL_INPUT.behaviors[0]!,
        criteria: { comparisonOperator: 'GREATER_THAN', value: { count: 2 ** 60 + 1 } },
      },
    ];

    const result = await execute(UPDATE, { input: { securityProfileName: NAME, behaviors } });

    expect(result.errors?.[0]?.message).toContain('arrived as a rounded number; send it as a decimal string');
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'behaviors[0].criteria.value.count',
    });
    expect(store.updates).toHaveLength(0);
  });

  it('rejects an unknown enum value before any resolver runs, naming the field', async () => {
    const { execute, store } = setUp();
    const behaviors = [
      { name: 'B', metric: 'aws:num-messages-sent', criteria: { comparisonOperator: 'BIGGER' } },
    ];

    const result = await execute(UPDATE_UNTYPED, { input: { securityProfileName: NAME, behaviors } });

    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'behaviors[0].criteria.comparisonOperator',
    });
    expect(store.loads).toBe(0);
  });

  it('names the field of a wrong enum written in the document itself', async () => {
    const { execute, store } = setUp();
    const document = `mutation { updateSecurityProfile(input: { securityProfileName: "${NAME}", behaviors: [
      { name: "A", metric: "aws:num-messages-sent" },
      { name: "B", metric: "aws:num-messages-sent", criteria: { comparisonOperator: BIGGER } }
    ] }) { attempts } }`;

    const result = await execute(document, {});

    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'behaviors[1].criteria.comparisonOperator',
    });
    expect(store.loads).toBe(0);
  });

  it('rejects a negative count with BAD_USER_INPUT naming the field, and sends nothing to IoT', async () => {
    const { execute, store } = setUp();
    const behaviors: BehaviorInput[] = [
      {
        name: 'B',
        metric: 'aws:num-messages-sent',
        criteria: { comparisonOperator: 'GREATER_THAN', value: { count: -1 }, durationSeconds: 300 },
      },
    ];

    const result = await execute(UPDATE, { input: { securityProfileName: NAME, behaviors } });

    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'behaviors[0].criteria.value.count',
    });
    expect(store.updates).toHaveLength(0);
  });

  it('rejects a too-long profile name with BAD_USER_INPUT naming the field', async () => {
    const { execute } = setUp();

    const result = await execute(UPDATE, { input: { securityProfileName: 'x'.repeat(129) } });

    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'securityProfileName',
    });
  });

  it('rejects a malformed document with BAD_USER_INPUT', async () => {
    const { execute } = setUp();

    const result = await execute('mutation { updateSecurityProfile(', {});

    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers a stale expectedVersion with VERSION_CONFLICT and the current version', async () => {
    const { execute } = setUp();

    const result = await execute(UPDATE, {
      input: { securityProfileName: NAME, securityProfileDescription: 'x', expectedVersion: 7 },
    });

    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'VERSION_CONFLICT',
      currentVersion: 1,
      attempts: 0,
    });
  });

  it('answers another team NOT_FOUND, as for a missing profile, and changes nothing', async () => {
    const { execute, store } = setUp();

    const result = await execute(
      UPDATE,
      { input: { securityProfileName: NAME, securityProfileDescription: 'x' } },
      teamB,
    );

    expect(result.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND' });
    expect(store.get(NAME)?.profile.version).toBe(1n);
  });

  it('answers NOT_FOUND for a profile that does not exist', async () => {
    const { execute } = setUp();

    const result = await execute(UPDATE, {
      input: { securityProfileName: 'Nope', securityProfileDescription: 'x' },
    });

    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('hides an unexpected error’s message and stack in production', async () => {
    const { execute, store } = setUp({ production: true });
    store.beforeLoad = () => {
      throw new Error('secret internal detail arn:aws:iam::999999999999:role/gateway');
    };

    const result = await execute(UPDATE, {
      input: { securityProfileName: NAME, securityProfileDescription: 'x' },
    });

    expect(result.errors?.[0]).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
});

describe('the securityProfile query', () => {
  const QUERY = graphql(`
    query ApiRead($n: String!) {
      securityProfile(securityProfileName: $n) {
        securityProfileName
        version
        creationDate
      }
    }
  `);

  it('describes a profile the caller may read', async () => {
    const { execute } = setUp();

    const result = await execute(QUERY, { n: NAME });

    expect(result.data?.securityProfile).toEqual({
      securityProfileName: NAME,
      version: 1,
      creationDate: '2026-01-05T09:00:00.000Z',
    });
  });

  it('answers null for a profile that does not exist', async () => {
    const { execute } = setUp();

    const result = await execute(QUERY, { n: 'Nope' });

    expect(result.errors).toBeUndefined();
    expect(result.data?.securityProfile).toBeNull();
  });

  it('shows another team nothing: null, as for a missing profile', async () => {
    const { execute } = setUp();

    const result = await execute(QUERY, { n: NAME }, teamB);

    expect(result.errors).toBeUndefined();
    expect(result.data?.securityProfile).toBeNull();
  });
});
