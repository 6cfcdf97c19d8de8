import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AttachSecurityProfileCommand,
  CreateSecurityProfileCommand,
  CreateThingGroupCommand,
  DescribeSecurityProfileCommand,
  DescribeThingGroupCommand,
  ListTagsForResourceCommand,
  ListTargetsForSecurityProfileCommand,
  UpdateSecurityProfileCommand,
} from '@aws-sdk/client-iot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { everyRulesField } from './support/profiles';
import { startTestEmulator, type TestEmulator } from './support/testEmulator';

let dir: string;
let running: TestEmulator[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'iot-emulator-state-'));
});
afterEach(async () => {
  await Promise.all(running.map((t) => t.close()));
  running = [];
  await rm(dir, { recursive: true, force: true });
});

async function start(stateFile: string, seedDemo = false): Promise<TestEmulator> {
  const t = await startTestEmulator({ stateFile, seedDemo });
  running.push(t);
  return t;
}

const ARN = 'arn:aws:iot:us-east-1:123456789012:securityprofile/Durable';
const GROUP = 'arn:aws:iot:us-east-1:123456789012:thinggroup/durable-group';

describe('the state file', () => {
  it('keeps profiles, thing groups, versions, dates, tags and targets across a restart', async () => {
    const file = join(dir, 'nested', 'state.json');
    const first = await start(file);
    await first.iot.send(
      new CreateThingGroupCommand({
        thingGroupName: 'durable-group',
        thingGroupProperties: {
          thingGroupDescription: 'kept',
          attributePayload: { attributes: { site: 'north' } },
        },
        tags: [{ Key: 'team', Value: 'team-a' }],
      }),
    );
    const groupBefore = await first.iot.send(
      new DescribeThingGroupCommand({ thingGroupName: 'durable-group' }),
    );
    await first.iot.send(new CreateSecurityProfileCommand(everyRulesField('Durable')));
    await first.iot.send(
      new UpdateSecurityProfileCommand({ securityProfileName: 'Durable', securityProfileDescription: 'v2' }),
    );
    await first.iot.send(
      new AttachSecurityProfileCommand({ securityProfileName: 'Durable', securityProfileTargetArn: GROUP }),
    );
    const before = await first.iot.send(
      new DescribeSecurityProfileCommand({ securityProfileName: 'Durable' }),
    );
    await first.close();
    running = [];

    const second = await start(file);
    const after = await second.iot.send(
      new DescribeSecurityProfileCommand({ securityProfileName: 'Durable' }),
    );
    const tags = await second.iot.send(new ListTagsForResourceCommand({ resourceArn: ARN }));
    const groupAfter = await second.iot.send(
      new DescribeThingGroupCommand({ thingGroupName: 'durable-group' }),
    );
    const groupTags = await second.iot.send(new ListTagsForResourceCommand({ resourceArn: GROUP }));
    const targets = await second.iot.send(
      new ListTargetsForSecurityProfileCommand({ securityProfileName: 'Durable' }),
    );

    expect({ ...after, $metadata: undefined }).toEqual({ ...before, $metadata: undefined });
    expect(tags.tags).toEqual(everyRulesField('Durable').tags);
    expect(targets.securityProfileTargets).toEqual([{ arn: GROUP }]);
    expect({ ...groupAfter, $metadata: undefined }).toEqual({ ...groupBefore, $metadata: undefined });
    expect(groupTags.tags).toEqual([{ Key: 'team', Value: 'team-a' }]);
  });

  it('reads a state file written before thing groups were emulated (no thingGroups member)', async () => {
    const file = join(dir, 'old', 'state.json');
    await mkdir(join(dir, 'old'));
    const profile = {
      securityProfileName: 'Old',
      securityProfileArn: ARN.replace('Durable', 'Old'),
      version: 3,
    };
    await writeFile(
      file,
      JSON.stringify({ format: 'iot-emulator-state/1', profiles: [{ profile, tags: [], targets: [] }] }),
    );

    const t = await start(file);
    const described = await t.iot.send(new DescribeSecurityProfileCommand({ securityProfileName: 'Old' }));

    expect(described.version).toBe(3);
  });

  it('keeps a 64-bit count exact across a restart', async () => {
    const file = join(dir, 'state.json');
    const first = await start(file);
    const body =
      '{"behaviors":[{"name":"Big","metric":"aws:all-bytes-in","criteria":{"comparisonOperator":"greater-than","value":{"count":9223372036854775806},"durationSeconds":300}}]}';
    await first.raw('POST', '/security-profiles/Big', body);
    await first.close();
    running = [];

    const second = await start(file);
    const described = await second.raw('GET', '/security-profiles/Big');

    expect(described.text).toContain('"count":9223372036854775806');
  });

  it('is written atomically: after changes it is complete JSON and no temporary file is left', async () => {
    const file = join(dir, 'state.json');
    const t = await start(file);

    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        t.iot.send(new CreateSecurityProfileCommand({ securityProfileName: `P${i}` })),
      ),
    );
    await t.close();
    running = [];

    const saved = JSON.parse(await readFile(file, 'utf8')) as { profiles: unknown[] };
    expect(saved.profiles).toHaveLength(8);
    expect(await readdir(dir)).toEqual(['state.json']);
  });

  it('seeds demo profiles only where missing, keeping changes saved earlier', async () => {
    const file = join(dir, 'state.json');
    const first = await start(file, true);
    await first.iot.send(
      new UpdateSecurityProfileCommand({
        securityProfileName: 'PossibleIssue',
        securityProfileDescription: 'kept',
      }),
    );
    await first.close();
    running = [];

    const second = await start(file, true);
    const profile = await second.iot.send(
      new DescribeSecurityProfileCommand({ securityProfileName: 'PossibleIssue' }),
    );

    expect(profile).toMatchObject({ version: 2, securityProfileDescription: 'kept' });
  });
});
