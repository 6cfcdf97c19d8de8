import { CreateSecurityProfileCommand, IoTClient } from '@aws-sdk/client-iot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incompressibleText } from '../../fixtures/auditEvents';
import { dataOf } from '../../graphql/answer';
import { graphql } from '../../graphql/generated';
import { aRunningLocalStack, type RunningLocalStack } from './localStackHarness';

const UPDATE = graphql(`
  mutation AuditSizeUpdate($input: UpdateSecurityProfileInput!) {
    updateSecurityProfile(input: $input) {
      auditEventId
    }
  }
`);
const TRAIL = graphql(`
  query AuditSizeTrail($name: String!) {
    securityProfileAuditTrail(securityProfileName: $name, first: 5) {
      edges {
        node {
          eventId
          outcome
          errorCode
          input
          versionBefore
          versionAfter
          before {
            behaviors {
              name
              criteria {
                value {
                  strings
                }
              }
            }
          }
          after {
            securityProfileDescription
            behaviors {
              name
            }
          }
          changes {
            path
          }
        }
      }
    }
  }
`);

/** A profile of custom-metric behaviors holding 1,000 strings of 250 characters: about 260 KB. */
function largeBehaviors() {
  return Array.from({ length: 4 }, (_, b) => ({
    name: `Allowed${b}`,
    metric: `allowed-firmware-${b}`,
    criteria: {
      comparisonOperator: 'in-set' as const,
      value: { strings: Array.from({ length: 250 }, (_, s) => `${b}-${s}-`.padEnd(250, 'x')) },
    },
  }));
}

describe('events of any size, through the local stack', () => {
  let local: RunningLocalStack;
  let alice: string;

  beforeAll(async () => {
    // A body past REQUEST_MAX_BYTES's default is refused before it is audited; raised here, the
    // refused input makes an event larger than one DynamoDB item.
    local = await aRunningLocalStack({ env: { REQUEST_MAX_BYTES: '1000000' } });
    alice = await local.tokenFor('alice', ['team-a']);
  });
  afterAll(() => local.close());

  it('audits a refused input of 450 KB, whole', async () => {
    const description = incompressibleText(450_000);

    const { body } = await local.graphql(alice, UPDATE, {
      input: { securityProfileName: 'PossibleIssue', securityProfileDescription: description },
    });
    const trail = await local.graphql(await local.tokenFor('root', [], true), TRAIL, {
      name: 'PossibleIssue',
    });

    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const [refusal] = dataOf(trail.body).securityProfileAuditTrail.edges.map((e) => e.node);
    expect(refusal).toMatchObject({ outcome: 'INVALID', errorCode: 'BAD_USER_INPUT' });
    expect(refusal?.input).toEqual({
      securityProfileName: 'PossibleIssue',
      securityProfileDescription: description,
    });
  });

  it('audits a change of a profile past 200 KB fully: before, after and changes', async () => {
    const iot = new IoTClient({
      endpoint: local.stack.iot.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'platform-cli', secretAccessKey: 'x' },
    });
    const behaviors = largeBehaviors();
    await iot.send(
      new CreateSecurityProfileCommand({
        securityProfileName: 'LargeProfile',
        behaviors,
        tags: [{ Key: 'team', Value: 'team-a' }],
      }),
    );
    expect(JSON.stringify(behaviors).length).toBeGreaterThan(200_000);

    const { body } = await local.graphql(alice, UPDATE, {
      input: { securityProfileName: 'LargeProfile', securityProfileDescription: 'Still large' },
    });
    const trail = await local.graphql(alice, TRAIL, { name: 'LargeProfile' });

    expect(body.errors).toBeUndefined();
    const change = dataOf(trail.body)
      .securityProfileAuditTrail.edges.map((e) => e.node)
      .find((node) => node.eventId === dataOf(body).updateSecurityProfile.auditEventId);
    expect(change).toMatchObject({
      outcome: 'SUCCEEDED',
      versionBefore: 1,
      versionAfter: 2,
      after: { securityProfileDescription: 'Still large' },
      changes: [{ path: 'securityProfileDescription' }],
    });
    expect(change?.before?.behaviors).toEqual(
      behaviors.map(({ name, criteria }) => ({
        name,
        criteria: { value: { strings: criteria.value.strings } },
      })),
    );
    expect(change?.after?.behaviors).toHaveLength(4);
  });
});
