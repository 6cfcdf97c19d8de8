import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IoTClient } from '@aws-sdk/client-iot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIotClient, createIotConnections } from '../../../src/adapters/iot/createIotClient';
import { IotSecurityProfileStore } from '../../../src/adapters/iot/IotSecurityProfileStore';
import { UpstreamUnavailableError } from '../../../src/domain/errors';
import { aFullProfile } from '../../unit/iot/fixtures/aFullUpdateRequest';
import { toWireJson } from '../../unit/iot/fixtures/toWireJson';
import {
  errorResponse,
  jsonResponse,
  startCannedIotServer,
  type CannedIotServer,
  type CannedResponse,
  type RecordedRequest,
  stubSdkEnvironment,
} from './startCannedIotServer';

let server: CannedIotServer;
let clients: IoTClient[] = [];

/** The store as production wires it: reads retry transient failures, the write only throttling; one pool of connections. */
function aProductionStore(options: { requestTimeoutMs?: number } = {}): IotSecurityProfileStore {
  const connections = createIotConnections(options);
  const client = createIotClient({ maxAttempts: 3, connections });
  const writeClient = createIotClient({ maxAttempts: 3, retryScope: 'throttlingOnly', connections });
  clients.push(client, writeClient);
  return new IotSecurityProfileStore({ client, writeClient, ownerTagKey: 'owner' });
}

/** Answers the first request matching `method` with `first`, every other one with the profile. */
function firstThen(method: string, first: CannedResponse | undefined) {
  let answered = false;
  return (request: RecordedRequest): CannedResponse | undefined => {
    if (request.method === method && !answered) {
      answered = true;
      return first;
    }
    return jsonResponse(toWireJson(aFullProfile()));
  };
}

function sent(method: string): number {
  return server.requests.filter((r) => r.method === method).length;
}

describe('IotSecurityProfileStore retries over HTTP', () => {
  beforeEach(async () => {
    server = await startCannedIotServer();
    stubSdkEnvironment(server.url);
  });

  afterEach(async () => {
    for (const client of clients) client.destroy();
    clients = [];
    vi.unstubAllEnvs();
    await server.close();
  });

  it('sends the update on the connection the describe opened', async () => {
    server.respondWith(() => jsonResponse(toWireJson(aFullProfile())));
    const store = aProductionStore();

    await store.describe('p');
    await store.update({ securityProfileName: 'p' }, 7n);

    expect(server.requests.map((r) => r.method)).toStrictEqual(['GET', 'PATCH']);
    expect(server.connectionCount()).toBe(1);
  });

  it('sends an update that IoT answered with a 500 once, and reports UPSTREAM_UNAVAILABLE', async () => {
    server.respondWith(firstThen('PATCH', errorResponse(500, 'InternalFailureException', 'boom')));

    const updating = aProductionStore().update({ securityProfileName: 'p' }, 7n);

    await expect(updating).rejects.toBeInstanceOf(UpstreamUnavailableError);
    expect(sent('PATCH')).toBe(1);
  });

  it('sends an update whose answer never came once, and reports UPSTREAM_UNAVAILABLE', async () => {
    server.respondWith(firstThen('PATCH', undefined));

    const updating = aProductionStore({ requestTimeoutMs: 200 }).update({ securityProfileName: 'p' }, 7n);

    await expect(updating).rejects.toBeInstanceOf(UpstreamUnavailableError);
    expect(sent('PATCH')).toBe(1);
  });

  it('resends a throttled update, which then succeeds', async () => {
    server.respondWith(firstThen('PATCH', errorResponse(400, 'ThrottlingException', 'Rate exceeded')));

    const profile = await aProductionStore().update({ securityProfileName: 'p' }, 7n);

    expect(profile).toStrictEqual(aFullProfile());
    expect(sent('PATCH')).toBe(2);
    expect(server.requests.map((r) => r.url)).toStrictEqual([
      '/security-profiles/p?expectedVersion=7',
      '/security-profiles/p?expectedVersion=7',
    ]);
  });

  it('still resends a describe that IoT answered with a 500', async () => {
    server.respondWith(firstThen('GET', errorResponse(500, 'InternalFailureException', 'boom')));

    const profile = await aProductionStore().describe('p');

    expect(profile).toStrictEqual(aFullProfile());
    expect(sent('GET')).toBe(2);
  });

  it('would resend the update on a 500 through the read client (what writeClient prevents)', async () => {
    server.respondWith(firstThen('PATCH', errorResponse(500, 'InternalFailureException', 'boom')));
    const client = createIotClient({ maxAttempts: 3 });
    clients.push(client);

    await new IotSecurityProfileStore({ client, ownerTagKey: 'owner' }).update(
      { securityProfileName: 'p' },
      7n,
    );

    expect(sent('PATCH')).toBe(2);
  });
});

describe('IotSecurityProfileStore update on a dropped connection', () => {
  afterEach(() => {
    for (const client of clients) client.destroy();
    clients = [];
    vi.unstubAllEnvs();
  });

  it('sends an update whose connection closed before the answer once, and reports UPSTREAM_UNAVAILABLE', async () => {
    // A server that reads each request, counts it, then hangs up without answering.
    let patches = 0;
    const hangUp = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        if (req.method === 'PATCH') patches += 1;
        res.socket?.destroy();
      });
    });
    await new Promise<void>((resolve) => hangUp.listen(0, '127.0.0.1', resolve));
    vi.stubEnv('AWS_ENDPOINT_URL_IOT', `http://127.0.0.1:${(hangUp.address() as AddressInfo).port}`);
    vi.stubEnv('AWS_REGION', 'us-east-1');
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDLOCAL');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'local-secret');

    try {
      const updating = aProductionStore().update({ securityProfileName: 'p' }, 7n);

      await expect(updating).rejects.toBeInstanceOf(UpstreamUnavailableError);
      expect(patches).toBe(1);
    } finally {
      hangUp.closeAllConnections();
      await new Promise((resolve) => hangUp.close(resolve));
    }
  });
});
