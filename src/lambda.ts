import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import { loadConfig } from './config';
import { createDependencies } from './createDependencies';
import { createContextFactory } from './graphql/createContextFactory';
import { createGatewayServer } from './graphql/createGatewayServer';

// Built once per cold start; every invocation of this container reuses them.
const deps = createDependencies(loadConfig(process.env));

/** API Gateway HTTP API (payload v2) → Apollo Server. */
export const handler = startServerAndCreateLambdaHandler(
  createGatewayServer(deps.config),
  handlers.createAPIGatewayProxyEventV2RequestHandler(),
  {
    context: createContextFactory(deps),
    middleware: [
      // EMF metrics are flushed once per invocation, after the response is built.
      () =>
        Promise.resolve(() => {
          deps.metrics.publishStoredMetrics();
          return Promise.resolve();
        }),
    ],
  },
);
