import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayEventRequestContextJWTAuthorizer } from 'aws-lambda';
import type { JWTPayload } from 'jose';
import { claimsAsApiGatewayRenders, scopesAsApiGatewayRenders } from './devTokens';
import { createCorsResponder } from './httpApi/createCorsResponder';
import type { CorsOptions } from './httpApi/createCorsResponder';
import { jsonReply, sendReply } from './httpApi/httpReply';
import type { HttpReply } from './httpApi/httpReply';
import { invokeLambda } from './httpApi/invokeLambda';
import type { HttpApiLambdaHandler } from './httpApi/invokeLambda';
import { toHttpApiEvent } from './httpApi/toHttpApiEvent';

export type { CorsOptions } from './httpApi/createCorsResponder';
export type { HttpApiLambdaHandler } from './httpApi/invokeLambda';

export interface HttpAdapterOptions {
  handler: HttpApiLambdaHandler;
  /** 0 picks a free port (tests). */
  port: number;
  /** Default 127.0.0.1: the local stack is for this machine only. */
  host?: string;
  /** The JWT authorizer's check: resolves the payload, or rejects (jose's error codes are understood). */
  verifyToken: (token: string) => Promise<JWTPayload>;
  /** Routes served without a token. Default: every OPTIONS request, and GET /health. */
  isPublicRoute?: (method: string, path: string) => boolean;
  /** The API's CORS configuration. Default: on, any origin. `false` turns it off. */
  cors?: CorsOptions | false;
  /** Larger bodies are refused with 413. Default 1 MiB. */
  maxBodyBytes?: number;
  /** The integration's time budget (API Gateway's is 29 s), also behind `getRemainingTimeInMillis`. */
  timeoutMs?: number;
  /** Shown in the Lambda context; defaults `security-profile-gateway-local`, `us-east-1`, `000000000000`. */
  functionName?: string;
  region?: string;
  accountId?: string;
  /** Where a handler failure (a 500) is reported. Default `console.error`, as Lambda logs it. */
  logError?: (error: unknown) => void;
  /**
   * Pages the local stack serves itself, outside the API and without a token (the
   * IDE): asked first, and undefined passes the request on to the API.
   */
  localPages?: (method: string, path: string) => Promise<HttpReply | undefined>;
  /** Told about every API request once its answer is sent (the terminal's one line per request). */
  onExchange?: (exchange: HttpExchange) => void;
}

/** One API request and its answer, as the adapter saw them. */
export interface HttpExchange {
  method: string;
  path: string;
  /** The verified token's claims as API Gateway renders them; undefined when there was none. */
  claims: Record<string, string> | undefined;
  requestBody: Buffer;
  reply: HttpReply;
  elapsedMs: number;
}

