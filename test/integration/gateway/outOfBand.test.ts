import {
  CreateSecurityProfileCommand,
  DeleteSecurityProfileCommand,
  IoTClient,
  TagResourceCommand,
  UpdateSecurityProfileCommand,
} from '@aws-sdk/client-iot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoIotCallLog } from '../../../src/adapters/audit/DynamoIotCallLog';
import { createAuditDocumentClient } from '../../../src/adapters/audit/createAuditDocumentClient';
import { dataOf } from '../../graphql/answer';
import { graphql } from '../../graphql/generated';
import { awsCliVersion, runAwsIot } from '../../conformance/support/awsCli';
import { aRunningLocalStack, type RunningLocalStack } from './localStackHarness';

const TRAIL = graphql(`
  query OutOfBandTrail($name: String!) {
    securityProfileAuditTrail(securityProfileName: $name, first: 20) {
      edges {
        node {
          eventId
          operation
          outcome
          ownerTeam
          previousOwnerTeam
          versionBefore
          versionAfter
          actor {
            subject
          }
          changes {
            path
            before
            after
          }
          observation {
            detectedBy
            note
          }
          attribution {
            principal
            eventName
            eventID
            eventTime
            sourceIPAddress
            userAgent
            userIdentity
          }
          incarnation {
            creationDate
          }
        }
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation OutOfBandUpdate($input: UpdateSecurityProfileInput!) {
    updateSecurityProfile(input: $input) {
      auditEventId
    }
  }
`);
const ARN = (name: string) => `arn:aws:iot:us-east-1:123456789012:securityprofile/${name}`;

