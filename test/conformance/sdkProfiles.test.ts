import {
  CreateSecurityProfileCommand,
  DeleteSecurityProfileCommand,
  DescribeSecurityProfileCommand,
  InvalidRequestException,
  ResourceAlreadyExistsException,
  ResourceNotFoundException,
  UpdateSecurityProfileCommand,
  VersionConflictException,
  type CreateSecurityProfileCommandInput,
} from '@aws-sdk/client-iot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldsOfIotMessage } from '../../src/adapters/iot/fieldsOfIotMessage';
import { omit } from './support/omit';
import { everyMlField, everyRulesField, simpleProfile } from './support/profiles';
import { startTestEmulator, type TestEmulator } from './support/testEmulator';

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator();
});
afterAll(async () => t.close());

const arnOf = (name: string): string => `arn:aws:iot:us-east-1:123456789012:securityprofile/${name}`;

async function describeProfile(name: string) {
  return omit(
    await t.iot.send(new DescribeSecurityProfileCommand({ securityProfileName: name })),
    '$metadata',
  );
}

function contentOf(input: CreateSecurityProfileCommandInput) {
  return omit(input, 'tags');
}

describe('CreateSecurityProfile and DescribeSecurityProfile through @aws-sdk/client-iot', () => {
  it.each([
    ['a rules profile using every rules member', everyRulesField('EveryRulesField')],
    ['an ML Detect profile using every ML member', everyMlField('EveryMlField')],
  ])('round-trips %s exactly', async (_label, input) => {
    const created = await t.iot.send(new CreateSecurityProfileCommand(input));
    const described = await describeProfile(input.securityProfileName!);

    expect(created).toMatchObject({
      securityProfileName: input.securityProfileName,
      securityProfileArn: arnOf(input.securityProfileName!),
    });
    const { version, creationDate, lastModifiedDate, securityProfileArn, ...content } = described;
    expect(content).toEqual(contentOf(input));
    expect(securityProfileArn).toBe(arnOf(input.securityProfileName!));
    expect(version).toBe(1);
    expect(creationDate).toBeInstanceOf(Date);
    expect(lastModifiedDate).toEqual(creationDate);
  });

  it('refuses a second profile with the same name with ResourceAlreadyExistsException naming it', async () => {
    await t.iot.send(new CreateSecurityProfileCommand(simpleProfile('Duplicate')));

    const attempt = t.iot.send(new CreateSecurityProfileCommand(simpleProfile('Duplicate', 99)));

    const error = await attempt.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResourceAlreadyExistsException);
    expect(error).toMatchObject({
      resourceId: 'Duplicate',
      resourceArn: arnOf('Duplicate'),
      $metadata: { httpStatusCode: 409 },
    });
    expect((await describeProfile('Duplicate')).behaviors?.[0]?.criteria?.value?.count).toBe(10);
  });

  it('refuses an invalid create with InvalidRequestException naming the field, creating nothing', async () => {
    const input = simpleProfile('InvalidCreate');
    input.behaviors![0]!.criteria!.durationSeconds = 60;

    const error = await t.iot.send(new CreateSecurityProfileCommand(input)).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(InvalidRequestException);
    expect((error as Error).message).toBe(
      'Behavior Authorization is malformed. durationSeconds 60 should be one of [300, 600, 900, 1800, 3600]',
    );
    expect(fieldsOfIotMessage((error as Error).message, input)).toEqual([
      'behaviors[0].criteria.durationSeconds',
    ]);
    await expect(describeProfile('InvalidCreate')).rejects.toBeInstanceOf(ResourceNotFoundException);
  });

  it('answers DescribeSecurityProfile of a missing profile with ResourceNotFoundException (404)', async () => {
    const error = await describeProfile('NoSuchProfile').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error).toMatchObject({ $metadata: { httpStatusCode: 404 }, $fault: 'client' });
  });

  it('percent-decodes the name label, so names with a colon work end to end', async () => {
    await t.iot.send(new CreateSecurityProfileCommand(simpleProfile('my-prof:1')));

    expect((await describeProfile('my-prof:1')).securityProfileArn).toBe(arnOf('my-prof:1'));
  });
});

