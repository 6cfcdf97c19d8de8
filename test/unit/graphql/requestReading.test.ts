import { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aHandlerHarness, anEvent, NAME } from '../../fakes/handlerHarness';
import { captureLogLines } from '../../support/captureLogLines';

/** Bodies a client may send as JSON that are not JSON. */
const MALFORMED = ['{"query": ', 'not json', '{"query": "{ __typename }",}'];

const NOT_JSON = /^the body is not valid JSON \(.+\)$/;

/** A POST /graphql event whose headers throw when read: a fault while the request is read, not the client's. */
function anEventThatFailsToRead(thrown: Error): APIGatewayProxyEventV2 {
  const event = anEvent('POST', '/graphql', { query: '{ __typename }' });
  Object.defineProperty(event.headers, 'x-faulty', {
    enumerable: true,
    get() {
      throw thrown;
    },
  });
  return event;
}

describe('reading a GraphQL request', () => {
  afterEach(() => vi.restoreAllMocks());

  describe.each([
    ['production', 'production'],
    ['development', 'development'],
  ])('in %s', (_mode, nodeEnv) => {
    it.each(MALFORMED)(
      'answers the body %j 400 BAD_USER_INPUT as a GraphQL error, as REST does',
      async (body) => {
        const gateway = aHandlerHarness({ NODE_ENV: nodeEnv });

        const graphql = await gateway.invoke(anEvent('POST', '/graphql', body));
        const rest = await gateway.invoke(anEvent('PATCH', `/security-profiles/${NAME}`, body));

        expect(graphql.status).toBe(400);
        expect(graphql.body).toEqual({
          errors: [
            {
              message: expect.stringMatching(NOT_JSON) as string,
              extensions: {
                code: 'BAD_USER_INPUT',
                issues: [{ path: '', message: expect.any(String) as string }],
              },
            },
          ],
        });
        expect(rest.status).toBe(400);
        expect(rest.body.code).toBe('BAD_USER_INPUT');
        expect(graphql.body.errors?.[0]?.message).toBe(rest.body.message);
        expect(gateway.unexpected).toEqual([]);
        expect(gateway.awsCalls()).toBe(0);
      },
    );
  });

  it('sends an unexpected error through the error boundary: reported once, masked in production', async () => {
    const gateway = aHandlerHarness();
    const thrown = new Error('read failed at arn:aws:dynamodb:us-east-1:123456789012:table/internal');

    const answer = await gateway.invoke(anEventThatFailsToRead(thrown));

    expect(answer).toEqual({
      status: 500,
      body: { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
    });
    expect(gateway.unexpected).toEqual([thrown]);
  });

  it('shows the unexpected error’s message in development, reported all the same', async () => {
    const gateway = aHandlerHarness({ NODE_ENV: 'development' });
    const thrown = new Error('read failed');

    const answer = await gateway.invoke(anEventThatFailsToRead(thrown));

    expect(answer.status).toBe(500);
    expect(answer.body.errors).toEqual([
      { message: 'read failed', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
    expect(gateway.unexpected).toEqual([thrown]);
  });

  it('logs it once at ERROR with its cause chain and both request ids', async () => {
    vi.stubEnv('POWERTOOLS_DEV', '');
    const lines = captureLogLines();
    const gateway = aHandlerHarness({}, { logger: new Logger({ serviceName: 'test', logLevel: 'INFO' }) });
    const event = anEventThatFailsToRead(new Error('read failed', { cause: new Error('socket hang up') }));

    await gateway.invoke(event);

    const errors = lines.filter((line) => line.level === 'ERROR');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      correlation_id: event.requestContext.requestId,
      function_request_id: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
      error: { message: 'read failed', cause: { message: 'socket hang up' } },
    });
  });
});
