import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, Context } from 'aws-lambda';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { issueDevToken, verifyDevToken } from '../../../src/local/devTokens';
import { startHttpAdapter } from '../../../src/local/httpAdapter';
import type { HttpApiLambdaHandler, RunningHttpAdapter } from '../../../src/local/httpAdapter';

export interface Invocation {
  event: APIGatewayProxyEventV2WithJWTAuthorizer;
  context: Context;
  remainingMs: number;
}

export const ALLOWED_ORIGIN = 'http://localhost:5173';

const echoEvent: HttpApiLambdaHandler = (event) =>
  Promise.resolve({
    statusCode: 200,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(event),
  });

/**
 * An adapter on a free port in front of a handler that records each invocation
 * and answers as the test sets `respond` (by default: the event it was given).
 * Registers the suite's hooks; the returned object's fields are fresh per test.
 */
export function useHttpAdapter() {
  const h = {
    stateDir: '',
    adapter: undefined as unknown as RunningHttpAdapter,
    invocations: [] as Invocation[],
    loggedErrors: [] as unknown[],
    respond: echoEvent,
    tokenFor(teams: string[], extra: { admin?: boolean; now?: () => Date; ttlSeconds?: number } = {}) {
      const { now, ...request } = extra;
      return issueDevToken({ sub: 'alice', teams, ...request }, { stateDir: h.stateDir, now });
    },
    /** Calls the adapter as a signed-in member of team-a, unless `init` brings its own authorization. */
    async call(urlPath: string, init: RequestInit = {}): Promise<Response> {
      const headers = new Headers(init.headers);
      if (!headers.has('authorization'))
        headers.set('authorization', `Bearer ${await h.tokenFor(['team-a'])}`);
      return fetch(`${h.adapter.url}${urlPath}`, { ...init, headers });
    },
    /** A well-formed token signed by a key the adapter does not know. */
    async foreignToken(): Promise<string> {
      const otherDir = await mkdtemp(path.join(tmpdir(), 'http-adapter-other-'));
      const token = await issueDevToken({ sub: 'mallory', teams: ['team-a'] }, { stateDir: otherDir });
      await rm(otherDir, { recursive: true, force: true });
      return token;
    },
  };

  beforeAll(async () => {
    h.stateDir = await mkdtemp(path.join(tmpdir(), 'http-adapter-'));
    h.adapter = await startHttpAdapter({
      handler: (event, context, callback) => {
        h.invocations.push({ event, context, remainingMs: context.getRemainingTimeInMillis() });
        return h.respond(event, context, callback);
      },
      port: 0,
      verifyToken: (token) => verifyDevToken(token, { stateDir: h.stateDir }),
      cors: {
        allowOrigins: [ALLOWED_ORIGIN],
        allowHeaders: ['authorization', 'content-type'],
        maxAgeSeconds: 300,
      },
      maxBodyBytes: 64 * 1024,
      logError: (error) => h.loggedErrors.push(error),
    });
  });

  afterAll(async () => {
    await h.adapter.close();
    await rm(h.stateDir, { recursive: true, force: true });
  });

  beforeEach(() => {
    h.invocations = [];
    h.loggedErrors = [];
    h.respond = echoEvent;
  });

  return h;
}