describe('UpdateSecurityProfile through @aws-sdk/client-iot', () => {
  it('increments the version, keeps creationDate, moves lastModifiedDate and keeps omitted members', async () => {
    await t.iot.send(new CreateSecurityProfileCommand(everyRulesField('Patched')));
    const before = await describeProfile('Patched');

    const updated = await t.iot.send(
      new UpdateSecurityProfileCommand({
        securityProfileName: 'Patched',
        securityProfileDescription: 'new words',
        expectedVersion: 1,
      }),
    );

    expect(updated.version).toBe(2);
    expect(updated.creationDate).toEqual(before.creationDate);
    expect(updated.lastModifiedDate!.getTime()).toBeGreaterThan(before.lastModifiedDate!.getTime());
    expect(updated.securityProfileDescription).toBe('new words');
    expect(updated.behaviors).toEqual(before.behaviors);
    expect(updated.alertTargets).toEqual(before.alertTargets);
    expect(await describeProfile('Patched')).toEqual(omit(updated, '$metadata'));
  });

  it('replaces a given list wholesale and clears members with the delete flags', async () => {
    await t.iot.send(new CreateSecurityProfileCommand(everyRulesField('Cleared')));
    const replacement = simpleProfile('Cleared', 3).behaviors!;

    const updated = await t.iot.send(
      new UpdateSecurityProfileCommand({
        securityProfileName: 'Cleared',
        behaviors: replacement,
        deleteAlertTargets: true,
        deleteAdditionalMetricsToRetain: true,
      }),
    );

    expect(updated.behaviors).toEqual(replacement);
    expect(updated.alertTargets).toBeUndefined();
    expect(updated.additionalMetricsToRetainV2).toBeUndefined();
    expect(updated.metricsExportConfig).toBeDefined();
  });

  it('treats an empty behaviors list as no change (only deleteBehaviors clears them)', async () => {
    await t.iot.send(new CreateSecurityProfileCommand(simpleProfile('EmptyList')));

    const updated = await t.iot.send(
      new UpdateSecurityProfileCommand({ securityProfileName: 'EmptyList', behaviors: [] }),
    );

    expect(updated.behaviors).toHaveLength(1);
    expect(updated.version).toBe(2);
  });

  it('accepts delete flags sent with an empty list or map (they define nothing) and clears those members', async () => {
    // Prepare
    await t.iot.send(new CreateSecurityProfileCommand(everyRulesField('EmptyWithFlags')));
    const command = new UpdateSecurityProfileCommand({
      securityProfileName: 'EmptyWithFlags',
      behaviors: [],
      deleteBehaviors: true,
      alertTargets: {},
      deleteAlertTargets: true,
      expectedVersion: 1,
    });
    let sent = '';
    command.middlewareStack.add(
      (next) => async (args) => {
        sent = String((args.request as { body?: unknown }).body);
        return next(args);
      },
      { step: 'finalizeRequest' },
    );

    // Act
    const updated = await t.iot.send(command);

    // Assess
    expect(JSON.parse(sent)).toMatchObject({
      behaviors: [],
      deleteBehaviors: true,
      alertTargets: {},
      deleteAlertTargets: true,
    });
    expect(updated.version).toBe(2);
    expect(updated.behaviors).toBeUndefined();
    expect(updated.alertTargets).toBeUndefined();
    expect(updated.additionalMetricsToRetainV2).toBeDefined();
    expect(await describeProfile('EmptyWithFlags')).toEqual(omit(updated, '$metadata'));
  });

  it('answers a stale expectedVersion with VersionConflictException (409) and changes nothing', async () => {
    await t.iot.send(new CreateSecurityProfileCommand(simpleProfile('Stale')));
    await t.iot.send(
      new UpdateSecurityProfileCommand({ securityProfileName: 'Stale', securityProfileDescription: 'v2' }),
    );
    const before = await describeProfile('Stale');

    const error = await t.iot
      .send(
        new UpdateSecurityProfileCommand({
          securityProfileName: 'Stale',
          securityProfileDescription: 'lost',
          expectedVersion: 1,
        }),
      )
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(VersionConflictException);
    expect(error).toMatchObject({ $metadata: { httpStatusCode: 409 } });
    expect(await describeProfile('Stale')).toEqual(before);
  });

  it('answers an update of a missing profile with ResourceNotFoundException', async () => {
    const error = await t.iot
      .send(
        new UpdateSecurityProfileCommand({ securityProfileName: 'Missing', securityProfileDescription: 'x' }),
      )
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ResourceNotFoundException);
  });

  it('answers a delete flag sent with its member with InvalidRequestException and changes nothing', async () => {
    await t.iot.send(new CreateSecurityProfileCommand(simpleProfile('FlagConflict')));
    const before = await describeProfile('FlagConflict');

    const error = await t.iot
      .send(
        new UpdateSecurityProfileCommand({
          securityProfileName: 'FlagConflict',
          behaviors: simpleProfile('x', 1).behaviors!,
          deleteBehaviors: true,
        }),
      )
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(fieldsOfIotMessage((error as Error).message, {})).toEqual(['deleteBehaviors']);
    expect(await describeProfile('FlagConflict')).toEqual(before);
  });
});

describe('DeleteSecurityProfile through @aws-sdk/client-iot', () => {
  it('deletes a profile so that Describe no longer finds it', async () => {
    await t.iot.send(new CreateSecurityProfileCommand(simpleProfile('Doomed')));

    await t.iot.send(new DeleteSecurityProfileCommand({ securityProfileName: 'Doomed', expectedVersion: 1 }));

    await expect(describeProfile('Doomed')).rejects.toBeInstanceOf(ResourceNotFoundException);
  });

  it('refuses a delete with a stale expectedVersion with VersionConflictException and keeps the profile', async () => {
    await t.iot.send(new CreateSecurityProfileCommand(simpleProfile('Kept')));

    const error = await t.iot
      .send(new DeleteSecurityProfileCommand({ securityProfileName: 'Kept', expectedVersion: 7 }))
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(VersionConflictException);
    expect((await describeProfile('Kept')).version).toBe(1);
  });

  it('accepts the delete of a profile that does not exist (no ResourceNotFoundException is modelled)', async () => {
    const output = await t.iot.send(
      new DeleteSecurityProfileCommand({ securityProfileName: 'NeverExisted' }),
    );

    expect(output.$metadata.httpStatusCode).toBe(200);
  });
});
