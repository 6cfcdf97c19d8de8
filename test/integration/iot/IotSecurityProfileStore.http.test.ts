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
    // Prepare
    server.respondWith(() => jsonResponse(toWireJson(aFullProfile())));

    // Act
    await aStore().describe('team-a_sensors:v1');

    // Assess
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toStrictEqual([
      'GET /security-profiles/team-a_sensors%3Av1',
    ]);
  });

  it('sends a 2^60+1 count and expectedVersion exactly and reads every member back losslessly', async () => {
    // Prepare
    server.respondWith(() => jsonResponse(toWireJson(aFullProfile())));

    // Act
    const profile = await aStore().update(aFullUpdateRequest(), HUGE_LONG);

    // Assess
    const [request] = server.requests;
    expect(request?.url).toBe('/security-profiles/team-a_sensors%3Av1?expectedVersion=1152921504606846977');
    expect(request?.body).toContain('"value":{"count":1152921504606846977}');
    expect(profile).toStrictEqual(aFullProfile());
    expect(profile.version).toBe(HUGE_LONG + 1n);
  });

  it('puts every request member on the wire under its AWS name', async () => {
    // Prepare
    server.respondWith(() => jsonResponse(toWireJson(aFullProfile())));
    const expectedBody = {
      ...aFullUpdateRequest(),
      securityProfileName: undefined,
      expectedVersion: undefined,
    };

    // Act
    await aStore().update(aFullUpdateRequest(), 1n);

    // Assess
    expect(fromWireJson(server.requests[0]?.body ?? '')).toStrictEqual(
      fromWireJson(toWireJson(expectedBody)),
    );
  });

  it('reads fractional epoch-second timestamps as Dates to the millisecond', async () => {
    // Prepare
    const body =
      '{"securityProfileName":"p","securityProfileArn":"arn:aws:iot:us-east-1:1:securityprofile/p","version":9007199254740993,"creationDate":1600799559.249,"lastModifiedDate":1767323045.678}';
    server.respondWith(() => jsonResponse(body));

    // Act
    const profile = await aStore().describe('p');

    // Assess
    expect(profile.version).toBe(2n ** 53n + 1n);
    expect(profile.creationDate?.toISOString()).toBe('2020-09-22T18:32:39.249Z');
    expect(profile.lastModifiedDate?.toISOString()).toBe('2026-01-02T03:04:05.678Z');
  });

  it('loads the owner tag by listing the tags of the ARN describe returned', async () => {
    // Prepare
    const profile = aFullProfile();
    server.respondWith((request) =>
      request.url.startsWith('/tags')
        ? jsonResponse('{"tags":[{"Key":"owner","Value":"team-a"}]}')
        : jsonResponse(toWireJson(profile)),
    );

    // Act
    const loaded = await aStore().load(profile.securityProfileName);

    // Assess
    expect(loaded).toStrictEqual({ profile, ownerTeam: 'team-a' });
    expect(server.requests[1]?.url).toBe(
      `/tags?resourceArn=${encodeURIComponent(profile.securityProfileArn)}`,
    );
  });

  it('reuses one kept-alive connection for consecutive calls', async () => {
    // Prepare
    server.respondWith(() => jsonResponse(toWireJson(aFullProfile())));
    const store = aStore();

    // Act
    await store.describe('p');
    await store.describe('p');
    await store.describe('p');

    // Assess
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
    // Prepare
    server.respondWith(() => errorResponse(status, errorType, 'IoT says no'));

    // Act
    const updating = aStore().update({ securityProfileName: 'p' }, 1n);

    // Assess
    await expect(updating).rejects.toBeInstanceOf(domainError);
    await expect(updating).rejects.toMatchObject({ cause: { name: errorType } });
  });

  it("quotes IoT's message in the validation issue of an InvalidRequestException", async () => {
    // Prepare
    server.respondWith(() => errorResponse(400, 'InvalidRequestException', 'Behavior name must be unique'));

    // Act
    const updating = aStore().update({ securityProfileName: 'p' }, 1n);

    // Assess
    await expect(updating).rejects.toMatchObject({
      issues: [{ path: '', message: 'IoT rejected the request: Behavior name must be unique' }],
    });
  });

  it('lets the SDK retry throttling up to maxAttempts before reporting THROTTLED', async () => {
    // Prepare
    server.respondWith(() => errorResponse(400, 'ThrottlingException', 'Rate exceeded'));

    // Act
    const describing = aStore({ maxAttempts: 2 }).describe('p');

    // Assess
    await expect(describing).rejects.toBeInstanceOf(ThrottledError);
    expect(server.requests).toHaveLength(2);
  });

  it('returns the retried success, with exact longs read from the attempt that succeeded', async () => {
    // Prepare
    let attempt = 0;
    server.respondWith(() =>
      (attempt += 1) === 1
        ? errorResponse(500, 'InternalFailureException', 'try again')
        : jsonResponse(toWireJson(aFullProfile())),
    );

    // Act
    const profile = await aStore({ maxAttempts: 2 }).describe('p');

    // Assess
    expect(server.requests).toHaveLength(2);
    expect(profile.version).toBe(HUGE_LONG + 1n);
  });

  it('reports UPSTREAM_UNAVAILABLE for a 503 without an IoT error body', async () => {
    // Prepare
    server.respondWith(() => ({
      status: 503,
      headers: { 'content-type': 'text/html' },
      body: '<h1>down</h1>',
    }));

    // Act
    const describing = aStore().describe('p');

    // Assess
    await expect(describing).rejects.toBeInstanceOf(UpstreamUnavailableError);
  });

  it('reports UPSTREAM_UNAVAILABLE when nothing listens at the endpoint', async () => {
    // Prepare
    await server.close();
    server = await startCannedIotServer();
    vi.stubEnv('AWS_ENDPOINT_URL_IOT', 'http://127.0.0.1:1');

    // Act
    const describing = aStore().describe('p');

    // Assess
    await expect(describing).rejects.toBeInstanceOf(UpstreamUnavailableError);
  });

  it('reports UPSTREAM_UNAVAILABLE when IoT never answers within the request timeout', async () => {
    // Prepare
    server.respondWith(() => undefined);

    // Act
    const describing = aStore({ requestTimeoutMs: 200 }).describe('p');

    // Assess
    await expect(describing).rejects.toBeInstanceOf(UpstreamUnavailableError);
  });

  it('passes an unexpected IoT error through unchanged', async () => {
    // Prepare
    server.respondWith(() => errorResponse(410, 'LimitExceededException', 'too many'));

    // Act
    const describing = aStore().describe('p');

    // Assess
    await expect(describing).rejects.toMatchObject({ name: 'LimitExceededException', message: 'too many' });
  });
});
