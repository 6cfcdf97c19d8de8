import {
  DescribeSecurityProfileCommand,
  IoTClient,
  ListTagsForResourceCommand,
  ResourceNotFoundException,
  UpdateSecurityProfileCommand,
  VersionConflictException,
} from '@aws-sdk/client-iot';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { IotSecurityProfileStore } from '../../../src/adapters/iot/IotSecurityProfileStore';
import { ProfileNotFoundError, VersionConflictError } from '../../../src/domain/errors';

const ARN_PREFIX = 'arn:aws:iot:us-east-1:123456789012:securityprofile/';
const $metadata = {};
const iot = mockClient(IoTClient);

function aStore(): IotSecurityProfileStore {
  return new IotSecurityProfileStore({
    client: new IoTClient({ region: 'us-east-1' }),
    ownerTagKey: 'owner',
  });
}

function describeOutput(name: string, version = 1) {
  return { securityProfileName: name, securityProfileArn: ARN_PREFIX + name, version, behaviors: [] };
}

describe('IotSecurityProfileStore', () => {
  beforeEach(() => {
    iot.reset();
  });

  it('loads a profile with the owner tag, learning the ARN from the first describe', async () => {
    iot.on(DescribeSecurityProfileCommand).resolves(describeOutput('alpha', 7));
    iot.on(ListTagsForResourceCommand).resolves({ tags: [{ Key: 'owner', Value: 'team-a' }] });

    const loaded = await aStore().load('alpha');

    expect(loaded).toStrictEqual({
      profile: {
        securityProfileName: 'alpha',
        securityProfileArn: ARN_PREFIX + 'alpha',
        version: 7n,
        behaviors: [],
      },
      ownerTeam: 'team-a',
    });
    expect(iot.commandCalls(ListTagsForResourceCommand)[0]?.args[0].input).toStrictEqual({
      resourceArn: ARN_PREFIX + 'alpha',
      nextToken: undefined,
    });
  });

  it('lists tags of later profiles at the ARN computed from the learned prefix, without waiting for describe', async () => {
    const store = aStore();
    iot
      .on(DescribeSecurityProfileCommand, { securityProfileName: 'alpha' })
      .resolves(describeOutput('alpha'));
    await store.describe('alpha');
    let describeFinished = false;
    iot.on(DescribeSecurityProfileCommand, { securityProfileName: 'beta' }).callsFake(async () => {
      await new Promise((resolve) => setImmediate(resolve));
      describeFinished = true;
      return describeOutput('beta');
    });
    const tagsAskedBeforeDescribeFinished: boolean[] = [];
    iot.on(ListTagsForResourceCommand).callsFake(() => {
      tagsAskedBeforeDescribeFinished.push(!describeFinished);
      return { tags: [{ Key: 'owner', Value: 'team-b' }] };
    });

    const loaded = await store.load('beta');

    expect(loaded.ownerTeam).toBe('team-b');
    expect(tagsAskedBeforeDescribeFinished).toStrictEqual([true]);
    expect(iot.commandCalls(ListTagsForResourceCommand)[0]?.args[0].input.resourceArn).toBe(
      ARN_PREFIX + 'beta',
    );
  });

  it('re-reads the tags at the returned ARN when it differs from the computed one', async () => {
    const store = aStore();
    iot
      .on(DescribeSecurityProfileCommand, { securityProfileName: 'alpha' })
      .resolves(describeOutput('alpha'));
    await store.describe('alpha');
    const otherArn = 'arn:aws:iot:us-east-1:999999999999:securityprofile/beta';
    iot
      .on(DescribeSecurityProfileCommand, { securityProfileName: 'beta' })
      .resolves({ ...describeOutput('beta'), securityProfileArn: otherArn });
    iot
      .on(ListTagsForResourceCommand, { resourceArn: otherArn })
      .resolves({ tags: [{ Key: 'owner', Value: 'team-x' }] });
    iot
      .on(ListTagsForResourceCommand, { resourceArn: ARN_PREFIX + 'beta' })
      .rejects(new ResourceNotFoundException({ message: 'no such resource', $metadata }));

    const loaded = await store.load('beta');

    expect(loaded.ownerTeam).toBe('team-x');
  });

  it('follows ListTagsForResource pages to find the owner tag', async () => {
    const arn = ARN_PREFIX + 'alpha';
    iot.on(ListTagsForResourceCommand, { resourceArn: arn, nextToken: undefined }).resolves({
      tags: [{ Key: 'cost-centre', Value: '42' }],
      nextToken: 'page-2',
    });
    iot.on(ListTagsForResourceCommand, { resourceArn: arn, nextToken: 'page-2' }).resolves({
      tags: [{ Key: 'owner', Value: 'team-a' }, { Key: 'empty' }],
    });

    const tags = await aStore().listTags(arn);

    expect([...tags]).toStrictEqual([
      ['cost-centre', '42'],
      ['owner', 'team-a'],
      ['empty', ''],
    ]);
  });

  it('reports no owner team when the profile has no owner tag', async () => {
    iot.on(DescribeSecurityProfileCommand).resolves(describeOutput('alpha'));
    iot.on(ListTagsForResourceCommand).resolves({ tags: [{ Key: 'toString', Value: 'x' }] });

    const loaded = await aStore().load('alpha');

    expect(loaded.ownerTeam).toBeUndefined();
  });

  it('rejects with ProfileNotFoundError when describe finds no profile, even once the ARN is known', async () => {
    const store = aStore();
    iot
      .on(DescribeSecurityProfileCommand, { securityProfileName: 'alpha' })
      .resolves(describeOutput('alpha'));
    await store.describe('alpha');
    const notFound = new ResourceNotFoundException({ message: 'gone', $metadata });
    iot.on(DescribeSecurityProfileCommand, { securityProfileName: 'ghost' }).rejects(notFound);
    iot
      .on(ListTagsForResourceCommand)
      .rejects(new ResourceNotFoundException({ message: 'no tags', $metadata }));

    const loading = store.load('ghost');

    await expect(loading).rejects.toBeInstanceOf(ProfileNotFoundError);
    await expect(loading).rejects.toMatchObject({ securityProfileName: 'ghost', cause: notFound });
  });

  it('updates with the expectedVersion given and returns the profile IoT answered with', async () => {
    iot
      .on(UpdateSecurityProfileCommand)
      .resolves({ ...describeOutput('alpha', 9), securityProfileDescription: 'new' });

    const profile = await aStore().update(
      { securityProfileName: 'alpha', securityProfileDescription: 'new', expectedVersion: 1n },
      8n,
    );

    expect(iot.commandCalls(UpdateSecurityProfileCommand)[0]?.args[0].input).toStrictEqual({
      securityProfileName: 'alpha',
      securityProfileDescription: 'new',
      expectedVersion: 8n,
    });
    expect(profile.version).toBe(9n);
    expect(profile.securityProfileDescription).toBe('new');
  });

  it('rejects an update on a stale version with VersionConflictError', async () => {
    iot
      .on(UpdateSecurityProfileCommand)
      .rejects(new VersionConflictException({ message: 'stale', $metadata }));

    const updating = aStore().update({ securityProfileName: 'alpha' }, 3n);

    await expect(updating).rejects.toBeInstanceOf(VersionConflictError);
  });
});
