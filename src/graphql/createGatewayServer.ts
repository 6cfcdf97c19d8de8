import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { parse } from 'graphql';
import type { GatewayContext } from './context';
import { createErrorFormatter } from './errors';
import { typeDefs } from './generated/typeDefs';
import { resolvers } from './resolvers';

/** The Apollo server of the gateway; transport-agnostic (Lambda, tests with executeOperation). */
export function createGatewayServer(options: { production: boolean; introspection: boolean }) {
  return new ApolloServer<GatewayContext>({
    // schema.graphql is checked by codegen and the tests: not validating its SDL again at every
    // cold start, and parsing it without locations, saves a few ms of init.
    schema: makeExecutableSchema({
      typeDefs: parse(typeDefs, { noLocation: true }),
      resolvers,
      assumeValidSDL: true,
    }),
    introspection: options.introspection,
    includeStacktraceInErrorResponses: !options.production,
    formatError: createErrorFormatter(options),
    // APQ would add PERSISTED_QUERY_* codes outside the gateway's closed set of error codes.
    persistedQueries: false,
    plugins: [
      warningsPlugin,
      // No Apollo Studio and no federation: installed as disabled, Apollo never loads them (and
      // the bundle leaves out their protobuf code, ~175 KiB).
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      // No type or field has a cache hint: nothing for a per-field cache policy to compute.
      ApolloServerPluginCacheControlDisabled(),
    ],
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
