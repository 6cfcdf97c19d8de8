import {
  CreateSecurityProfileCommand,
  DeleteSecurityProfileCommand,
  InvalidRequestException,
  LimitExceededException,
  ListSecurityProfilesCommand,
  ListTagsForResourceCommand,
  ResourceNotFoundException,
  TagResourceCommand,
  UntagResourceCommand,
  paginateListSecurityProfiles,
} from '@aws-sdk/client-iot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_ARN_PREFIX, createSimpleProfile, everyRulesField, simpleProfile } from './support/profiles';
import { startTestEmulator, type TestEmulator } from './support/testEmulator';

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator();
});
afterAll(async () => t.close());

const arnOf = (name: string): string => `${ACCOUNT_ARN_PREFIX}:securityprofile/${name}`;

const create = (name: string, count?: number): Promise<void> => createSimpleProfile(t.iot, name, count);

describe('ListSecurityProfiles through @aws-sdk/client-iot', () => {
  it('pages through every profile in name order with the SDK paginator', async () => {
    for (const name of ['L-e', 'L-a', 'L-d', 'L-b', 'L-c']) await create(name);

    const names: string[] = [];
    let pages = 0;
    for await (const page of paginateListSecurityProfiles({ client: t.iot, pageSize: 2 }, {})) {
      pages += 1;
      names.push(...(page.securityProfileIdentifiers ?? []).map((p) => p.name!));
    }

    const mine = names.filter((n) => n.startsWith('L-'));
    expect(mine).toEqual(['L-a', 'L-b', 'L-c', 'L-d', 'L-e']);
    expect(names).toEqual([...names].sort());
    expect(pages).toBe(Math.ceil(names.length / 2));
  });

  it('filters by metricName and by dimensionName', async () => {
    await t.iot.send(new CreateSecurityProfileCommand(everyRulesField('Filtered')));

    const byMetric = await t.iot.send(new ListSecurityProfilesCommand({ metricName: 'batteryPercentage' }));
    const byDimension = await t.iot.send(
      new ListSecurityProfilesCommand({ dimensionName: 'TopicFilterForAuthMessages' }),
    );

    expect(byMetric.securityProfileIdentifiers).toEqual([{ name: 'Filtered', arn: arnOf('Filtered') }]);
    expect(byDimension.securityProfileIdentifiers).toEqual([{ name: 'Filtered', arn: arnOf('Filtered') }]);
  });

  it('refuses metricName and dimensionName together with InvalidRequestException', async () => {
    const error = await t.iot
      .send(new ListSecurityProfilesCommand({ metricName: 'm', dimensionName: 'd' }))
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(InvalidRequestException);
    expect((error as Error).message).toContain('dimensionName');
  });
});

describe('Tags through @aws-sdk/client-iot', () => {
  it('lists the tags given at creation, adds and overwrites with TagResource, removes with UntagResource', async () => {
    await t.iot.send(
      new CreateSecurityProfileCommand({
        ...simpleProfile('Tagged'),
        tags: [{ Key: 'team', Value: 'team-a' }],
      }),
    );

    await t.iot.send(
      new TagResourceCommand({
        resourceArn: arnOf('Tagged'),
        tags: [
          { Key: 'team', Value: 'team-b' },
          { Key: 'cost-centre', Value: '42' },
        ],
      }),
    );
    await t.iot.send(
      new UntagResourceCommand({ resourceArn: arnOf('Tagged'), tagKeys: ['cost-centre', 'absent'] }),
    );
    const listed = await t.iot.send(new ListTagsForResourceCommand({ resourceArn: arnOf('Tagged') }));

    expect(listed.tags).toEqual([{ Key: 'team', Value: 'team-b' }]);
  });

  it.each([
    ['ListTagsForResource', () => new ListTagsForResourceCommand({ resourceArn: arnOf('Ghost') })],
    [
      'TagResource',
      () => new TagResourceCommand({ resourceArn: arnOf('Ghost'), tags: [{ Key: 'a', Value: 'b' }] }),
    ],
    ['UntagResource', () => new UntagResourceCommand({ resourceArn: arnOf('Ghost'), tagKeys: ['a'] })],
  ])('answers %s on an unknown ARN with ResourceNotFoundException', async (_name, command) => {
    const error = await t.iot.send(command() as ListTagsForResourceCommand).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ResourceNotFoundException);
  });

  it('answers TagResource beyond 50 tags with LimitExceededException (410) and keeps the tags', async () => {
    await create('ManyTags');
    const fifty = Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
    await t.iot.send(new TagResourceCommand({ resourceArn: arnOf('ManyTags'), tags: fifty }));

    const error = await t.iot
      .send(
        new TagResourceCommand({ resourceArn: arnOf('ManyTags'), tags: [{ Key: 'one-more', Value: 'v' }] }),
      )
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(LimitExceededException);
    expect(error).toMatchObject({ $metadata: { httpStatusCode: 410 } });
    const listed = await t.iot.send(new ListTagsForResourceCommand({ resourceArn: arnOf('ManyTags') }));
    expect(listed.tags).toHaveLength(50);
  });

  it('drops the tags of a deleted profile, so a new profile of that name starts untagged', async () => {
    await t.iot.send(
      new CreateSecurityProfileCommand({
        ...simpleProfile('Reborn'),
        tags: [{ Key: 'team', Value: 'team-a' }],
      }),
    );
    await t.iot.send(new DeleteSecurityProfileCommand({ securityProfileName: 'Reborn' }));

    await create('Reborn');
    const listed = await t.iot.send(new ListTagsForResourceCommand({ resourceArn: arnOf('Reborn') }));

    expect(listed.tags).toEqual([]);
  });
});
