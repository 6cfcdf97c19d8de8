import { startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { GatewayConfig } from './config';
import { createDependencies, type Dependencies } from './createDependencies';
import { createContextFactory } from './graphql/createContextFactory';
import { createExactJsonRequestHandler } from './graphql/exactJsonRequestHandler';
import { createGatewayServer } from './graphql/createGatewayServer';
import { createRestHandler } from './rest/createRestHandler';
import { errorResponse, jsonResponse } from './rest/restResponses';
import { createRestRouter } from './rest/createRestRouter';
import { OPENAPI_PATH, openApiDocument } from './rest/openApiDocument';
import { REST_ROUTES } from './rest/restRoutes';
import { withIotCallBound } from './adapters/iot/requestIotCallBound';
import { limitExceeded } from './requestLimits';

/** A Lambda handler for API Gateway HTTP API payload v2 events. */
export type GatewayHandler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

/**
 * The Lambda handler for one configuration: `/graphql` goes to Apollo Server,
 * the REST routes (`rest/restRoutes.ts`) to the same service. Dependencies are built here, once.
 */
export function createHandler(config: GatewayConfig): GatewayHandler {
  return createHandlerWith(createDependencies(config));
}

/** The handler over dependencies already built (tests give it in-memory ports). */
export function createHandlerWith(deps: Dependencies): GatewayHandler {
  const { config } = deps;
  const graphql = startServerAndCreateLambdaHandler(
    createGatewayServer({ ...config, reportUnexpected: deps.reportUnexpected }),
    createExactJsonRequestHandler({
      limits: config.limits,
      production: config.production,
      reportUnexpected: deps.reportUnexpected,
    }),
    { context: createContextFactory(deps) },
  );
  const rest = createRestHandler(deps);
  const matchRestRoute = createRestRouter(REST_ROUTES);
  const iotCallsRefused = () => limitExceeded(config.limits, 'iotCalls');
  return (event, context) =>
    withIotCallBound(config.limits.iotCalls, iotCallsRefused, () => route(event, context));

  async function route(
    event: APIGatewayProxyEventV2,
    context: Context,
  ): Promise<APIGatewayProxyStructuredResultV2> {
    // Every log line of this invocation carries the Lambda request id and API Gateway's (the correlation id).
    deps.logger.addContext(context);
    deps.logger.setCorrelationId(event.requestContext.requestId);
    try {
      if (event.rawPath === '/graphql')
        return (await graphql(event, context, () => undefined)) as APIGatewayProxyStructuredResultV2;
      const method = event.requestContext.http.method;
      // The API's description, made from the route table; it holds no data, so it needs no token.
      if (method === 'GET' && event.rawPath === OPENAPI_PATH) return jsonResponse(200, openApiDocument());
      const route = matchRestRoute(method, event.rawPath);
      // API Gateway's own answer for a path no route matches.
      if (!route)
        return {
          statusCode: 404,
          headers: { 'content-type': 'application/json' },
          body: '{"message":"Not Found"}',
        };
      return await rest(route, event, context);
    } catch (error) {
      // Both front-ends answer their own errors; this is the last line, never reached by design.
      return errorResponse(error, { production: config.production, reportUnexpected: deps.reportUnexpected });
    } finally {
      // EMF metrics are flushed once per invocation (a read adds none, and Powertools warns about an empty flush).
      if (deps.metrics.hasStoredMetrics()) deps.metrics.publishStoredMetrics();
    }
  }
}
