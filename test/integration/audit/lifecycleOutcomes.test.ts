import { DescribeSecurityProfileCommand, IoTClient } from '@aws-sdk/client-iot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FaultSettings } from '../../../src/local/iotEmulator/FaultController';
import { dataOf } from '../../graphql/answer';
import { graphql } from '../../graphql/generated';
import { aRunningLocalStack, type RunningLocalStack } from '../gateway/localStackHarness';
import { reconcileNow } from './support/reconcileNow';

// A create, an attach, a detach or a delete whose answer is lost stays PENDING; the audit job then
// judges it from CloudTrail's record of the call's own write (none of them makes a version whose
// content could be compared): the trail says what IoT did, call by call.

const CREATE = graphql(`
  mutation LostCreate($input: CreateSecurityProfileInput!) {
    createSecurityProfile(input: $input) {
      auditEventId
    }
  }
`);
const ATTACH = graphql(`
  mutation LostAttach($input: SecurityProfileTargetInput!) {
    attachSecurityProfile(input: $input) {
      auditEventId
    }
  }
`);
const DELETE = graphql(`
  mutation LostDelete($input: DeleteSecurityProfileInput!) {
    deleteSecurityProfile(input: $input) {
      deleted
    }
  }
`);
const TRAIL = graphql(`
  query LostAnswersTrail($name: String!) {
    securityProfileAuditTrail(securityProfileName: $name, first: 20) {
      edges {
        node {
          operation
          outcome
          versionAfter
          reconciliation {
            verdict
          }
        }
      }
    }
  }
`);
const GROUP = 'arn:aws:iot:us-east-1:123456789012:thinggroup/team-a-devices';

let local: RunningLocalStack;
let alice: string;
let admin: string;
let iot: IoTClient;

beforeAll(async () => {
  local = await aRunningLocalStack();
  [alice, admin] = await Promise.all([local.tokenFor('alice', ['team-a']), local.tokenFor('root', [], true)]);
  iot = new IoTClient({
    endpoint: local.stack.iot.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
  });
});
afterAll(() => local?.close());

/** Runs `call` with `fault` on `operation` alone, and returns the error code its caller was answered. */
async function underFault(
  operation: string,
  fault: Partial<FaultSettings>,
  call: () => Promise<{ errors?: readonly { extensions?: Record<string, unknown> }[] }>,
): Promise<unknown> {
  local.stack.iot.faults.set({ ...fault, operations: [operation] });
  try {
    return (await call()).errors?.[0]?.extensions?.code;
  } finally {
    local.stack.iot.faults.clear();
  }
}

const reconcile = () => reconcileNow(local.stack);

async function trailOf(name: string) {
  const { body } = await local.graphql(admin, TRAIL, { name });
  return dataOf(body).securityProfileAuditTrail.edges.map(({ node }) => node);
}

const creation = (securityProfileName: string) => ({
  input: { securityProfileName, securityProfileDescription: 'Answers lost on the way back' },
});

describe('lifecycle calls whose answers were lost, judged by the audit job', () => {
  it('records the create, the attach and the delete IoT applied as SUCCEEDED, from CloudTrail', async () => {
    const name = 'team-a-lost-answers';
    const dropAfter = { dropAfterRate: 1 };

    const created = await underFault(
      'CreateSecurityProfile',
      dropAfter,
      async () => (await local.graphql(alice, CREATE, creation(name))).body,
    );
    const attached = await underFault(
      'AttachSecurityProfile',
      dropAfter,
      async () =>
        (
          await local.graphql(alice, ATTACH, {
            input: { securityProfileName: name, securityProfileTargetArn: GROUP },
          })
        ).body,
    );
    const deleted = await underFault(
      'DeleteSecurityProfile',
      dropAfter,
      async () => (await local.graphql(alice, DELETE, { input: { securityProfileName: name } })).body,
    );
    await reconcile();

    expect([created, attached, deleted]).toEqual([
      'UPSTREAM_UNAVAILABLE',
      'UPSTREAM_UNAVAILABLE',
      'UPSTREAM_UNAVAILABLE',
    ]);
    await expect(
      iot.send(new DescribeSecurityProfileCommand({ securityProfileName: name })),
    ).rejects.toThrow();
    expect(await trailOf(name)).toEqual([
      {
        operation: 'DELETE',
        outcome: 'SUCCEEDED',
        versionAfter: null,
        reconciliation: { verdict: 'APPLIED' },
      },
      { operation: 'ATTACH', outcome: 'SUCCEEDED', versionAfter: 1, reconciliation: { verdict: 'APPLIED' } },
      { operation: 'CREATE', outcome: 'SUCCEEDED', versionAfter: 1, reconciliation: { verdict: 'APPLIED' } },
    ]);
  });

  it('records a create that never reached IoT as FAILED, claiming no version, and for review: nothing shows it made none', async () => {
    const name = 'team-a-never-created';

    const answered = await underFault(
      'CreateSecurityProfile',
      { dropBeforeRate: 1 },
      async () => (await local.graphql(alice, CREATE, creation(name))).body,
    );
    await reconcile();

    expect(answered).toBe('UPSTREAM_UNAVAILABLE');
    expect(await trailOf(name)).toEqual([
      {
        operation: 'CREATE',
        outcome: 'FAILED',
        versionAfter: null,
        reconciliation: { verdict: 'UNDETERMINED' },
      },
    ]);
  });
});
