import { CreateSecurityProfileCommand, type IoTClient } from '@aws-sdk/client-iot';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createIotClient } from '../../../src/adapters/iot/createIotClient';
import { IotSecurityProfileStore } from '../../../src/adapters/iot/IotSecurityProfileStore';
import { toSdkBehavior } from '../../../src/adapters/iot/toSdkBehavior';
import { ProfileNotFoundError, VersionConflictError } from '../../../src/domain/errors';
import type { Behavior } from '../../../src/domain/securityProfile';
import { startIotEmulator, type IotEmulator } from '../../../src/local/iotEmulator';
import { HUGE_LONG } from '../../unit/iot/fixtures/aFullUpdateRequest';

const NAME = 'team-a_sensors';
const messagesSent = (count: bigint): Behavior => ({
  name: 'messages-sent',
  metric: 'aws:num-messages-sent',
  criteria: { comparisonOperator: 'greater-than', value: { count }, durationSeconds: 300 },
});

let emulator: IotEmulator;
let client: IoTClient;
let store: IotSecurityProfileStore;

describe('IotSecurityProfileStore against the IoT emulator', () => {
  beforeAll(async () => {
    emulator = await startIotEmulator();
    vi.stubEnv('AWS_ENDPOINT_URL_IOT', emulator.url);
    vi.stubEnv('AWS_REGION', 'us-east-1');
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDLOCAL');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'local-secret');
    client = createIotClient({ maxAttempts: 1 });
    store = new IotSecurityProfileStore({ client, ownerTagKey: 'owner' });
    // Created with the SDK directly: the store only reads and updates.
    await client.send(
      new CreateSecurityProfileCommand({
        securityProfileName: NAME,
        behaviors: [toSdkBehavior(messagesSent(5n))] as never,
        tags: [{ Key: 'owner', Value: 'team-a' }],
      }),
    );
  });

  afterAll(async () => {
    client.destroy();
    vi.unstubAllEnvs();
    await emulator.close();
  });

  it('loads a created profile with its owner tag at version 1', async () => {
    // Act
    const loaded = await store.load(NAME);

    // Assess
    expect(loaded.ownerTeam).toBe('team-a');
    expect(loaded.profile.version).toBe(1n);
    expect(loaded.profile.behaviors).toStrictEqual([messagesSent(5n)]);
  });

  it('updates at the loaded version and loads back exactly what IoT answered, huge count included', async () => {
    // Prepare
    const { profile: before } = await store.load(NAME);

    // Act
    const updated = await store.update(
      { securityProfileName: NAME, behaviors: [messagesSent(HUGE_LONG)] },
      before.version,
    );
    const reloaded = await store.load(NAME);

    // Assess
    expect(updated.version).toBe(before.version + 1n);
    expect(updated.behaviors?.[0]?.criteria?.value?.count).toBe(HUGE_LONG);
    expect(reloaded).toStrictEqual({ profile: updated, ownerTeam: 'team-a' });
  });

  it('rejects an update at a stale version with VersionConflictError', async () => {
    // Prepare
    const { profile } = await store.load(NAME);

    // Act
    const updating = store.update({ securityProfileName: NAME, securityProfileDescription: 'late' }, profile.version - 1n);

    // Assess
    await expect(updating).rejects.toBeInstanceOf(VersionConflictError);
  });

  it('reports ProfileNotFoundError for a profile the emulator does not have', async () => {
    // Act
    const loading = store.load('no-such-profile');

    // Assess
    await expect(loading).rejects.toBeInstanceOf(ProfileNotFoundError);
  });
});
