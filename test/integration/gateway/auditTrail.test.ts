import { DescribeSecurityProfileCommand, IoTClient } from '@aws-sdk/client-iot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from '../../graphql/answer';
import { graphql } from '../../graphql/generated';
import { aRunningLocalStack, type RunningLocalStack } from './localStackHarness';

const UPDATE = graphql(`
  mutation AuditTrailUpdate($input: UpdateSecurityProfileInput!) {
    updateSecurityProfile(input: $input) {
      auditEventId
      attempts
      changes {
        path
        before
        after
      }
    }
  }
`);
const TRAIL = graphql(`
  query AuditTrail($name: String!, $first: Int, $after: String) {
    securityProfileAuditTrail(securityProfileName: $name, first: $first, after: $after) {
      edges {
        cursor
        node {
          eventId
          outcome
          errorCode
          operation
          securityProfileName
          securityProfileArn
          ownerTeam
          attempts
          versionBefore
          versionAfter
          actor {
            subject
            teams
            isAdmin
          }
          changes {
            path
            before
            after
          }
          before {
            version
            securityProfileDescription
          }
          after {
            version
            securityProfileDescription
          }
          input
          apiRequestId
          lambdaRequestId
          sourceIp
          userAgent
          time
          completedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const MINE = graphql(`
  query AuditTrailMine {
    myAuditEvents(first: 10) {
      edges {
        node {
          eventId
          securityProfileName
          outcome
          input
          before {
            version
          }
          after {
            version
          }
          versionBefore
          ownerTeam
          changes {
            path
          }
        }
      }
    }
  }
`);

describe('the audit trail through the local stack', () => {
  let local: RunningLocalStack;
  let alice: string;
  let bob: string;
  let appliedId: string;
  let changes: unknown;

  beforeAll(async () => {
    local = await aRunningLocalStack();
    alice = await local.tokenFor('alice', ['team-a']);
    bob = await local.tokenFor('bob', ['team-b']);
    const applied = await local.graphql(alice, UPDATE, {
      input: { securityProfileName: 'PossibleIssue', securityProfileDescription: 'Audited change' },
    });
    ({ auditEventId: appliedId, changes } = dataOf(applied.body).updateSecurityProfile);
    await local.graphql(bob, UPDATE, {
      input: { securityProfileName: 'PossibleIssue', securityProfileDescription: 'Intrusion' },
    });
  });
  afterAll(() => local.close());

  it('records who changed what, from what to what, with the payload’s diff', async () => {
    const { body } = await local.graphql(alice, TRAIL, { name: 'PossibleIssue' });

    const applied = dataOf(body)
      .securityProfileAuditTrail.edges.map((e) => e.node)
      .find((n) => n.eventId === appliedId);
    expect(applied).toMatchObject({
      outcome: 'SUCCEEDED',
      operation: 'UPDATE',
      ownerTeam: 'team-a',
      attempts: 1,
      versionBefore: 1,
      versionAfter: 2,
      actor: { subject: 'alice', teams: ['team-a'], isAdmin: false },
      before: { version: 1, securityProfileDescription: 'Initial profile' },
      after: { version: 2, securityProfileDescription: 'Audited change' },
      input: { securityProfileName: 'PossibleIssue', securityProfileDescription: 'Audited change' },
      sourceIp: '127.0.0.1',
    });
    expect(applied?.changes).toEqual(changes);
    expect(applied?.apiRequestId).toEqual(expect.any(String));
    expect(Date.parse(applied?.completedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(applied?.time ?? ''));
  });

  it('records the refused change of another team too, newest first', async () => {
    const { body } = await local.graphql(alice, TRAIL, { name: 'PossibleIssue' });

    const outcomes = dataOf(body).securityProfileAuditTrail.edges.map((e) => [
      e.node.outcome,
      e.node.actor.subject,
    ]);
    // Below them, the baseline the audit job recorded when the local stack started.
    expect(outcomes).toEqual([
      ['DENIED', 'bob'],
      ['SUCCEEDED', 'alice'],
      ['SUCCEEDED', 'audit:baseline'],
    ]);
  });

  it('pages through the trail with cursors', async () => {
    const first = await local.graphql(alice, TRAIL, { name: 'PossibleIssue', first: 1 });
    const page = dataOf(first.body).securityProfileAuditTrail;

    const second = await local.graphql(alice, TRAIL, {
      name: 'PossibleIssue',
      first: 1,
      after: page.pageInfo.endCursor,
    });

    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(dataOf(second.body).securityProfileAuditTrail.edges[0]?.node.eventId).toBe(appliedId);
  });

  it('shows another team none of a profile’s trail, as for a name that does not exist', async () => {
    const existing = await local.graphql(bob, TRAIL, { name: 'PossibleIssue' });
    const missing = await local.graphql(bob, TRAIL, { name: 'NoSuchProfile' });

    expect(dataOf(existing.body).securityProfileAuditTrail).toEqual({
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
    expect(missing.body).toEqual(existing.body);
  });

  it('lists a caller’s own actions, the refused ones with what it sent and nothing of the profile', async () => {
    const { body } = await local.graphql(bob, MINE);

    expect(dataOf(body).myAuditEvents.edges.map((e) => e.node)).toEqual([
      {
        eventId: expect.any(String) as string,
        securityProfileName: 'PossibleIssue',
        // As bob was answered: a profile he may not read reads as a missing one (the trail keeps DENIED).
        outcome: 'FAILED',
        input: { securityProfileName: 'PossibleIssue', securityProfileDescription: 'Intrusion' },
        before: null,
        after: null,
        versionBefore: null,
        ownerTeam: null,
        changes: [],
      },
    ]);
  });

  it('refuses to change a profile when the audit store is unreachable, and IoT stays untouched', async () => {
    const iot = new IoTClient({
      endpoint: local.stack.iot.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    });
    const before = await iot.send(
      new DescribeSecurityProfileCommand({ securityProfileName: 'PossibleIssue' }),
    );
    await local.stack.dynamo.close();

    const { body } = await local.graphql(alice, UPDATE, {
      input: { securityProfileName: 'PossibleIssue', securityProfileDescription: 'Unaudited' },
    });

    expect(body.errors?.[0]?.extensions?.code).toBe('AUDIT_UNAVAILABLE');
    const after = await iot.send(
      new DescribeSecurityProfileCommand({ securityProfileName: 'PossibleIssue' }),
    );
    expect(after.version).toBe(before.version);
    expect(after.securityProfileDescription).toBe(before.securityProfileDescription);
  });
});