/** A listening adapter. */
export interface RunningHttpAdapter {
  /** `http://host:port`, without a trailing slash. */
  url: string;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

type Authorization =
  | { authorizer: APIGatewayEventRequestContextJWTAuthorizer; claims: Record<string, string> }
  | { refusal: HttpReply };

/**
 * Serves a Lambda handler over HTTP the way API Gateway's HTTP API does: each
 * request becomes a payload 2.0 event and a Lambda context, and the handler's
 * result becomes the response. Before any handler runs it does what the API does:
 * answers CORS preflights, refuses a missing or invalid bearer token on protected
 * routes with 401 `{"message":"Unauthorized"}` and a `www-authenticate` challenge,
 * refuses oversized bodies with 413, and puts the verified claims on the event
 * rendered as API Gateway renders them (`cognito:groups` → `"[team-a team-b]"`).
 */
export async function startHttpAdapter(options: HttpAdapterOptions): Promise<RunningHttpAdapter> {
  const host = options.host ?? '127.0.0.1';
  const cors = createCorsResponder(options.cors ?? {});
  const logError = options.logError ?? reportToConsole;
  const respond = async (req: IncomingMessage, requestId: string): Promise<HttpReply> => {
    const preflight = cors.preflight(req);
    if (preflight) return preflight;
    const started = performance.now();
    const exchange = await serve(req, requestId, options).catch((error: unknown): Served => {
      logError(error);
      return { reply: jsonReply(500, 'Internal Server Error') };
    });
    if (exchange.api) {
      options.onExchange?.({
        ...exchange.api,
        reply: exchange.reply,
        elapsedMs: performance.now() - started,
      });
    }
    return cors.decorate(exchange.reply, req);
  };
  const server = createServer((req, res) => {
    const requestId = randomBytes(10).toString('base64');
    respond(req, requestId)
      .then((reply) => sendReply(res, reply, requestId))
      .catch(() => res.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** A reply, and what the request was when it reached the API rather than a local page. */
interface Served {
  reply: HttpReply;
  api?: Omit<HttpExchange, 'reply' | 'elapsedMs'>;
}

async function serve(req: IncomingMessage, requestId: string, options: HttpAdapterOptions): Promise<Served> {
  const method = req.method ?? 'GET';
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  const body = await readBody(req, options.maxBodyBytes ?? 1_048_576);
  const api = { method, path, claims: undefined, requestBody: body ?? Buffer.alloc(0) };
  if (!body) return { reply: jsonReply(413, 'Request Entity Too Large'), api };
  const page = await options.localPages?.(method, path);
  if (page) return { reply: page };
  let authorizer: APIGatewayEventRequestContextJWTAuthorizer | undefined;
  let claims: Record<string, string> | undefined;
  if (!(options.isPublicRoute ?? isPublicByDefault)(method, path)) {
    const authorization = await authorize(req.headers.authorization, options.verifyToken);
    if ('refusal' in authorization) return { reply: authorization.refusal, api };
    ({ authorizer, claims } = authorization);
  }
  const accountId = options.accountId ?? '000000000000';
  const event = toHttpApiEvent(req, body, { requestId, accountId, authorizer });
  const reply = await invokeLambda(options.handler, event, {
    logError: options.logError ?? reportToConsole,
    functionName: options.functionName ?? 'security-profile-gateway-local',
    region: options.region ?? 'us-east-1',
    accountId,
    timeoutMs: options.timeoutMs ?? 29_000,
  });
  return { reply, api: { ...api, claims } };
}

function reportToConsole(error: unknown): void {
  console.error('Lambda handler failed:', error);
}

/** The routes served without a token unless `isPublicRoute` says otherwise. */
export function isPublicByDefault(method: string, path: string): boolean {
  return method === 'OPTIONS' || (method === 'GET' && path === '/health');
}

/**
 * The whole body, or undefined once it passes `limit`. An oversized body is still
 * read to its end (and dropped) so the client sees the 413 rather than a reset.
 */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= limit) chunks.push(chunk);
  }
  return size <= limit ? Buffer.concat(chunks) : undefined;
}

/** API Gateway takes the token with or without the `Bearer ` prefix. */
async function authorize(
  header: string | undefined,
  verify: HttpAdapterOptions['verifyToken'],
): Promise<Authorization> {
  const token = header?.replace(/^Bearer\s+/i, '').trim();
  if (!token) return { refusal: unauthorized('Bearer', 'no bearer token in the authorization header') };
  let payload: JWTPayload;
  try {
    payload = await verify(token);
  } catch (error) {
    return { refusal: unauthorized(bearerChallenge(error), reasonOf(error)) };
  }
  const claims = claimsAsApiGatewayRenders(payload);
  return { authorizer: { jwt: { claims, scopes: scopesAsApiGatewayRenders(payload) } }, claims };
}

/**
 * AWS documents the challenge `Bearer scope="" error="invalid_token"
 * error_description="the token does not have a valid audience"`; expiry gets the
 * same shape, and other failures no description rather than invented wording.
 */
function bearerChallenge(error: unknown): string {
  const { code, claim } = (error ?? {}) as { code?: unknown; claim?: unknown };
  const challenge = 'Bearer scope="" error="invalid_token"';
  if (code === 'ERR_JWT_EXPIRED') return `${challenge} error_description="the token has expired"`;
  if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED' && claim === 'aud') {
    return `${challenge} error_description="the token does not have a valid audience"`;
  }
  return challenge;
}

/** Why the local authorizer refused a token, in a few words (the verifier's own message). */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  return message ? `the token was refused: ${message}` : 'the token was refused';
}

/**
 * API Gateway's 401: status, `{"message":"Unauthorized"}` and the challenge are
 * what clients of the deployed API see and may depend on, so they stay exactly
 * so. The local stack adds `code` (the GraphQL errors' `UNAUTHENTICATED`) and
 * `reason`, which the deployed API does not send: a client keys on the status.
 */
function unauthorized(challenge: string, reason: string): HttpReply {
  const body = { message: 'Unauthorized', code: 'UNAUTHENTICATED', reason };
  return {
    statusCode: 401,
    headers: { 'content-type': 'application/json', 'www-authenticate': challenge },
    body: Buffer.from(JSON.stringify(body)),
  };
}
