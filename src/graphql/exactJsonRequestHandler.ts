import { handlers } from '@as-integrations/aws-lambda';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { bodyText, parseJsonBody } from '../parseJsonBody';
import { assertBodyWithinLimit } from '../requestBodyLimit';
import type { RequestLimits } from '../requestLimits';
import { toClientError } from '../service/errorTable';
import { assertOperationsWithinLimits } from './limits/assertOperationsWithinLimits';

/**
 * The HTTP API v2 request handler of `@as-integrations/aws-lambda`, except that
 * a JSON body is parsed with exact integers: a `Long` sent as a JSON number
 * beyond 2^53 reaches the scalar as every digit the client sent (a bigint), not
 * as the double `JSON.parse` rounds it to. `exactLongVariablesPlugin` turns the
 * bigints that do not stand for a `Long` back into the numbers they were.
 *
 * It is also where the limits that need no parsing are checked, before Apollo
 * (and the context, and so any call) runs: the body's bytes before it is
 * parsed, then the number of operations and the bytes of each document. A
 * refusal, and a body that is not JSON, answers as a GraphQL error with its
 * code's status (BAD_USER_INPUT, 400). Anything else thrown while the request
 * is read, or its answer written, goes through the gateway's error boundary:
 * reported once (`reportUnexpected`, which logs it with its cause chain and the
 * request ids), then answered INTERNAL_SERVER_ERROR, masked in production.
 */
export function createExactJsonRequestHandler(options: {
  limits: RequestLimits;
  production: boolean;
  reportUnexpected: (error: unknown) => void;
}) {
  const { limits, production, reportUnexpected } = options;
  const standard = handlers.createAPIGatewayProxyEventV2RequestHandler();
  return {
    ...standard,
    fromEvent(event: APIGatewayProxyEventV2) {
      assertBodyWithinLimit(event, limits);
      const request = standard.fromEvent({ ...event, body: undefined });
      const text = bodyText(event);
      const contentType = request.headers.get('content-type');
      if (text && contentType?.startsWith('application/json')) request.body = parseJsonBody(text);
      else if (text && contentType?.startsWith('text/plain')) request.body = text;
      assertOperationsWithinLimits(request.body, request.search, limits);
      return request;
    },
    toErrorResult(error: unknown): APIGatewayProxyStructuredResultV2 {
      const client = toClientError(error, production);
      if (client.unexpected) reportUnexpected(error);
      return {
        statusCode: client.status,
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify({ errors: [{ message: client.message, extensions: client.details }] }),
      };
    },
  };
}
