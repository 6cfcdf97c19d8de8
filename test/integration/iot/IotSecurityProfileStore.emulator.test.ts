import { CreateSecurityProfileCommand, type IoTClient } from '@aws-sdk/client-iot';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createIotClient } from '../../../src/adapters/iot/createIotClient';
import { IotSecurityProfileStore } from '../../../src/adapters/iot/IotSecurityProfileStore';
import { ProfileNotFoundError, VersionConflictError } from '../../../src/domain/errors';
import type { Behavior } from '../../../src/domain/securityProfile';
import { startIotEmulator, type IotEmulator } from '../../../src/local/iotEmulator';
import { HUGE_LONG } from '../../unit/iot/fixtures/aFullUpdateRequest';

let emulator: IotEmulator;
let client: IoTClient;

function messagesSent(count: bigint): Behavior {
  return {
    name: 'messages-sent',
    metric: 'aws:num-messages-sent',
    criteria: { comparisonOperator: 'greater-than', value: { count }, durationSeconds: 300 },
  };
}

/** Creates a profile owned by team-a with the SDK itself: the store only reads and updates. */
async function aCreatedProfile(securityProfileName: string): Promise<void> {
  const behavior = {
    name: 'messages-sent',
    metric: 'aws:num-messages-sent',
    criteria: { comparisonOperator: 'greater-than' as const, value: { count: 5 }, durationSeconds: 300 },
  };
  await client.send(
    new CreateSecurityProfileCommand({
      securityProfileName,
      behaviors: [behavior],
      tags: [{ Key: 'owner', Value: 'team-a' }],
    }),
  );
}

function aStore(): IotSecurityProfileStore {
  return new IotSecurityProfileStore({ client, ownerTagKey: 'owner' });
}

describe('IotSecurityProfileStore against the IoT emulator', () => {
  beforeAll(async () => {
    emulator = await startIotEmulator();
    vi.stubEnv('AWS_ENDPOINT_URL_IOT', emulator.url);
    vi.stubEnv('AWS_REGION', 'us-east-1');
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDLOCAL');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'local-secret');
    client = createIotClient({ maxAttempts: 1 });
  });

  afterAll(async () => {
    client.destroy();
    vi.unstubAllEnvs();
    await emulator.close();
  });

  it('loads a created profile with its owner tag at version 1', async () => {
    await aCreatedProfile('created');

    const loaded = await aStore().load('created');

    expect(loaded.ownerTeam).toBe('team-a');
    expect(loaded.profile.version).toBe(1n);
    expect(loaded.profile.behaviors).toStrictEqual([messagesSent(5n)]);
  });

  it('updates at the loaded version and loads back exactly what IoT answered, huge count included', async () => {
    await aCreatedProfile('updated');
    const store = aStore();
    const { profile: before } = await store.load('updated');

    const updated = await store.update(
      { securityProfileName: 'updated', behaviors: [messagesSent(HUGE_LONG)] },
      before.version,
    );
    const reloaded = await store.load('updated');

    expect(updated.version).toBe(before.version + 1n);
    expect(updated.behaviors).toStrictEqual([messagesSent(HUGE_LONG)]);
    expect(reloaded).toStrictEqual({ profile: updated, ownerTeam: 'team-a' });
  });

  it('rejects an update at a stale version with VersionConflictError', async () => {
    await aCreatedProfile('raced');
    const store = aStore();
    const { profile } = await store.load('raced');
    await store.update(
      { securityProfileName: 'raced', securityProfileDescription: 'first' },
      profile.version,
    );

    const updating = store.update(
      { securityProfileName: 'raced', securityProfileDescription: 'late' },
      profile.version,
    );

    await expect(updating).rejects.toBeInstanceOf(VersionConflictError);
  });

  it('reports ProfileNotFoundError for a profile the emulator does not have', async () => {
    const loading = aStore().load('no-such-profile');

    await expect(loading).rejects.toBeInstanceOf(ProfileNotFoundError);
  });
});
