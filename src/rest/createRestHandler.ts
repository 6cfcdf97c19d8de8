import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { authenticateCall } from '../authenticateCall';
import type { Dependencies } from '../createDependencies';
import { assertBodyWithinLimit } from '../requestBodyLimit';
import type { MatchedRoute } from './createRestRouter';
import { readBody, readQuery } from './readRequest';
import { errorResponse, jsonResponse } from './restResponses';

/**
 * The REST front-end: the same use cases as GraphQL, in IoT's own JSON shapes
 * (AWS spellings, epoch-second dates, exact 64-bit numbers), the audit routes
 * included. Each route of `restRoutes.ts` is run the same way: authenticate,
 * decode the body with the route's decoder, run its use case, answer JSON.
 */
export function createRestHandler(deps: Dependencies) {
  return async (
    { route, params }: MatchedRoute,
    event: APIGatewayProxyEventV2,
    lambda: Context,
  ): Promise<APIGatewayProxyStructuredResultV2> => {
    try {
      // Before the body is decoded, and before the caller is authenticated: the cheapest refusal first.
      assertBodyWithinLimit(event, deps.config.limits);
      const call = await authenticateCall(deps, event, lambda);
      const body = route.body ? readBody(event, route.body) : { value: undefined, json: undefined };
      const answer = await route.run({
        service: deps.service,
        call,
        params,
        query: readQuery(event),
        body: body.value,
        input: { body: body.json, query: event.queryStringParameters ?? {} },
      });
      return jsonResponse(route.response.status ?? 200, answer);
    } catch (error) {
      return errorResponse(error, {
        production: deps.config.production,
        reportUnexpected: deps.reportUnexpected,
      });
    }
  };
}
