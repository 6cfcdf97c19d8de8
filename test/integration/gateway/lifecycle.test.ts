import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { dataOf } from '../../graphql/answer';
import { graphql } from '../../graphql/generated';
import { aRunningLocalStack, type RunningLocalStack } from './localStackHarness';

const ACCOUNT = '123456789012';
const snsOf = (team: string) => ({
  alertTargetArn: `arn:aws:sns:us-east-1:${ACCOUNT}:${team}-alerts`,
  roleArn: `arn:aws:iam::${ACCOUNT}:role/${team}-dd-alerts`,
});
const CREATE = graphql(`
  mutation LifecycleCreate($input: CreateSecurityProfileInput!) {
    createSecurityProfile(input: $input) {
      securityProfile {
        securityProfileName
        version
      }
      auditEventId
      applied
      changes {
        path
        before
        after
      }
    }
  }
`);
const LIST = graphql(`
  query LifecycleList($ownerTeam: String, $first: Int, $after: String) {
    securityProfiles(ownerTeam: $ownerTeam, first: $first, after: $after) {
      edges {
        cursor
        node {
          securityProfileName
          ownerTeam
          version
          lastModifiedDate
          profile {
            behaviors {
              name
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const PATCH = graphql(`
  mutation LifecyclePatch($input: PatchSecurityProfileInput!) {
    patchSecurityProfile(input: $input) {
      applied
    }
  }
`);
const DELETE = graphql(`
  mutation LifecycleDelete($input: DeleteSecurityProfileInput!) {
    deleteSecurityProfile(input: $input) {
      securityProfileName
      deleted
      auditEventId
    }
  }
`);
const TRANSFER = graphql(`
  mutation LifecycleTransfer($input: TransferSecurityProfileOwnershipInput!) {
    transferSecurityProfileOwnership(input: $input) {
      securityProfile {
        version
      }
      changes {
        path
        before
        after
      }
    }
  }
`);
const ATTACH = graphql(`
  mutation LifecycleAttach($input: SecurityProfileTargetInput!) {
    attachSecurityProfile(input: $input) {
      applied
    }
  }
`);
const DETACH = graphql(`
  mutation LifecycleDetach($input: SecurityProfileTargetInput!) {
    detachSecurityProfile(input: $input) {
      applied
    }
  }
`);
const TRAIL = graphql(`
  query LifecycleTrail($name: String!) {
    securityProfileAuditTrail(securityProfileName: $name) {
      edges {
        node {
          operation
          outcome
          ownerTeam
          previousOwnerTeam
          before {
            version
          }
          after {
            version
          }
        }
      }
    }
  }
`);

/** The members of the REST answers these tests read, in IoT's spelling. */
interface RestAnswer {
  code?: string;
  field?: string;
  applied?: boolean;
  deleted?: boolean;
  securityProfileName?: string;
  auditEventId?: string;
  securityProfile?: { version: number; creationDate: number };
  securityProfiles?: { securityProfileName: string; ownerTeam: string | null; version: number }[];
}

describe('a profile’s life through the gateway, every step refused to every other team', () => {
  let local: RunningLocalStack;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    local = await aRunningLocalStack();
    tokens.alice = await local.tokenFor('alice', ['team-a']);
    tokens.bob = await local.tokenFor('bob', ['team-b']);
    tokens.root = await local.tokenFor('root', ['platform-admins'], true);
    tokens.eve = await local.tokenFor('eve', ['security-audit']);
    tokens.nobody = await local.tokenFor('nobody', []);
  });
  afterAll(() => local.close());

  const gql = async <Data, Variables>(
    who: string,
    operation: TypedDocumentNode<Data, Variables>,
    variables: Variables,
  ) => (await local.graphql(tokens[who], operation, variables)).body;
  const listed = async (who: string, ownerTeam?: string) =>
    (await local.graphql(tokens[who], LIST, { ownerTeam, first: 100 })).body.data?.securityProfiles.edges.map(
      (edge) => edge.node.securityProfileName,
    ) ?? [];
  // Every answer is checked against the served OpenAPI document (see localStackHarness).
  const rest = (method: string, path: string, who: string, body?: unknown) =>
    local.rest<RestAnswer>(method, path, tokens[who], body === undefined ? undefined : JSON.stringify(body));

  it('GraphQL: create, find, transfer and delete, each refused to the others, each audited', async () => {
    const input = {
      securityProfileName: 'team-a-life',
      behaviors: [],
      alertTargets: { SNS: snsOf('team-a') },
    };
    const refusedCreate = await gql('eve', CREATE, { input });
    const created = await gql('alice', CREATE, { input });
    expect(refusedCreate.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'ownerTeam' });
    expect(dataOf(created).createSecurityProfile).toMatchObject({
      securityProfile: { securityProfileName: 'team-a-life', version: 1 },
      applied: true,
    });
    expect(dataOf(created).createSecurityProfile.changes[0]).toEqual({
      path: 'ownerTeam',
      before: null,
      after: 'team-a',
    });
    expect((await gql('alice', CREATE, { input })).errors?.[0]?.extensions).toMatchObject({
      code: 'ALREADY_EXISTS',
    });

    expect(await listed('alice')).toContain('team-a-life');
    expect(await listed('bob')).not.toContain('team-a-life');
    expect(await listed('eve')).toContain('team-a-life');
    expect(await listed('root')).toContain('team-a-life');
    expect(await listed('nobody')).toEqual([]);
    const node = dataOf(await gql('alice', LIST, { first: 100 })).securityProfiles.edges.find(
      (edge) => edge.node.securityProfileName === 'team-a-life',
    )?.node;
    expect(node).toMatchObject({ ownerTeam: 'team-a', version: 1, profile: { behaviors: [] } });

    // A caller who may not read the profile is answered as if it did not exist.
    const readers = { code: 'FORBIDDEN', rule: 'ADMIN_TEAM_REQUIRED' };
    for (const [who, refusal] of [
      ['alice', readers],
      ['eve', readers],
      ['bob', { code: 'NOT_FOUND' }],
    ] as const) {
      const refused = await gql(who, TRANSFER, {
        input: { securityProfileName: 'team-a-life', toTeam: 'team-b' },
      });
      expect(refused.errors?.[0]?.extensions).toMatchObject(refusal);
    }
    const foreignTargets = await gql('root', TRANSFER, {
      input: { securityProfileName: 'team-a-life', toTeam: 'team-b' },
    });
    expect(foreignTargets.errors?.[0]?.extensions).toMatchObject({
      rule: 'SNS_TOPIC_NOT_ALLOWED',
      field: 'alertTargets.SNS.alertTargetArn',
    });
    await gql('alice', PATCH, { input: { securityProfileName: 'team-a-life', deleteAlertTargets: true } });
    const moved = await gql('root', TRANSFER, {
      input: { securityProfileName: 'team-a-life', toTeam: 'team-b' },
    });
    expect(dataOf(moved).transferSecurityProfileOwnership.changes).toEqual([
      { path: 'ownerTeam', before: 'team-a', after: 'team-b' },
    ]);
    expect(await listed('bob', 'team-b')).toContain('team-a-life');

    for (const [who, code] of [
      ['alice', 'NOT_FOUND'],
      ['eve', 'FORBIDDEN'],
      ['nobody', 'NOT_FOUND'],
    ] as const) {
      const refused = await gql(who, DELETE, { input: { securityProfileName: 'team-a-life' } });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code });
    }
    const deleted = await gql('bob', DELETE, {
      input: { securityProfileName: 'team-a-life', expectedVersion: 2 },
    });
    expect(dataOf(deleted).deleteSecurityProfile).toMatchObject({
      securityProfileName: 'team-a-life',
      deleted: true,
    });
    expect(await listed('root')).not.toContain('team-a-life');

    const trail = dataOf(
      await gql('root', TRAIL, { name: 'team-a-life' }),
    ).securityProfileAuditTrail.edges.map((edge) => edge.node);
    expect(trail.filter((event) => event.outcome === 'SUCCEEDED')).toEqual([
      {
        operation: 'DELETE',
        outcome: 'SUCCEEDED',
        ownerTeam: 'team-b',
        previousOwnerTeam: null,
        before: { version: 2 },
        after: null,
      },
      {
        operation: 'TRANSFER_OWNERSHIP',
        outcome: 'SUCCEEDED',
        ownerTeam: 'team-b',
        previousOwnerTeam: 'team-a',
        before: { version: 2 },
        after: { version: 2 },
      },
      {
        operation: 'PATCH',
        outcome: 'SUCCEEDED',
        ownerTeam: 'team-a',
        previousOwnerTeam: null,
        before: { version: 1 },
        after: { version: 2 },
      },
      {
        operation: 'CREATE',
        outcome: 'SUCCEEDED',
        ownerTeam: 'team-a',
        previousOwnerTeam: null,
        before: null,
        after: { version: 1 },
      },
    ]);
  });

  it('GraphQL: refuses to transfer a profile attached to the old owner’s thing group, naming it, until it is detached', async () => {
    const name = 'team-a-watcher';
    const devices = `arn:aws:iot:us-east-1:${ACCOUNT}:thinggroup/team-a-devices`;
    const target = { securityProfileName: name, securityProfileTargetArn: devices };
    const transfer = { securityProfileName: name, toTeam: 'team-b' };
    // No alert targets: only the target stands between the profile and team B.
    dataOf(await gql('alice', CREATE, { input: { securityProfileName: name, behaviors: [] } }));
    expect(dataOf(await gql('alice', ATTACH, { input: target })).attachSecurityProfile.applied).toBe(true);

    for (const dryRun of [true, false]) {
      const refused = await gql('root', TRANSFER, { input: { ...transfer, dryRun } });
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        rule: 'TARGET_NOT_ALLOWED',
        field: `targets[${devices}]`,
      });
      expect(refused.errors?.[0]?.message).toContain(`target '${devices}' is not one that team 'team-b'`);
    }
    expect(await listed('bob', 'team-b')).not.toContain(name);
    const denied = dataOf(await gql('root', TRAIL, { name })).securityProfileAuditTrail.edges[0]?.node;
    expect(denied).toMatchObject({ operation: 'TRANSFER_OWNERSHIP', outcome: 'DENIED', ownerTeam: 'team-a' });

    expect(dataOf(await gql('alice', DETACH, { input: target })).detachSecurityProfile.applied).toBe(true);
    const moved = await gql('root', TRANSFER, { input: transfer });
    expect(dataOf(moved).transferSecurityProfileOwnership.changes).toEqual([
      { path: 'ownerTeam', before: 'team-a', after: 'team-b' },
    ]);
    expect(await listed('bob', 'team-b')).toContain(name);
  });

  it('GraphQL: refuses to create with another team’s SNS topic, and creates nothing', async () => {
    const input = {
      securityProfileName: 'team-a-foreign',
      alertTargets: { SNS: { ...snsOf('team-a'), alertTargetArn: snsOf('team-b').alertTargetArn } },
    };

    const refused = await gql('alice', CREATE, { input });

    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      rule: 'SNS_TOPIC_NOT_ALLOWED',
      field: 'alertTargets.SNS.alertTargetArn',
    });
    expect(await listed('root')).not.toContain('team-a-foreign');
    expect((await rest('GET', '/security-profiles/team-a-foreign', 'root')).status).toBe(404);
  });

  it('REST: the same life in IoT’s JSON, with each refusal’s status', async () => {
    const body = {
      securityProfileName: 'team-b-rest',
      securityProfileDescription: 'by REST',
      ownerTeam: 'team-b',
    };
    expect((await rest('POST', '/security-profiles', 'alice', body)).status).toBe(403);
    const created = await rest('POST', '/security-profiles', 'bob', body);
    expect(created).toMatchObject({ status: 200, body: { applied: true, securityProfile: { version: 1 } } });
    expect(typeof created.body.securityProfile?.creationDate).toBe('number');
    expect((await rest('POST', '/security-profiles', 'bob', body)).body).toMatchObject({
      code: 'ALREADY_EXISTS',
    });
    expect((await rest('POST', '/security-profiles', 'bob', body)).status).toBe(412);

    const page = await rest('GET', '/security-profiles?ownerTeam=team-b&first=100', 'bob');
    expect(page.status).toBe(200);
    expect(page.body.securityProfiles).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ securityProfileName: 'team-b-rest', ownerTeam: 'team-b', version: 1 }),
      ]),
    );
    expect((await rest('GET', '/security-profiles?ownerTeam=team-b', 'alice')).body).toMatchObject({
      code: 'FORBIDDEN',
      field: 'ownerTeam',
    });
    expect((await rest('GET', '/security-profiles?first=0', 'alice')).body).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });

    expect(
      (await rest('POST', '/security-profiles/team-b-rest/transfer', 'bob', { toTeam: 'team-a' })).status,
    ).toBe(403);
    const transferred = await rest('POST', '/security-profiles/team-b-rest/transfer', 'root', {
      toTeam: 'team-a',
    });
    expect(transferred).toMatchObject({ status: 200, body: { applied: true } });

    // Team B may no longer read it: answered as a missing profile.
    expect((await rest('DELETE', '/security-profiles/team-b-rest', 'bob')).status).toBe(404);
    expect((await rest('DELETE', '/security-profiles/team-b-rest?expectedVersion=7', 'alice')).status).toBe(
      409,
    );
    const dry = await rest('DELETE', '/security-profiles/team-b-rest?dryRun=true', 'alice');
    expect(dry.body).toMatchObject({
      deleted: false,
      auditEventId: expect.stringMatching(/^dry-run-/) as string,
    });
    const deleted = await rest('DELETE', '/security-profiles/team-b-rest', 'alice');
    expect(deleted).toMatchObject({
      status: 200,
      body: { securityProfileName: 'team-b-rest', deleted: true },
    });
    expect((await rest('GET', '/security-profiles/team-b-rest', 'alice')).status).toBe(404);
  });
});
