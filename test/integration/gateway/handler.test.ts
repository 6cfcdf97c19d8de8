import type { Context } from 'aws-lambda';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config';
import { createHandler, type GatewayHandler } from '../../../src/createHandler';
import {
  eventWithClaims,
  loadEventFixture,
  type EVENT_FIXTURES,
} from '../../fixtures/events/loadEventFixture';
import { dataOf, operationText, type Answer } from '../../graphql/answer';
import { graphql } from '../../graphql/generated';
import { aRunningLocalStack, type RunningLocalStack } from './localStackHarness';
import { validateLambdaAnswer } from './openApiValidator';

const lambdaContext = {
  awsRequestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
  getRemainingTimeInMillis: () => 29_000,
} as Context;

const READ = graphql(`
  query HandlerRead($name: String! = "PossibleIssue") {
    securityProfile(securityProfileName: $name) {
      securityProfileName
    }
  }
`);

/** The body of the handler's result, as a GraphQL answer to READ (a REST answer is only compared whole). */
const answerOf = (body: string | undefined) => JSON.parse(body ?? '{}') as Answer<ResultOf<typeof READ>>;

/** A fixture event carrying READ. */
function graphqlEvent(fixture: keyof typeof EVENT_FIXTURES, variables: { name?: string } = {}) {
  const event = loadEventFixture(fixture as 'cognitoGroups');
  return {
    ...event,
    rawPath: '/graphql',
    headers: { ...event.headers, 'content-type': 'application/json' },
    requestContext: {
      ...event.requestContext,
      http: { ...event.requestContext.http, method: 'POST', path: '/graphql' },
    },
    body: JSON.stringify({ query: operationText(READ), variables }),
    isBase64Encoded: false,
  };
}

describe('the Lambda handler with API Gateway’s own event shapes', () => {
  let local: RunningLocalStack;
  let handler: GatewayHandler;

  beforeAll(async () => {
    local = await aRunningLocalStack();
    handler = createHandler(loadConfig(process.env));
  });
  afterAll(() => local.close());

  const invoke = async (event: Parameters<GatewayHandler>[0]) => {
    const result = await handler(event, lambdaContext);
    validateLambdaAnswer(event, result);
    return { status: result.statusCode, body: answerOf(result.body) };
  };

  it('reads the teams from Cognito groups rendered as "[team-a team-b]"', async () => {
    const { status, body } = await invoke(graphqlEvent('cognitoGroups'));

    expect(status).toBe(200);
    expect(dataOf(body).securityProfile?.securityProfileName).toBe('PossibleIssue');
  });

  it('answers UNAUTHENTICATED with 401 when the event carries no claims', async () => {
    const { status, body } = await invoke(graphqlEvent('noAuthorizer'));

    expect(status).toBe(401);
    expect(body.errors?.[0]).toEqual({
      message: expect.stringContaining('no verified token') as string,
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('never lets a user in no team read a team’s profile: null, as for a missing one', async () => {
    const { body } = await invoke(graphqlEvent('cognitoNoGroups'));

    expect(body.errors).toBeUndefined();
    expect(dataOf(body).securityProfile).toBeNull();
  });

  it('reads the teams from a custom comma-separated claim when configured', async () => {
    const custom = createHandler(loadConfig({ ...process.env, TEAMS_CLAIM: 'custom:teams' }));

    const result = await custom(graphqlEvent('customTeamsClaim', { name: 'TeamBBaseline' }), lambdaContext);

    expect(dataOf(answerOf(result.body)).securityProfile?.securityProfileName).toBe('TeamBBaseline');
  });

  describe('a teams claim that cannot be read one way', () => {
    // A legal Cognito group name: read as two teams it would make its members admins.
    const claims = { sub: 'mallory', 'cognito:groups': '[team-b,platform-admins]' };
    const onRoute = (rawPath: string, method: string, body?: string) => {
      const event = eventWithClaims(claims);
      return {
        ...event,
        rawPath,
        headers: { ...event.headers, 'content-type': 'application/json' },
        requestContext: {
          ...event.requestContext,
          http: { ...event.requestContext.http, method, path: rawPath },
        },
        body,
        isBase64Encoded: false,
      };
    };

    it('refuses the GraphQL call as UNAUTHENTICATED with 401, saying why', async () => {
      const query = operationText(READ);
      const request = JSON.stringify({ query, variables: { name: 'SharedBaseline' } });

      const { status, body } = await invoke(onRoute('/graphql', 'POST', request));

      expect(status).toBe(401);
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
      expect(body.errors?.[0]?.message).toMatch(/"team-b,platform-admins", which holds ','/);
    });

    it('refuses the REST call as UNAUTHENTICATED with 401, saying why', async () => {
      const { status, body } = await invoke(onRoute('/security-profiles/SharedBaseline', 'GET'));

      expect(status).toBe(401);
      expect(body).toEqual({
        code: 'UNAUTHENTICATED',
        message: expect.stringMatching(/which holds ','/) as string,
      });
    });
  });
});
