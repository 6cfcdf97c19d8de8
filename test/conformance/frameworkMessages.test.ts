import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from './support/testEmulator';

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator();
  await t.raw('POST', '/security-profiles/Target', {});
});
afterAll(async () => t.close());

const behavior = (extra: Record<string, unknown>, criteria: Record<string, unknown> = {}) => ({
  behaviors: [
    {
      name: 'R',
      metric: 'aws:source-ip-address',
      criteria: { comparisonOperator: 'in-cidr-set', value: { cidrs: ['10.0.0.0/8'] }, ...criteria },
      ...extra,
    },
  ],
});

async function messageOf(body: unknown): Promise<unknown> {
  const response = await t.raw('PATCH', '/security-profiles/Target', body);
  expect(response.status).toBe(400);
  return response.json?.message;
}

describe("the model's constraints, in the service framework's words", () => {
  it('names a nested member by its 1-based list position', async () => {
    expect(await messageOf(behavior({ name: 'has space' }))).toBe(
      "1 validation error detected: Value 'has space' at 'behaviors.1.member.name' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9:_-]+",
    );
  });

  it('full-matches an unanchored pattern: legal characters in quotes are refused', async () => {
    expect(await messageOf(behavior({ name: '"quoted"' }))).toMatch(
      /^1 validation error detected: Value '"quoted"' at 'behaviors\.1\.member\.name' failed/,
    );
  });

  it('counts every broken constraint and joins them with "; "', async () => {
    const body = {
      securityProfileDescription: 'd'.repeat(1001),
      ...behavior({}, { consecutiveDatapointsToAlarm: 0 }),
    };

    expect(await messageOf(body)).toBe(
      `2 validation errors detected: Value '${'d'.repeat(1001)}' at 'securityProfileDescription' failed to satisfy constraint: Member must have length less than or equal to 1000; ` +
        "Value '0' at 'behaviors.1.member.criteria.consecutiveDatapointsToAlarm' failed to satisfy constraint: Member must have value greater than or equal to 1",
    );
  });

  it('reports broken list elements at the list, with every constraint of the element', async () => {
    expect(await messageOf(behavior({}, { value: { cidrs: ['10.0.0.0/8', 'x'] } }))).toBe(
      "1 validation error detected: Value '[10.0.0.0/8, x]' at 'behaviors.1.member.criteria.value.cidrs' failed to satisfy constraint: " +
        'Member must satisfy constraint: [Member must have length less than or equal to 43, Member must have length greater than or equal to 2, Member must satisfy regular expression pattern: [a-fA-F0-9:\\.\\/]+]',
    );
  });

  it('reports map keys at the map, and members of map values under the key', async () => {
    const body = {
      alertTargets: {
        EMAIL: {
          alertTargetArn: 'arn:aws:sns:us-east-1:123456789012:a',
          roleArn: 'arn:aws:iam::123456789012:role/r',
        },
        SNS: { alertTargetArn: 'arn:aws:sns:us-east-1:123456789012:a' },
      },
    };

    expect(await messageOf(body)).toBe(
      "2 validation errors detected: Value null at 'alertTargets.SNS.member.roleArn' failed to satisfy constraint: Member must not be null; " +
        "Value '{EMAIL={alertTargetArn=arn:aws:sns:us-east-1:123456789012:a, roleArn=arn:aws:iam::123456789012:role/r}, SNS={alertTargetArn=arn:aws:sns:us-east-1:123456789012:a}}' at 'alertTargets' failed to satisfy constraint: Map keys must satisfy constraint: [Member must satisfy enum value set: [SNS]]",
    );
  });

  it('reads \\p{Graph} as Java does, ASCII only, so a description in another script is refused', async () => {
    expect(await messageOf({ securityProfileDescription: 'Überwachung' })).toBe(
      "1 validation error detected: Value 'Überwachung' at 'securityProfileDescription' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\p{Graph}\\x20]*",
    );
  });

  it('checks a URI label and a query parameter like any other member', async () => {
    const response = await t.raw('PATCH', '/security-profiles/bad%20name?expectedVersion=1', {});

    expect(response.json?.message).toBe(
      "1 validation error detected: Value 'bad name' at 'securityProfileName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9:_-]+",
    );
  });

  it('ignores a member the model does not define, as the framework does', async () => {
    const response = await t.raw('PATCH', '/security-profiles/Target', { securityProfileDescriptio: 'typo' });

    expect(response.status).toBe(200);
  });
});
