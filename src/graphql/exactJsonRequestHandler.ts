import { handlers } from '@as-integrations/aws-lambda';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { parseJson } from '../iotJson/parseJson';

/**
 * The HTTP API v2 request handler of `@as-integrations/aws-lambda`, except that
 * a JSON body is parsed with exact integers: a `Long` sent as a JSON number
 * beyond 2^53 reaches the scalar as every digit the client sent (a bigint), not
 * as the double `JSON.parse` rounds it to. `exactLongVariablesPlugin` turns the
 * bigints that do not stand for a `Long` back into the numbers they were.
 */
export function createExactJsonRequestHandler() {
  const standard = handlers.createAPIGatewayProxyEventV2RequestHandler();
  return {
    ...standard,
    fromEvent(event: APIGatewayProxyEventV2) {
      const request = standard.fromEvent({ ...event, body: undefined });
      const text =
        event.body &&
        (event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body);
      const contentType = request.headers.get('content-type');
      if (text && contentType?.startsWith('application/json')) request.body = parseJson(text);
      else if (text && contentType?.startsWith('text/plain')) request.body = text;
      return request;
    },
  };
}
