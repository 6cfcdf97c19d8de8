import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from './context';
import { createErrorFormatter } from './errors';
import { typeDefs } from './generated/typeDefs';
import { resolvers } from './resolvers';

/** The Apollo server of the gateway; transport-agnostic (Lambda, tests with executeOperation). */
export function createGatewayServer(options: { production: boolean; introspection: boolean }) {
  return new ApolloServer<GatewayContext>({
    typeDefs,
    resolvers,
    introspection: options.introspection,
    includeStacktraceInErrorResponses: !options.production,
    formatError: createErrorFormatter(options),
    // APQ would add PERSISTED_QUERY_* codes outside the gateway's closed set of error codes.
    persistedQueries: false,
    plugins: [warningsPlugin],
  });
}

/** Carries the context's warnings into the response's `extensions.warnings`. */
const warningsPlugin: ApolloServerPlugin<GatewayContext> = {
  requestDidStart() {
    return Promise.resolve({
      willSendResponse({ contextValue, response }) {
        if (contextValue.warnings.length === 0 || response.body.kind !== 'single') return Promise.resolve();
        response.body.singleResult.extensions = {
          ...response.body.singleResult.extensions,
          warnings: contextValue.warnings,
        };
        return Promise.resolve();
      },
    });
  },
};
