import { describe, expect, it } from 'vitest';
import { verifyDevToken } from '../../../src/local/devTokens';
import { startHttpAdapter } from '../../../src/local/httpAdapter';
import { useHttpAdapter } from './httpAdapterHarness';

const h = useHttpAdapter();

describe('startHttpAdapter, writing what the handler returns', () => {
  it('writes a structured result: status, headers, cookies and a base64 body', async () => {
    h.respond = () =>
      Promise.resolve({
        statusCode: 201,
        headers: { 'Content-Type': 'application/octet-stream', 'X-Attempts': 2 },
        cookies: ['a=1; Path=/', 'b=2; Path=/'],
        body: Buffer.from('binary!').toString('base64'),
        isBase64Encoded: true,
      });

    const response = await h.call('/graphql');

    expect(response.status).toBe(201);
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect(response.headers.get('x-attempts')).toBe('2');
    expect(response.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/']);
    expect(Buffer.from(await response.arrayBuffer()).toString()).toBe('binary!');
  });

  it('answers 200 JSON for a result without statusCode, as API Gateway assumes', async () => {
    h.respond = () => Promise.resolve({ ok: true } as never);

    const response = await h.call('/graphql');

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({ ok: true });
  });

  it('answers 500 Internal Server Error when the handler throws, and logs the error', async () => {
    h.respond = () => Promise.reject(new Error('boom'));

    const response = await h.call('/graphql');

    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ message: 'Internal Server Error' });
    expect(h.loggedErrors).toEqual([new Error('boom')]);
  });

  it('accepts a callback-style handler', async () => {
    h.respond = (_event, _context, callback) => callback(null, { statusCode: 202, body: 'queued' });

    const response = await h.call('/graphql');

    expect(response.status).toBe(202);
    expect(await response.text()).toBe('queued');
  });

  it('answers 503 Service Unavailable when the handler does not finish within its budget', async () => {
    const stuck = await startHttpAdapter({
      handler: () => new Promise(() => undefined),
      port: 0,
      verifyToken: (token) => verifyDevToken(token, { stateDir: h.stateDir }),
      isPublicRoute: () => true,
      timeoutMs: 1,
    });

    const response = await fetch(`${stuck.url}/graphql`).finally(() => stuck.close());

    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ message: 'Service Unavailable' });
  });
});
