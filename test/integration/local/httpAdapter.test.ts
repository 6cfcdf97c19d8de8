import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { actorFromEvent } from '../../../src/adapters/identity/actorFromEvent';
import { requestMetaFromEvent } from '../../../src/adapters/identity/requestMetaFromEvent';
import { ALLOWED_ORIGIN, useHttpAdapter } from './httpAdapterHarness';

const h = useHttpAdapter();

describe('startHttpAdapter, in front of the handler', () => {
  it('hands the handler a payload 2.0 event shaped like the one API Gateway HTTP API sends', async () => {
    // Act
    const response = await h.call('/graphql?debug=1&tag=a&tag=b', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'adapter-test/1.0',
        'X-Custom': 'Mixed-Case',
        cookie: 'theme=dark; session=abc',
      },
      body: JSON.stringify({ query: '{ __typename }' }),
    });

    // Assess
    expect(response.status).toBe(200);
    const event = (await response.json()) as APIGatewayProxyEventV2WithJWTAuthorizer;
    expect(event).toMatchObject({
      version: '2.0',
      routeKey: '$default',
      rawPath: '/graphql',
      rawQueryString: 'debug=1&tag=a&tag=b',
      cookies: ['theme=dark', 'session=abc'],
      queryStringParameters: { debug: '1', tag: 'a,b' },
      body: '{"query":"{ __typename }"}',
      isBase64Encoded: false,
      requestContext: {
        accountId: '000000000000',
        routeKey: '$default',
        stage: '$default',
        http: { method: 'POST', path: '/graphql', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1' },
      },
    });
    expect(event.requestContext.http.userAgent).toBe('adapter-test/1.0');
    expect(event.headers).toMatchObject({ 'x-custom': 'Mixed-Case', 'x-forwarded-for': '127.0.0.1' });
    expect(event.headers.authorization).toMatch(/^Bearer /);
    expect(event.headers).not.toHaveProperty('cookie');
    expect(event.requestContext.time).toMatch(/^\d{2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}:\d{2}:\d{2} \+0000$/);
    expect(event.requestContext.requestId).toBe(response.headers.get('apigw-requestid'));
  });

  it('renders the verified claims as API Gateway does, ready for actorFromEvent', async () => {
    const token = await h.tokenFor(['team-a'], { admin: true });

    await h.call('/graphql', { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: '{}' });

    const { event } = h.invocations[0]!;
    expect(event.requestContext.authorizer.jwt.claims).toMatchObject({
      sub: 'alice',
      'cognito:groups': '[team-a platform-admins]',
      iss: 'security-profile-gateway-local',
      exp: expect.stringMatching(/^\d+$/) as string,
    });
    expect(event.requestContext.authorizer.jwt.scopes).toBeNull();
    expect(
      actorFromEvent(event, {
        teamsClaim: 'cognito:groups',
        isAdminTeam: (team: string) => team === 'platform-admins',
      }),
    ).toEqual({
      subject: 'alice',
      teams: ['team-a', 'platform-admins'],
      isAdmin: true,
    });
  });

  it('accepts the token without the Bearer prefix, as API Gateway does', async () => {
    const response = await h.call('/graphql', { headers: { authorization: await h.tokenFor(['team-b']) } });

    expect(response.status).toBe(200);
    expect(h.invocations[0]!.event.requestContext.authorizer.jwt.claims['cognito:groups']).toBe('[team-b]');
  });

  it('gives the handler a Lambda context with a request id and the 29 second budget', async () => {
    await h.call('/graphql');

    const { event, context, remainingMs } = h.invocations[0]!;
    expect(context.awsRequestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(context.invokedFunctionArn).toBe(
      'arn:aws:lambda:us-east-1:000000000000:function:security-profile-gateway-local',
    );
    expect(remainingMs).toBeGreaterThan(0);
    expect(remainingMs).toBeLessThanOrEqual(29_000);
    expect(requestMetaFromEvent(event, context)).toMatchObject({
      apiRequestId: event.requestContext.requestId,
      lambdaRequestId: context.awsRequestId,
      sourceIp: '127.0.0.1',
    });
  });

  it('refuses a request without a token with 401 before the handler runs', async () => {
    const response = await fetch(`${h.adapter.url}/graphql`, { method: 'POST', body: '{}' });

    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      message: 'Unauthorized',
      code: 'UNAUTHENTICATED',
      reason: 'no bearer token in the authorization header',
    });
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(h.invocations).toHaveLength(0);
  });

  it.each([
    ['signed by another key', () => h.foreignToken(), 'Bearer scope="" error="invalid_token"'],
    [
      'expired',
      () => h.tokenFor(['team-a'], { ttlSeconds: 60, now: () => new Date(Date.now() - 3_600_000) }),
      'Bearer scope="" error="invalid_token" error_description="the token has expired"',
    ],
    ['that is not a JWT', () => Promise.resolve('not-a-jwt'), 'Bearer scope="" error="invalid_token"'],
  ])('refuses a token %s with 401 before the handler runs', async (_case, makeToken, challenge) => {
    const token = await makeToken();

    const response = await h.call('/graphql', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });

    expect(response.status).toBe(401);
    // API Gateway's message, plus the local stack's code and reason.
    expect(await response.json()).toMatchObject({
      message: 'Unauthorized',
      code: 'UNAUTHENTICATED',
      reason: expect.stringMatching(/^the token was refused: ./) as string,
    });
    expect(response.headers.get('www-authenticate')).toBe(challenge);
    expect(h.invocations).toHaveLength(0);
  });

  it('serves GET /health without a token and without an authorizer on the event', async () => {
    const response = await fetch(`${h.adapter.url}/health`);

    expect(response.status).toBe(200);
    expect(h.invocations[0]!.event.requestContext).not.toHaveProperty('authorizer');
  });

  it('answers a CORS preflight itself, without a token or the handler', async () => {
    const response = await fetch(`${h.adapter.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: ALLOWED_ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });

    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect(response.headers.get('access-control-allow-methods')).toBe('POST');
    expect(response.headers.get('access-control-allow-headers')).toBe('authorization,content-type');
    expect(response.headers.get('access-control-max-age')).toBe('300');
    expect(h.invocations).toHaveLength(0);
  });

  it('gives an origin it does not allow no CORS headers', async () => {
    const response = await fetch(`${h.adapter.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });

    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('sets CORS headers on responses to an allowed origin, the 401 included', async () => {
    const response = await fetch(`${h.adapter.url}/graphql`, {
      method: 'POST',
      headers: { origin: ALLOWED_ORIGIN },
    });

    expect(response.status).toBe(401);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
  });

  it('refuses a body over the limit with 413 before the handler runs', async () => {
    const response = await h.call('/graphql', { method: 'POST', body: 'x'.repeat(64 * 1024 + 1) });

    expect(response.status).toBe(413);
    expect(h.invocations).toHaveLength(0);
  });

  it('passes a binary body base64-encoded', async () => {
    const bytes = Buffer.from([0, 255, 1, 254]);

    await h.call('/upload', {
      method: 'PUT',
      headers: { 'content-type': 'application/octet-stream' },
      body: bytes,
    });

    const { event } = h.invocations[0]!;
    expect(event.isBase64Encoded).toBe(true);
    expect(Buffer.from(event.body!, 'base64')).toEqual(bytes);
  });
});
