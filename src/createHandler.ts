import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import type { GatewayConfig } from './config';
import { createDependencies } from './createDependencies';
import { createContextFactory } from './graphql/createContextFactory';
import { createGatewayServer } from './graphql/createGatewayServer';

/**
 * The Lambda handler for one configuration: API Gateway HTTP API (payload v2)
 * events in, Apollo Server's answers out. Dependencies are built here, once.
 */
export function createHandler(config: GatewayConfig) {
  const deps = createDependencies(config);
  return startServerAndCreateLambdaHandler(
    createGatewayServer(config),
    handlers.createAPIGatewayProxyEventV2RequestHandler(),
    {
      context: createContextFactory(deps),
      middleware: [
        // EMF metrics are flushed once per invocation, after the response is built
        // (a read-only request adds none, and Powertools warns about an empty flush).
        () =>
          Promise.resolve(() => {
            if (deps.metrics.hasStoredMetrics()) deps.metrics.publishStoredMetrics();
            return Promise.resolve();
          }),
      ],
    },
  );
}
