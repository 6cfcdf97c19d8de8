import {
  AttachSecurityProfileCommand,
  DetachSecurityProfileCommand,
  InvalidRequestException,
  LimitExceededException,
  ListSecurityProfilesForTargetCommand,
  type ListSecurityProfilesForTargetCommandInput,
  ListTargetsForSecurityProfileCommand,
  ResourceNotFoundException,
  ValidateSecurityProfileBehaviorsCommand,
  paginateListSecurityProfilesForTarget,
  paginateListTargetsForSecurityProfile,
} from '@aws-sdk/client-iot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACCOUNT_ARN_PREFIX,
  createSimpleProfile,
  createThingGroup,
  everyRulesField,
} from './support/profiles';
import { startTestEmulator, type TestEmulator } from './support/testEmulator';

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator();
  for (const name of ['g1', 'g2', 'g3', 'g', 'crowded', 'watched', 'watched-child', 'unwatched']) {
    await createThingGroup(t.iot, name);
  }
});
afterAll(async () => t.close());

const group = (name: string): string => `${ACCOUNT_ARN_PREFIX}:thinggroup/${name}`;

const create = (name: string, count?: number): Promise<void> => createSimpleProfile(t.iot, name, count);

describe('ValidateSecurityProfileBehaviors through @aws-sdk/client-iot', () => {
  it('answers valid: true for the behaviors of a valid profile', async () => {
    const output = await t.iot.send(
      new ValidateSecurityProfileBehaviorsCommand({ behaviors: everyRulesField('x').behaviors! }),
    );

    expect(output).toMatchObject({ valid: true, validationErrors: [] });
  });

  it("answers valid: false with one error per broken rule, each in Device Defender's words", async () => {
    const output = await t.iot.send(
      new ValidateSecurityProfileBehaviorsCommand({
        behaviors: [
          {
            name: 'A',
            metric: 'aws:num-messages-sent',
            criteria: { comparisonOperator: 'in-cidr-set', value: { count: 1 }, durationSeconds: 300 },
          },
          {
            name: 'B',
            metric: 'aws:source-ip-address',
            criteria: {
              comparisonOperator: 'in-cidr-set',
              value: { cidrs: ['10.0.0.0/8'] },
              durationSeconds: 300,
            },
          },
        ],
      }),
    );

    expect(output.valid).toBe(false);
    expect(output.validationErrors?.map((e) => e.errorMessage)).toEqual([
      'Behavior A is malformed. comparisonOperator in-cidr-set is not valid for metric aws:num-messages-sent',
      'Behavior B is malformed. durationSeconds cannot be used with list-based metric aws:source-ip-address',
    ]);
  });

  it("answers a model range broken inside a behavior as AWS's own example does", async () => {
    // The AWS CLI's validate-security-profile-behaviors example, output included.
    const output = await t.iot.send(
      new ValidateSecurityProfileBehaviorsCommand({
        behaviors: [
          {
            name: 'CellularBandwidth',
            metric: 'aws:message-byte-size',
            criteria: {
              comparisonOperator: 'greater-than',
              value: { count: 128 },
              consecutiveDatapointsToAlarm: 1,
            },
          },
          {
            name: 'Authorization',
            metric: 'aws:num-authorization-failures',
            criteria: {
              comparisonOperator: 'less-than',
              value: { count: 12 },
              durationSeconds: 300,
              consecutiveDatapointsToAlarm: 100000,
              consecutiveDatapointsToClear: 1,
            },
          },
        ],
      }),
    );

    expect(output).toMatchObject({
      valid: false,
      validationErrors: [
        {
          errorMessage:
            'Behavior Authorization is malformed. consecutiveDatapointsToAlarm 100000 should be in range[1,10]',
        },
      ],
    });
  });

  it("answers behaviors that are not the model's JSON types with InvalidRequestException", async () => {
    const error = await t.iot
      .send(new ValidateSecurityProfileBehaviorsCommand({ behaviors: [{ name: 7 as unknown as string }] }))
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(InvalidRequestException);
    expect((error as Error).message).toBe(
      "Value '7' at 'behaviors.1.member.name' cannot be read as a string",
    );
  });
});

