import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from '../../graphql/answer';
import { graphql } from '../../graphql/generated';
import { aRunningLocalStack, type RunningLocalStack } from './localStackHarness';

const CREATE = graphql(`
  mutation IncarnationCreate($input: CreateSecurityProfileInput!) {
    createSecurityProfile(input: $input) {
      auditEventId
    }
  }
`);
const UPDATE = graphql(`
  mutation IncarnationUpdate($input: UpdateSecurityProfileInput!) {
    updateSecurityProfile(input: $input) {
      auditEventId
    }
  }
`);
const DELETE = graphql(`
  mutation IncarnationDelete($input: DeleteSecurityProfileInput!) {
    deleteSecurityProfile(input: $input) {
      auditEventId
    }
  }
`);
const TRAIL = graphql(`
  query IncarnationTrail($name: String!) {
    securityProfileAuditTrail(securityProfileName: $name, first: 50) {
      edges {
        node {
          eventId
          incarnation {
            creationDate
          }
        }
      }
    }
  }
`);
const MINE = graphql(`
  query IncarnationMine {
    myAuditEvents(first: 50) {
      edges {
        node {
          eventId
          securityProfileName
        }
      }
    }
  }
`);
const NAME = 'Reborn';

/** The event ids of an answer of the REST routes `/security-profiles/{name}/audit-events` and `/audit-events/mine`. */
interface RestTrail {
  events?: { event: { eventId: string } }[];
}

describe('a profile deleted and created again for another team, read by every route', () => {
  let local: RunningLocalStack;
  const tokens: Record<string, string> = {};
  // Each call's audit event id, in the order made.
  const ids: Record<'created' | 'updated' | 'deleted' | 'recreated' | 'updatedAgain' | 'refused', string> = {
    created: '',
    updated: '',
    deleted: '',
    recreated: '',
    updatedAgain: '',
    refused: '',
  };

  beforeAll(async () => {
    local = await aRunningLocalStack();
    tokens.alice = await local.tokenFor('alice', ['team-a']);
    tokens.bob = await local.tokenFor('bob', ['team-b']);
    tokens.eve = await local.tokenFor('eve', ['security-audit']);
    tokens.root = await local.tokenFor('root', ['platform-admins'], true);
    const send = async <Data, Variables>(
      who: string,
      operation: TypedDocumentNode<Data, Variables>,
      variables: Variables,
    ) => (await local.graphql(tokens[who], operation, variables)).body;
    const change = { securityProfileName: NAME };
    ids.created = dataOf(await send('alice', CREATE, { input: change })).createSecurityProfile.auditEventId;
    ids.updated = dataOf(
      await send('alice', UPDATE, { input: { ...change, securityProfileDescription: 'A' } }),
    ).updateSecurityProfile.auditEventId;
    ids.deleted = dataOf(await send('alice', DELETE, { input: change })).deleteSecurityProfile.auditEventId;
    ids.recreated = dataOf(await send('bob', CREATE, { input: change })).createSecurityProfile.auditEventId;
    ids.updatedAgain = dataOf(
      await send('bob', UPDATE, { input: { ...change, securityProfileDescription: 'B' } }),
    ).updateSecurityProfile.auditEventId;
    await send('alice', UPDATE, { input: { ...change, securityProfileDescription: 'Not mine now' } });
    const mine = dataOf(await send('alice', MINE, {})).myAuditEvents.edges.map((edge) => edge.node.eventId);
    ids.refused = mine[0] ?? '';
  });
  afterAll(() => local.close());

  const graphqlTrail = async (who: string) =>
    dataOf(
      (await local.graphql(tokens[who], TRAIL, { name: NAME })).body,
    ).securityProfileAuditTrail.edges.map((edge) => edge.node.eventId);
  const graphqlMine = async (who: string) =>
    dataOf((await local.graphql(tokens[who], MINE, {})).body).myAuditEvents.edges.map(
      (edge) => edge.node.eventId,
    );
  const restIds = async (who: string, path: string) =>
    (await local.rest<RestTrail>('GET', path, tokens[who])).body.events?.map((item) => item.event.eventId);

  const teamA = () => [ids.deleted, ids.updated, ids.created];
  const teamB = () => [ids.refused, ids.updatedAgain, ids.recreated];

  it.each([
    ['alice, of the team that owned the deleted profile, its history only', 'alice', teamA],
    ['bob, of the team that owns the new one, its history only, with the refusal of alice', 'bob', teamB],
    ['eve, an auditor, both', 'eve', () => [...teamB(), ...teamA()]],
    ['root, an admin, both', 'root', () => [...teamB(), ...teamA()]],
  ])('the trail of the name shows %s, on GraphQL and REST', async (_who, who, expected) => {
    const [byGraphql, byRest] = await Promise.all([
      graphqlTrail(who),
      restIds(who, `/security-profiles/${NAME}/audit-events`),
    ]);

    expect(byGraphql).toEqual(expected());
    expect(byRest).toEqual(expected());
  });

  it.each([
    ['alice', () => [ids.refused, ...teamA()]],
    ['bob', () => [ids.updatedAgain, ids.recreated]],
  ])('myAuditEvents shows %s exactly the calls made, on GraphQL and REST', async (who, expected) => {
    const [byGraphql, byRest] = await Promise.all([graphqlMine(who), restIds(who, '/audit-events/mine')]);

    expect(byGraphql).toEqual(expected());
    expect(byRest).toEqual(expected());
  });

  it('tells the two lives apart by their incarnation', async () => {
    const { body } = await local.graphql(tokens.root, TRAIL, { name: NAME });

    const lives = dataOf(body).securityProfileAuditTrail.edges.map(
      (edge) => edge.node.incarnation?.creationDate,
    );
    expect(new Set(lives.slice(0, 3)).size).toBe(1);
    expect(new Set(lives.slice(3)).size).toBe(1);
    expect(lives[0]).not.toBe(lives[3]);
  });
});
