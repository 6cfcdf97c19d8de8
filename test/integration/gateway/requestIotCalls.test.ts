import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmulatedCloudTrailRecord } from '../../../src/local/iotEmulator/cloudTrail/cloudTrailRecord';
import { dataOf } from '../../graphql/answer';
import { graphql } from '../../graphql/generated';
import { reconcileNow } from '../audit/support/reconcileNow';
import { aRunningLocalStack, type RunningLocalStack } from './localStackHarness';

// No request makes more IoT calls than REQUEST_MAX_IOT_CALLS, however its document multiplies them
// (aliases, pages of profiles read whole): the call past the bound is never sent.

const FIVE_READS = graphql(`
  query FiveReads {
    a: securityProfile(securityProfileName: "PossibleIssue") {
      version
    }
    b: securityProfile(securityProfileName: "PossibleIssue") {
      version
    }
    c: securityProfile(securityProfileName: "PossibleIssue") {
      version
    }
    d: securityProfile(securityProfileName: "PossibleIssue") {
      version
    }
    e: securityProfile(securityProfileName: "PossibleIssue") {
      version
    }
  }
`);
const ONE_READ = graphql(`
  query OneRead {
    securityProfile(securityProfileName: "PossibleIssue") {
      version
    }
  }
`);
/** Two reads' worth, and half a third: five reads of two calls each pass it. */
const BOUND = 5;

describe('the IoT calls of one request, bounded by REQUEST_MAX_IOT_CALLS', () => {
  let local: RunningLocalStack;
  let alice: string;
  const records: EmulatedCloudTrailRecord[] = [];

  beforeAll(async () => {
    local = await aRunningLocalStack({
      env: { REQUEST_MAX_IOT_CALLS: String(BOUND) },
      onCloudTrailRecord: (record) => records.push(record),
    });
    alice = await local.tokenFor('alice', ['team-a']);
  });
  afterAll(() => local?.close());

  /** The IoT calls the emulator served while `request` ran. */
  async function callsDuring(request: () => Promise<unknown>): Promise<number> {
    const before = records.length;
    await request();
    await local.stack.cloudTrail.drained();
    return records.length - before;
  }

  it('answers a request within the bound whole (one read: a describe and the tags)', async () => {
    let body: Awaited<ReturnType<typeof local.graphql>>['body'] | undefined;
    const calls = await callsDuring(async () => ({ body } = await local.graphql(alice, ONE_READ)));

    expect(body?.errors).toBeUndefined();
    expect(calls).toBe(2);
  });

  it('sends no call past the bound, and names the setting in the fields it refused', async () => {
    let body: Awaited<ReturnType<typeof local.graphql>>['body'] | undefined;
    const calls = await callsDuring(async () => ({ body } = await local.graphql(alice, FIVE_READS)));

    expect(calls).toBe(BOUND);
    const refused = body?.errors ?? [];
    expect(refused.length).toBeGreaterThanOrEqual(2);
    for (const error of refused) {
      expect(error.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        limit: { setting: 'REQUEST_MAX_IOT_CALLS', max: BOUND },
      });
      expect(error.message).toBe(
        `The request has more than the ${BOUND} IoT calls allowed (REQUEST_MAX_IOT_CALLS).`,
      );
    }
    // What the request read within its bound stands.
    const answered = Object.values(body?.data ?? {}).filter((profile) => profile !== null);
    expect(answered.length).toBeGreaterThanOrEqual(1);
  });

  it('counts each request on its own: the next one has its whole bound again', async () => {
    const { body } = await local.graphql(alice, ONE_READ);

    expect(body.errors).toBeUndefined();
  });
});

const BOUNDED_CREATE = graphql(`
  mutation BoundedCreate($input: CreateSecurityProfileInput!) {
    createSecurityProfile(input: $input) {
      auditEventId
    }
  }
`);
const BOUNDED_TRAIL = graphql(`
  query BoundedCreateTrail($name: String!) {
    securityProfileAuditTrail(securityProfileName: $name, first: 5) {
      edges {
        node {
          operation
          outcome
          reconciliation {
            verdict
          }
        }
      }
    }
  }
`);

describe('a create whose read-back the bound refuses (REQUEST_MAX_IOT_CALLS=3)', () => {
  let local: RunningLocalStack;

  beforeAll(async () => {
    local = await aRunningLocalStack({ env: { REQUEST_MAX_IOT_CALLS: '3' } });
  });
  afterAll(() => local?.close());

  it('is never recorded FAILED: IoT made the profile, so it stays PENDING and the audit job records it applied', async () => {
    // The load's describe and tags, then the create: the describe that reads the profile back is the fourth call.
    const [alice, admin] = await Promise.all([
      local.tokenFor('alice', ['team-a']),
      local.tokenFor('root', [], true),
    ]);
    const name = 'team-a-bounded-create';

    const { body } = await local.graphql(alice, BOUNDED_CREATE, { input: { securityProfileName: name } });
    await reconcileNow(local.stack);

    expect(body.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    const trail = await local.graphql(admin, BOUNDED_TRAIL, { name });
    expect(dataOf(trail.body).securityProfileAuditTrail.edges.map(({ node }) => node)).toEqual([
      { operation: 'CREATE', outcome: 'SUCCEEDED', reconciliation: { verdict: 'APPLIED' } },
    ]);
  });
});