describe('Targets through @aws-sdk/client-iot', () => {
  it('attaches (idempotently), lists with pagination and detaches targets', async () => {
    await create('Targeted');
    const targets = [group('g3'), group('g1'), `${ACCOUNT_ARN_PREFIX}:all/registered-things`, group('g2')];

    for (const arn of [...targets, group('g1')]) {
      await t.iot.send(
        new AttachSecurityProfileCommand({ securityProfileName: 'Targeted', securityProfileTargetArn: arn }),
      );
    }
    await t.iot.send(
      new DetachSecurityProfileCommand({
        securityProfileName: 'Targeted',
        securityProfileTargetArn: group('g2'),
      }),
    );
    const listed: string[] = [];
    for await (const page of paginateListTargetsForSecurityProfile(
      { client: t.iot, pageSize: 1 },
      { securityProfileName: 'Targeted' },
    )) {
      listed.push(...(page.securityProfileTargets ?? []).map((target) => target.arn!));
    }

    expect(listed).toEqual([`${ACCOUNT_ARN_PREFIX}:all/registered-things`, group('g1'), group('g3')]);
  });

  it('answers a sixth profile on one target with LimitExceededException (410)', async () => {
    for (let i = 1; i <= 6; i += 1) await create(`Crowd${i}`);
    for (let i = 1; i <= 5; i += 1) {
      await t.iot.send(
        new AttachSecurityProfileCommand({
          securityProfileName: `Crowd${i}`,
          securityProfileTargetArn: group('crowded'),
        }),
      );
    }

    const error = await t.iot
      .send(
        new AttachSecurityProfileCommand({
          securityProfileName: 'Crowd6',
          securityProfileTargetArn: group('crowded'),
        }),
      )
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(LimitExceededException);
  });

  it.each([
    [
      'AttachSecurityProfile',
      () =>
        new AttachSecurityProfileCommand({
          securityProfileName: 'Ghost',
          securityProfileTargetArn: group('g'),
        }),
    ],
    [
      'DetachSecurityProfile',
      () =>
        new DetachSecurityProfileCommand({
          securityProfileName: 'Ghost',
          securityProfileTargetArn: group('g'),
        }),
    ],
    [
      'ListTargetsForSecurityProfile',
      () => new ListTargetsForSecurityProfileCommand({ securityProfileName: 'Ghost' }),
    ],
  ])('answers %s on a missing profile with ResourceNotFoundException', async (_name, command) => {
    const error = await t.iot
      .send(command() as ListTargetsForSecurityProfileCommand)
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ResourceNotFoundException);
  });

  it('answers a target ARN of another account with InvalidRequestException', async () => {
    await create('WrongAccount');

    const error = await t.iot
      .send(
        new AttachSecurityProfileCommand({
          securityProfileName: 'WrongAccount',
          securityProfileTargetArn: 'arn:aws:iot:us-east-1:999999999999:thinggroup/g',
        }),
      )
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(InvalidRequestException);
    expect((error as Error).message).toMatch(/^securityProfileTargetArn arn:aws:iot:us-east-1:999999999999:/);
  });
});

describe('ListSecurityProfilesForTarget through @aws-sdk/client-iot', () => {
  const attach = (name: string, target: string): Promise<unknown> =>
    t.iot.send(
      new AttachSecurityProfileCommand({ securityProfileName: name, securityProfileTargetArn: target }),
    );

  const mapping = (name: string, target: string): unknown => ({
    securityProfileIdentifier: { name, arn: `${ACCOUNT_ARN_PREFIX}:securityprofile/${name}` },
    target: { arn: target },
  });

  beforeAll(async () => {
    for (const name of ['ForTargetB', 'ForTargetA', 'ForTargetOther']) await create(name);
    await attach('ForTargetB', group('watched'));
    await attach('ForTargetA', group('watched'));
    await attach('ForTargetOther', group('watched-child'));
    await attach('ForTargetOther', `${ACCOUNT_ARN_PREFIX}:all/things`);
  });

  it('lists the mappings of a target with two attached profiles, in name order', async () => {
    const output = await t.iot.send(
      new ListSecurityProfilesForTargetCommand({ securityProfileTargetArn: group('watched') }),
    );

    expect(output.securityProfileTargetMappings).toEqual([
      mapping('ForTargetA', group('watched')),
      mapping('ForTargetB', group('watched')),
    ]);
    expect(output.nextToken).toBeUndefined();
  });

  it('answers recursive: true like recursive: false and matches account targets exactly', async () => {
    const recursive = await t.iot.send(
      new ListSecurityProfilesForTargetCommand({
        securityProfileTargetArn: group('watched'),
        recursive: true,
      }),
    );
    const unregistered = await t.iot.send(
      new ListSecurityProfilesForTargetCommand({
        securityProfileTargetArn: `${ACCOUNT_ARN_PREFIX}:all/unregistered-things`,
        recursive: true,
      }),
    );

    expect(recursive.securityProfileTargetMappings?.map((m) => m.securityProfileIdentifier?.name)).toEqual([
      'ForTargetA',
      'ForTargetB',
    ]);
    expect(unregistered.securityProfileTargetMappings).toEqual([]);
  });

  it('pages one mapping at a time with maxResults 1 and the SDK paginator', async () => {
    const first = await t.iot.send(
      new ListSecurityProfilesForTargetCommand({ securityProfileTargetArn: group('watched'), maxResults: 1 }),
    );
    const pages: unknown[][] = [];
    for await (const page of paginateListSecurityProfilesForTarget(
      { client: t.iot, pageSize: 1 },
      { securityProfileTargetArn: group('watched') },
    )) {
      pages.push(page.securityProfileTargetMappings ?? []);
    }

    expect(first.securityProfileTargetMappings).toEqual([mapping('ForTargetA', group('watched'))]);
    expect(first.nextToken).toEqual(expect.any(String));
    expect(pages).toEqual([
      [mapping('ForTargetA', group('watched'))],
      [mapping('ForTargetB', group('watched'))],
    ]);
  });

  it('answers a well-formed target with no profiles with an empty list', async () => {
    const output = await t.iot.send(
      new ListSecurityProfilesForTargetCommand({ securityProfileTargetArn: group('unwatched') }),
    );

    expect(output.securityProfileTargetMappings).toEqual([]);
    expect(output.nextToken).toBeUndefined();
  });

  it.each([
    ['securityProfileTargetArn missing', {}, 'securityProfileTargetArn'],
    ['maxResults 0', { securityProfileTargetArn: group('watched'), maxResults: 0 }, 'maxResults'],
    [
      'a malformed target ARN',
      { securityProfileTargetArn: `${ACCOUNT_ARN_PREFIX}:thing/t` },
      'securityProfileTargetArn',
    ],
  ])('answers %s with InvalidRequestException naming the member', async (_case, input, member) => {
    const error = await t.iot
      .send(new ListSecurityProfilesForTargetCommand(input as ListSecurityProfilesForTargetCommandInput))
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(InvalidRequestException);
    expect((error as Error).message).toMatch(new RegExp(`\\b${member}\\b`));
  });
});
