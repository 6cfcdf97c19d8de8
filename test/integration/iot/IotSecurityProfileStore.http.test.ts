import type { IoTClient } from '@aws-sdk/client-iot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIotClient, type IotClientOptions } from '../../../src/adapters/iot/createIotClient';
import { IotSecurityProfileStore } from '../../../src/adapters/iot/IotSecurityProfileStore';
import {
  ProfileNotFoundError,
  ThrottledError,
  UpstreamUnavailableError,
  ValidationError,
  VersionConflictError,
} from '../../../src/domain/errors';
import { aFullProfile, aFullUpdateRequest, HUGE_LONG } from '../../unit/iot/fixtures/aFullUpdateRequest';
import { fromWireJson, toWireJson } from '../../unit/iot/fixtures/toWireJson';
import {
  errorResponse,
  jsonResponse,
  startCannedIotServer,
  type CannedIotServer,
  stubSdkEnvironment,
} from './startCannedIotServer';

let server: CannedIotServer;
let client: IoTClient | undefined;

function aStore(options: IotClientOptions = {}): IotSecurityProfileStore {
  client = createIotClient({ maxAttempts: 1, ...options });
  return new IotSecurityProfileStore({ client, ownerTagKey: 'owner' });
}

describe('IotSecurityProfileStore over HTTP', () => {
  beforeEach(async () => {
    server = await startCannedIotServer();
    // The SDK's own variable is the only thing pointing the client at the server.
    stubSdkEnvironment(server.url);
  });

  afterEach(async () => {
    client?.destroy();
    client = undefined;
    vi.unstubAllEnvs();
    await server.close();
  });

  it('sends the endpoint named by AWS_ENDPOINT_URL_IOT a describe for the percent-encoded name', async () => {
    server.respondWith(() => jsonResponse(toWireJson(aFullProfile())));

    await aStore().describe('team-a_sensors:v1');

    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toStrictEqual([
      'GET /security-profiles/team-a_sensors%3Av1',
    ]);
  });

  it('sends a 2^60+1 count and expectedVersion exactly and reads every member back losslessly', async () => {
    server.respondWith(() => jsonResponse(toWireJson(aFullProfile())));

    const profile = await aStore().update(aFullUpdateRequest(), HUGE_LONG);

    const [request] = server.requests;
    expect(request?.url).toBe('/security-profiles/team-a_sensors%3Av1?expectedVersion=1152921504606846977');
    expect(request?.body).toContain('"value":{"count":1152921504606846977}');
    expect(profile).toStrictEqual(aFullProfile());
    expect(profile.version).toBe(HUGE_LONG + 1n);
  });

  it('puts every request member on the wire under its AWS name', async () => {
    server.respondWith(() => jsonResponse(toWireJson(aFullProfile())));
    const expectedBody = {
      ...aFullUpdateRequest(),
      securityProfileName: undefined,
      expectedVersion: undefined,
    };

    await aStore().update(aFullUpdateRequest(), 1n);

    expect(fromWireJson(server.requests[0]?.body ?? '')).toStrictEqual(
      fromWireJson(toWireJson(expectedBody)),
    );
  });

  it('reads fractional epoch-second timestamps as Dates to the millisecond', async () => {
    const body =
      '{"securityProfileName":"p","securityProfileArn":"arn:aws:iot:us-east-1:1:securityprofile/p","version":9007199254740993,"creationDate":1600799559.249,"lastModifiedDate":1767323045.678}';
    server.respondWith(() => jsonResponse(body));

    const profile = await aStore().describe('p');

    expect(profile.version).toBe(2n ** 53n + 1n);
    expect(profile.creationDate?.toISOString()).toBe('2020-09-22T18:32:39.249Z');
    expect(profile.lastModifiedDate?.toISOString()).toBe('2026-01-02T03:04:05.678Z');
  });

  it('loads the owner tag by listing the tags of the ARN describe returned', async () => {
    const profile = aFullProfile();
    server.respondWith((request) =>
      request.url.startsWith('/tags')
        ? jsonResponse('{"tags":[{"Key":"owner","Value":"team-a"}]}')
        : jsonResponse(toWireJson(profile)),
    );

    const loaded = await aStore().load(profile.securityProfileName);

    expect(loaded).toStrictEqual({ profile, ownerTeam: 'team-a' });
    expect(server.requests[1]?.url).toBe(
      `/tags?resourceArn=${encodeURIComponent(profile.securityProfileArn)}`,
    );
  });

  it('reuses one kept-alive connection for consecutive calls', async () => {
    server.respondWith(() => jsonResponse(toWireJson(aFullProfile())));
    const store = aStore();

    await store.describe('p');
    await store.describe('p');
    await store.describe('p');

    expect(server.requests).toHaveLength(3);
    expect(server.connectionCount()).toBe(1);
  });

  it.each([
    [404, 'ResourceNotFoundException', ProfileNotFoundError],
    [409, 'VersionConflictException', VersionConflictError],
    [400, 'InvalidRequestException', ValidationError],
    [400, 'ThrottlingException', ThrottledError],
    [500, 'InternalFailureException', UpstreamUnavailableError],
  ])('maps HTTP %i with x-amzn-ErrorType %s to %O', async (status, errorType, domainError) => {
    server.respondWith(() => errorResponse(status, errorType, 'IoT says no'));

    const updating = aStore().update({ securityProfileName: 'p' }, 1n);

    await expect(updating).rejects.toBeInstanceOf(domainError);
    await expect(updating).rejects.toMatchObject({ cause: { name: errorType } });
  });

  it("quotes IoT's message in the validation issue of an InvalidRequestException", async () => {
    server.respondWith(() => errorResponse(400, 'InvalidRequestException', 'Behavior name must be unique'));

    const updating = aStore().update({ securityProfileName: 'p' }, 1n);

    await expect(updating).rejects.toMatchObject({
      issues: [{ path: '', message: 'Behavior name must be unique' }],
    });
  });

  it('lets the SDK retry throttling up to maxAttempts before reporting THROTTLED', async () => {
    server.respondWith(() => errorResponse(400, 'ThrottlingException', 'Rate exceeded'));

    const describing = aStore({ maxAttempts: 2 }).describe('p');

    await expect(describing).rejects.toBeInstanceOf(ThrottledError);
    expect(server.requests).toHaveLength(2);
  });

  it('returns the retried success, with exact longs read from the attempt that succeeded', async () => {
    let attempt = 0;
    server.respondWith(() =>
      (attempt += 1) === 1
        ? errorResponse(500, 'InternalFailureException', 'try again')
        : jsonResponse(toWireJson(aFullProfile())),
    );

    const profile = await aStore({ maxAttempts: 2 }).describe('p');

    expect(server.requests).toHaveLength(2);
    expect(profile.version).toBe(HUGE_LONG + 1n);
  });

  it('reports UPSTREAM_UNAVAILABLE for a 503 without an IoT error body', async () => {
    server.respondWith(() => ({
      status: 503,
      headers: { 'content-type': 'text/html' },
      body: '<h1>down</h1>',
    }));

    const describing = aStore().describe('p');

    await expect(describing).rejects.toBeInstanceOf(UpstreamUnavailableError);
  });

  it('reports UPSTREAM_UNAVAILABLE when nothing listens at the endpoint', async () => {
    await server.close();
    server = await startCannedIotServer();
    vi.stubEnv('AWS_ENDPOINT_URL_IOT', 'http://127.0.0.1:1');

    const describing = aStore().describe('p');

    await expect(describing).rejects.toBeInstanceOf(UpstreamUnavailableError);
  });

  it('reports UPSTREAM_UNAVAILABLE when IoT never answers within the request timeout', async () => {
    server.respondWith(() => undefined);

    const describing = aStore({ requestTimeoutMs: 200 }).describe('p');

    await expect(describing).rejects.toBeInstanceOf(UpstreamUnavailableError);
  });

  it('passes an unexpected IoT error through unchanged', async () => {
    server.respondWith(() => errorResponse(410, 'LimitExceededException', 'too many'));

    const describing = aStore().describe('p');

    await expect(describing).rejects.toMatchObject({ name: 'LimitExceededException', message: 'too many' });
  });
});
