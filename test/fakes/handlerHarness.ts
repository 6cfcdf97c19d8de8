import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { makeUnexpectedErrorReporter } from '../../src/adapters/telemetry/makeUnexpectedErrorReporter';
import { loadConfig } from '../../src/config';
import type { Dependencies } from '../../src/createDependencies';
import { createHandlerWith } from '../../src/createHandler';
import { aProfile } from '../fixtures/profiles';
import { loadEventFixture } from '../fixtures/events/loadEventFixture';
import { aServiceHarness } from './serviceHarness';
import { validateLambdaAnswer } from '../integration/gateway/openApiValidator';

export const NAME = 'PossibleIssue';

/** An answer of either route: GraphQL's `{ data, errors }` (an array of them for a batch), REST's `{ code, message, … }`. */
export interface GatewayAnswer {
  status: number;
  body: AnswerBody;
}

export interface AnswerBody {
  data?: unknown;
  errors?: { message: string; extensions: { code: string; limit?: { setting: string; max: number } } }[];
  code?: string;
  message?: string;
  limit?: { setting: string; max: number };
  /** REST's audit pages. */
  events?: unknown[];
}

/** The first GraphQL error of an answer; fails the test when there is none. */
export function firstError(answer: GatewayAnswer) {
  const error = answer.body.errors?.[0];
  if (!error) throw new Error(`expected an error, got ${JSON.stringify(answer.body)}`);
  return error;
}

const lambdaContext = {
  awsRequestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
  getRemainingTimeInMillis: () => 29_000,
} as Context;

/**
 * The gateway's real Lambda handler (both routes, every limit as configured by
 * `env`) over the service harness's in-memory IoT and audit table, so a test can
 * count the calls a refused request made: none, when a limit refuses it.
 */
export function aHandlerHarness(env: Record<string, string> = {}, options: { logger?: Logger } = {}) {
  const harness = aServiceHarness();
  harness.store.put(aProfile({ securityProfileName: NAME, version: 1n }), 'team-a');
  const unexpected: unknown[] = [];
  const logger = options.logger ?? new Logger({ logLevel: 'SILENT' });
  const metrics = new Metrics({ namespace: 'Test' });
  // With a logger given, unexpected errors are also logged as in AWS (makeUnexpectedErrorReporter).
  const report = options.logger && makeUnexpectedErrorReporter(logger, metrics);
  const deps: Dependencies = {
    config: loadConfig({ NODE_ENV: 'production', TEAM_POLICY_FILE: 'unused.json', ...env }),
    service: harness.service,
    policies: harness.deps.policies,
    logger,
    metrics,
    reportUnexpected: (error) => {
      unexpected.push(error);
      report?.(error);
    },
  };
  const handler = createHandlerWith(deps);
  const invoke = async (event: APIGatewayProxyEventV2): Promise<GatewayAnswer> => {
    const result = await handler(event, lambdaContext);
    validateLambdaAnswer(event, result);
    return { status: result.statusCode ?? 200, body: JSON.parse(result.body ?? '{}') as AnswerBody };
  };
  /** IoT calls and audit writes made so far. */
  const awsCalls = () =>
    harness.store.loads + harness.store.updates.length + harness.auditLog.stored().length;
  return { ...harness, invoke, awsCalls, unexpected };
}

/** Who sends an event and what its URL asks for, beyond its method, path and body. */
export interface EventOptions {
  rawQueryString?: string;
  /** The `sub` claim; the fixture's user (in team-a and team-b) by default. */
  sub?: string;
}

/** An HTTP API event of the fixture's user for `method rawPath` with `body` (JSON unless a string is given). */
export function anEvent(
  method: string,
  rawPath: string,
  body?: unknown,
  { rawQueryString = '', sub }: EventOptions = {},
): APIGatewayProxyEventV2 {
  const event = loadEventFixture('cognitoGroups');
  if (sub !== undefined) event.requestContext.authorizer.jwt.claims.sub = sub;
  return {
    ...event,
    rawPath,
    rawQueryString,
    headers: { ...event.headers, 'content-type': 'application/json' },
    requestContext: {
      ...event.requestContext,
      http: { ...event.requestContext.http, method, path: rawPath },
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    isBase64Encoded: false,
  };
}

/** A POST /graphql event. */
export function aGraphqlEvent(
  query: string,
  variables?: Record<string, unknown>,
  options?: EventOptions,
): APIGatewayProxyEventV2 {
  return anEvent('POST', '/graphql', { query, ...(variables && { variables }) }, options);
}