describe('changes made outside the gateway, through the local stack', () => {
  let local: RunningLocalStack;
  let admin: string;
  let iot: (accessKeyId: string) => IoTClient;

  beforeAll(async () => {
    local = await aRunningLocalStack();
    admin = await local.tokenFor('root', [], true);
    iot = (accessKeyId) =>
      new IoTClient({
        endpoint: local.stack.iot.url,
        region: 'us-east-1',
        credentials: { accessKeyId, secretAccessKey: 'x' },
      });
  });
  afterAll(() => local.close());

  async function trailOf(name: string, token = admin) {
    await local.stack.cloudTrail.drained();
    const { body } = await local.graphql(token, TRAIL, { name });
    return dataOf(body).securityProfileAuditTrail.edges.map((edge) => edge.node);
  }

  it('shows an SDK change as OUT_OF_BAND_CHANGE within a moment: who (its access key), when, and the diff', async () => {
    await iot('ops-sdk').send(
      new UpdateSecurityProfileCommand({
        securityProfileName: 'TeamBBaseline',
        securityProfileDescription: 'By hand',
      }),
    );

    const [outside] = await trailOf('TeamBBaseline');

    expect(outside).toMatchObject({
      operation: 'OUT_OF_BAND_CHANGE',
      outcome: 'SUCCEEDED',
      ownerTeam: 'team-b',
      versionBefore: 1,
      versionAfter: 2,
      actor: { subject: 'audit:out-of-band' },
      changes: [{ path: 'securityProfileDescription', after: 'By hand' }],
      observation: { detectedBy: 'CLOUDTRAIL' },
      attribution: {
        principal: 'arn:aws:iam::123456789012:user/ops-sdk',
        eventName: 'UpdateSecurityProfile',
        sourceIPAddress: '127.0.0.1',
        userIdentity: { type: 'IAMUser', accessKeyId: 'ops-sdk' },
      },
    });
    expect(outside?.attribution?.userAgent).toMatch(/aws-sdk-js/);
    expect(outside?.attribution?.eventID).toEqual(expect.any(String));
    expect(Date.parse(outside?.attribution?.eventTime ?? '')).toBeGreaterThan(0);
  });

  it.skipIf(!awsCliVersion())('shows an AWS CLI change the same way, with the CLI’s access key', async () => {
    const cli = await runAwsIot(local.stack.iot.url, [
      'update-security-profile',
      '--security-profile-name',
      'SharedBaseline',
      '--security-profile-description',
      'From the CLI',
    ]);
    expect(cli.code).toBe(0);

    const [outside] = await trailOf('SharedBaseline');

    expect(outside).toMatchObject({
      operation: 'OUT_OF_BAND_CHANGE',
      versionAfter: 2,
      changes: [{ path: 'securityProfileDescription', after: 'From the CLI' }],
      attribution: { principal: 'arn:aws:iam::123456789012:user/AKIDEXAMPLE' },
    });
    expect(outside?.attribution?.userAgent).toMatch(/^aws-cli\//);
  });

  it('never records the gateway’s own change twice: CloudTrail’s record of it is kept as evidence', async () => {
    const alice = await local.tokenFor('alice', ['team-a']);

    const { body } = await local.graphql(alice, UPDATE, {
      input: { securityProfileName: 'PossibleIssue', securityProfileDescription: 'Through the gateway' },
    });
    const trail = await trailOf('PossibleIssue');

    const { auditEventId } = dataOf(body).updateSecurityProfile;
    expect(trail.map((event) => event.operation)).toEqual(['UPDATE', 'BASELINE']);
    const calls = new DynamoIotCallLog({
      client: createAuditDocumentClient({ endpoint: local.stack.dynamoEndpoint }),
      tableName: local.stack.config.auditTableName,
    });
    expect(await calls.callsOf(auditEventId)).toMatchObject([
      { auditEventId, eventName: 'UpdateSecurityProfile', expectedVersion: 1n },
    ]);
  });

  it('records an owner tag moved outside the gateway, for the team it left and the team it reached', async () => {
    await iot('platform-ops').send(
      new CreateSecurityProfileCommand({
        securityProfileName: 'Handed',
        securityProfileDescription: 'Given away',
        tags: [{ Key: 'team', Value: 'team-a' }],
      }),
    );
    await iot('platform-ops').send(
      new TagResourceCommand({ resourceArn: ARN('Handed'), tags: [{ Key: 'team', Value: 'team-b' }] }),
    );

    const forA = await trailOf('Handed', await local.tokenFor('alice', ['team-a']));
    const forB = await trailOf('Handed', await local.tokenFor('bob', ['team-b']));

    const moved = {
      operation: 'OUT_OF_BAND_CHANGE',
      ownerTeam: 'team-b',
      previousOwnerTeam: 'team-a',
      changes: [{ path: 'tags.team', before: 'team-a', after: 'team-b' }],
      attribution: { eventName: 'TagResource' },
    };
    expect(forA).toMatchObject([
      moved,
      { versionAfter: 1, attribution: { eventName: 'CreateSecurityProfile' } },
    ]);
    expect(forB).toMatchObject([moved]);
  });

  it('shows each team exactly its own history when a profile is deleted and re-created for another', async () => {
    const alice = await local.tokenFor('alice', ['team-a']);
    const bob = await local.tokenFor('bob', ['team-b']);
    const ops = iot('platform-ops');
    await ops.send(
      new CreateSecurityProfileCommand({
        securityProfileName: 'Reborn',
        tags: [{ Key: 'team', Value: 'team-a' }],
      }),
    );
    await local.graphql(alice, UPDATE, {
      input: { securityProfileName: 'Reborn', securityProfileDescription: 'A' },
    });
    await local.stack.cloudTrail.drained();
    await ops.send(new DeleteSecurityProfileCommand({ securityProfileName: 'Reborn' }));
    await ops.send(
      new CreateSecurityProfileCommand({
        securityProfileName: 'Reborn',
        tags: [{ Key: 'team', Value: 'team-b' }],
      }),
    );
    await local.graphql(bob, UPDATE, {
      input: { securityProfileName: 'Reborn', securityProfileDescription: 'B' },
    });

    const forA = await trailOf('Reborn', alice);
    const forB = await trailOf('Reborn', bob);

    expect(forA.map((e) => [e.operation, e.attribution?.eventName ?? null])).toEqual([
      ['OUT_OF_BAND_CHANGE', 'DeleteSecurityProfile'],
      ['UPDATE', null],
      ['OUT_OF_BAND_CHANGE', 'CreateSecurityProfile'],
    ]);
    expect(forB.map((e) => [e.operation, e.attribution?.eventName ?? null])).toEqual([
      ['UPDATE', null],
      ['OUT_OF_BAND_CHANGE', 'CreateSecurityProfile'],
    ]);
    const lives = new Set([...forA, ...forB].map((e) => e.incarnation?.creationDate));
    expect(lives.size).toBe(2);
  });
});
