import {
  AttachSecurityProfileCommand,
  CreateThingGroupCommand,
  DescribeThingGroupCommand,
  DetachSecurityProfileCommand,
  InvalidRequestException,
  ListSecurityProfilesForTargetCommand,
  ListTagsForResourceCommand,
  ListTargetsForSecurityProfileCommand,
  ResourceAlreadyExistsException,
  ResourceNotFoundException,
} from '@aws-sdk/client-iot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_ARN_PREFIX, createSimpleProfile, createThingGroup } from './support/profiles';
import { startTestEmulator, type TestEmulator } from './support/testEmulator';

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator();
});
afterAll(async () => t.close());

const group = (name: string): string => `${ACCOUNT_ARN_PREFIX}:thinggroup/${name}`;
const failure = (promise: Promise<unknown>): Promise<unknown> => promise.catch((e: unknown) => e);

describe('thing groups through @aws-sdk/client-iot', () => {
  it('creates a group and describes it with its properties, version 1 and its parents from the root', async () => {
    const root = await t.iot.send(new CreateThingGroupCommand({ thingGroupName: 'site' }));
    const child = await t.iot.send(
      new CreateThingGroupCommand({
        thingGroupName: 'site-north',
        parentGroupName: 'site',
        thingGroupProperties: {
          thingGroupDescription: 'North site',
          attributePayload: { attributes: { floor: '2' } },
        },
      }),
    );
    const described = await t.iot.send(new DescribeThingGroupCommand({ thingGroupName: 'site-north' }));

    expect(root).toMatchObject({ thingGroupName: 'site', thingGroupArn: group('site') });
    expect(child.thingGroupId).toMatch(/^[a-zA-Z0-9-]+$/);
    expect(described).toMatchObject({
      thingGroupName: 'site-north',
      thingGroupId: child.thingGroupId,
      thingGroupArn: group('site-north'),
      version: 1,
      thingGroupProperties: {
        thingGroupDescription: 'North site',
        attributePayload: { attributes: { floor: '2' } },
      },
      thingGroupMetadata: {
        parentGroupName: 'site',
        rootToParentThingGroups: [{ groupName: 'site', groupArn: group('site') }],
      },
    });
    expect(described.thingGroupMetadata?.creationDate).toBeInstanceOf(Date);
  });

  it('answers a create with the same attributes with the existing group, and other attributes with ResourceAlreadyExistsException', async () => {
    const first = await t.iot.send(new CreateThingGroupCommand({ thingGroupName: 'again' }));
    const second = await t.iot.send(new CreateThingGroupCommand({ thingGroupName: 'again' }));
    const other = await failure(
      t.iot.send(
        new CreateThingGroupCommand({
          thingGroupName: 'again',
          thingGroupProperties: { thingGroupDescription: 'different' },
        }),
      ),
    );

    expect(second.thingGroupId).toBe(first.thingGroupId);
    expect(other).toBeInstanceOf(ResourceAlreadyExistsException);
  });

  it('keeps the tags of a create, listed by the group ARN', async () => {
    await t.iot.send(
      new CreateThingGroupCommand({ thingGroupName: 'tagged', tags: [{ Key: 'team', Value: 'team-a' }] }),
    );

    const tags = await t.iot.send(new ListTagsForResourceCommand({ resourceArn: group('tagged') }));

    expect(tags.tags).toEqual([{ Key: 'team', Value: 'team-a' }]);
  });

  it.each([
    ['a name that breaks the pattern', { thingGroupName: 'has space' }, 'thingGroupName'],
    [
      'a parent that does not exist',
      { thingGroupName: 'orphan', parentGroupName: 'nowhere' },
      'parentGroupName',
    ],
    [
      'an attribute value that breaks the pattern',
      { thingGroupName: 'badattr', thingGroupProperties: { attributePayload: { attributes: { a: 'x y' } } } },
      'attributes',
    ],
  ])('answers %s with InvalidRequestException naming the member', async (_case, input, member) => {
    const error = await failure(t.iot.send(new CreateThingGroupCommand(input)));

    expect(error).toBeInstanceOf(InvalidRequestException);
    expect((error as Error).message).toContain(member);
  });

  it('answers DescribeThingGroup of a missing group with ResourceNotFoundException', async () => {
    const error = await failure(t.iot.send(new DescribeThingGroupCommand({ thingGroupName: 'ghost-group' })));

    expect(error).toBeInstanceOf(ResourceNotFoundException);
  });
});

describe('targets must exist', () => {
  beforeAll(async () => {
    await createSimpleProfile(t.iot, 'Aimed');
  });

  it.each([
    [
      'AttachSecurityProfile',
      () =>
        new AttachSecurityProfileCommand({
          securityProfileName: 'Aimed',
          securityProfileTargetArn: group('ghost'),
        }),
    ],
    [
      'DetachSecurityProfile',
      () =>
        new DetachSecurityProfileCommand({
          securityProfileName: 'Aimed',
          securityProfileTargetArn: group('ghost'),
        }),
    ],
    [
      'ListSecurityProfilesForTarget',
      () => new ListSecurityProfilesForTargetCommand({ securityProfileTargetArn: group('ghost') }),
    ],
  ])(
    'answers %s of a thing group that does not exist with ResourceNotFoundException',
    async (_name, command) => {
      const error = await failure(t.iot.send(command() as AttachSecurityProfileCommand));
      const targets = await t.iot.send(
        new ListTargetsForSecurityProfileCommand({ securityProfileName: 'Aimed' }),
      );

      expect(error).toBeInstanceOf(ResourceNotFoundException);
      expect((error as Error).message).toBe('Thing group ghost does not exist');
      expect(targets.securityProfileTargets).toEqual([]);
    },
  );

  it('attaches to a group once it exists, and to the account-wide targets, which always exist', async () => {
    const arn = await createThingGroup(t.iot, 'ghost-now-real');
    const targets = [
      arn,
      ...['things', 'registered-things', 'unregistered-things'].map((k) => `${ACCOUNT_ARN_PREFIX}:all/${k}`),
    ];

    for (const target of targets) {
      await t.iot.send(
        new AttachSecurityProfileCommand({ securityProfileName: 'Aimed', securityProfileTargetArn: target }),
      );
    }
    const listed = await t.iot.send(
      new ListTargetsForSecurityProfileCommand({ securityProfileName: 'Aimed' }),
    );

    expect(listed.securityProfileTargets?.map((x) => x.arn)).toEqual([...targets].sort());
  });
});

describe('the demo seed', () => {
  it('creates a thing group for each demo team, tagged with the team', async () => {
    const seeded = await startTestEmulator({ seedDemo: true });
    try {
      const described = await Promise.all(
        ['team-a-devices', 'team-b-devices', 'platform-fleet'].map((name) =>
          seeded.iot.send(new DescribeThingGroupCommand({ thingGroupName: name })),
        ),
      );
      const tags = await seeded.iot.send(
        new ListTagsForResourceCommand({ resourceArn: group('team-a-devices') }),
      );

      expect(described.map((d) => d.thingGroupArn)).toEqual(
        ['team-a-devices', 'team-b-devices', 'platform-fleet'].map(group),
      );
      expect(tags.tags).toEqual([{ Key: 'team', Value: 'team-a' }]);
    } finally {
      await seeded.close();
    }
  });
});
