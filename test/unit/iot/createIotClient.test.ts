import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIotClient } from '../../../src/adapters/iot/createIotClient';

describe('createIotClient', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('bounds retries to three standard-mode attempts by default', async () => {
    const client = createIotClient();

    expect(await client.config.maxAttempts()).toBe(3);
    expect(client.config.retryMode).toBe('standard');
  });

  it('takes region, attempts and retry mode from its options', async () => {
    const client = createIotClient({ region: 'eu-west-1', maxAttempts: 5, retryMode: 'adaptive' });

    expect(await client.config.region()).toBe('eu-west-1');
    expect(await client.config.maxAttempts()).toBe(5);
    expect(client.config.retryMode).toBe('adaptive');
  });

  it('leaves the region to the SDK, which reads AWS_REGION', async () => {
    vi.stubEnv('AWS_REGION', 'ap-southeast-2');

    const client = createIotClient();

    expect(await client.config.region()).toBe('ap-southeast-2');
  });
});
