import { DescribeSecurityProfileCommand, IoTClient } from '@aws-sdk/client-iot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from '../../graphql/answer';
import { graphql } from '../../graphql/generated';
import { aRunningLocalStack, type RunningLocalStack } from './localStackHarness';

const ACCOUNT = '123456789012';
const UPDATE = graphql(`
  mutation AuthorizationUpdate($input: UpdateSecurityProfileInput!) {
    updateSecurityProfile(input: $input) {
      securityProfile {
        version
      }
    }
  }
`);
const snsOf = (team: string) => ({
  alertTargetArn: `arn:aws:sns:us-east-1:${ACCOUNT}:${team}-alerts`,
  roleArn: `arn:aws:iam::${ACCOUNT}:role/${team}-dd-alerts`,
});

describe('per-team authorization through GraphQL against the emulator', () => {
  let local: RunningLocalStack;
  let iot: IoTClient;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    local = await aRunningLocalStack();
    iot = new IoTClient({
      endpoint: local.stack.iot.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    });
    tokens.alice = await local.tokenFor('alice', ['team-a']);
    tokens.bob = await local.tokenFor('bob', ['team-b']);
    tokens.root = await local.tokenFor('root', [], true);
    tokens.nobody = await local.tokenFor('nobody', []);
  });
  afterAll(() => local.close());

  const describeProfile = (name: string) =>
    iot.send(new DescribeSecurityProfileCommand({ securityProfileName: name }));

  it.each([
    ['another team changes the profile', 'bob'],
    ['a caller in no team changes it', 'nobody'],
  ])('answers NOT_FOUND when %s, as for a missing profile, and changes nothing', async (_case, who) => {
    const before = await describeProfile('PossibleIssue');

    const { body } = await local.graphql(tokens[who], UPDATE, {
      input: { securityProfileName: 'PossibleIssue', securityProfileDescription: 'mine now' },
    });

    expect(body.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND' });
    expect((await describeProfile('PossibleIssue')).version).toBe(before.version);
  });

  it.each([
    [
      'the owner sends alerts to another team’s topic',
      'alice',
      { alertTargets: { SNS: { ...snsOf('team-a'), alertTargetArn: snsOf('team-b').alertTargetArn } } },
      'SNS_TOPIC_NOT_ALLOWED',
      'alertTargets.SNS.alertTargetArn',
    ],
    [
      'the owner makes IoT assume another team’s role',
      'alice',
      { alertTargets: { SNS: { ...snsOf('team-a'), roleArn: snsOf('team-b').roleArn } } },
      'ROLE_NOT_ALLOWED',
      'alertTargets.SNS.roleArn',
    ],
    [
      'the owner exports metrics with another team’s role',
      'alice',
      { metricsExportConfig: { mqttTopic: 'team-a/metrics', roleArn: snsOf('team-b').roleArn } },
      'ROLE_NOT_ALLOWED',
      'metricsExportConfig.roleArn',
    ],
    [
      'the owner exports metrics to another team’s topic',
      'alice',
      { metricsExportConfig: { mqttTopic: 'team-b/metrics', roleArn: snsOf('team-a').roleArn } },
      'MQTT_TOPIC_NOT_ALLOWED',
      'metricsExportConfig.mqttTopic',
    ],
  ])('refuses when %s, and the profile stays as it was', async (_case, who, change, rule, field) => {
    const before = await describeProfile('PossibleIssue');

    const { body } = await local.graphql(tokens[who], UPDATE, {
      input: { securityProfileName: 'PossibleIssue', ...change },
    });

    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', rule, ...(field && { field }) });
    const after = await describeProfile('PossibleIssue');
    expect(after.version).toBe(before.version);
    expect(after.alertTargets).toEqual(before.alertTargets);
    expect(after.securityProfileDescription).toBe(before.securityProfileDescription);
  });

  it('lets the owner point alerts and exports at its own resources', async () => {
    const before = await describeProfile('PossibleIssue');

    const { body } = await local.graphql(tokens.alice, UPDATE, {
      input: {
        securityProfileName: 'PossibleIssue',
        alertTargets: { SNS: snsOf('team-a') },
        metricsExportConfig: { mqttTopic: 'team-a/metrics', roleArn: snsOf('team-a').roleArn },
      },
    });

    expect(body.errors).toBeUndefined();
    expect(dataOf(body).updateSecurityProfile.securityProfile.version).toBe(Number(before.version) + 1);
    expect((await describeProfile('PossibleIssue')).alertTargets?.SNS?.roleArn).toBe(snsOf('team-a').roleArn);
  });

  it('keeps a profile without an owner tag for admins', async () => {
    const refused = await local.graphql(tokens.alice, UPDATE, {
      input: { securityProfileName: 'SharedBaseline', securityProfileDescription: 'x' },
    });
    const allowed = await local.graphql(tokens.root, UPDATE, {
      input: { securityProfileName: 'SharedBaseline', securityProfileDescription: 'Admins only' },
    });

    // Not the caller's to read: refused as if it did not exist (the audit keeps ADMIN_ONLY_UNOWNED).
    expect(refused.body.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND' });
    expect(allowed.body.errors).toBeUndefined();
  });

  it('lets an admin change another team’s profile but still only with the owning team’s targets', async () => {
    const allowed = await local.graphql(tokens.root, UPDATE, {
      input: { securityProfileName: 'TeamBBaseline', securityProfileDescription: 'Reviewed' },
    });
    const refused = await local.graphql(tokens.root, UPDATE, {
      input: { securityProfileName: 'TeamBBaseline', alertTargets: { SNS: snsOf('team-a') } },
    });

    expect(allowed.body.errors).toBeUndefined();
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('never leaks another team’s patterns in a denial', async () => {
    const { body } = await local.graphql(tokens.alice, UPDATE, {
      input: { securityProfileName: 'PossibleIssue', alertTargets: { SNS: snsOf('team-b') } },
    });

    expect(JSON.stringify(body)).not.toContain('team-b-*');
    expect(JSON.stringify(body)).not.toContain('team-a-*');
  });
});
