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
}

/** A listening adapter. */
export interface RunningHttpAdapter {
  /** `http://host:port`, without a trailing slash. */
  url: string;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

type Authorization = { authorizer: APIGatewayEventRequestContextJWTAuthorizer } | { refusal: HttpReply };

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
    const reply = await serve(req, requestId, options).catch((error: unknown) => {
      logError(error);
      return jsonReply(500, 'Internal Server Error');
    });
    return cors.decorate(reply, req);
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

async function serve(
  req: IncomingMessage,
  requestId: string,
  options: HttpAdapterOptions,
): Promise<HttpReply> {
  const body = await readBody(req, options.maxBodyBytes ?? 1_048_576);
  if (!body) return jsonReply(413, 'Request Entity Too Large');
  const method = req.method ?? 'GET';
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  let authorizer: APIGatewayEventRequestContextJWTAuthorizer | undefined;
  if (!(options.isPublicRoute ?? isPublicByDefault)(method, path)) {
    const authorization = await authorize(req.headers.authorization, options.verifyToken);
    if ('refusal' in authorization) return authorization.refusal;
    authorizer = authorization.authorizer;
  }
  const accountId = options.accountId ?? '000000000000';
  const event = toHttpApiEvent(req, body, { requestId, accountId, authorizer });
  return invokeLambda(options.handler, event, {
    logError: options.logError ?? reportToConsole,
    functionName: options.functionName ?? 'security-profile-gateway-local',
    region: options.region ?? 'us-east-1',
    accountId,
    timeoutMs: options.timeoutMs ?? 29_000,
  });
}

function reportToConsole(error: unknown): void {
  console.error('Lambda handler failed:', error);
}

function isPublicByDefault(method: string, path: string): boolean {
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
  if (!token) return { refusal: unauthorized('Bearer') };
  let payload: JWTPayload;
  try {
    payload = await verify(token);
  } catch (error) {
    return { refusal: unauthorized(bearerChallenge(error)) };
  }
  return {
    authorizer: {
      jwt: { claims: claimsAsApiGatewayRenders(payload), scopes: scopesAsApiGatewayRenders(payload) },
    },
  };
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

function unauthorized(challenge: string): HttpReply {
  const reply = jsonReply(401, 'Unauthorized');
  reply.headers['www-authenticate'] = challenge;
  return reply;
}
