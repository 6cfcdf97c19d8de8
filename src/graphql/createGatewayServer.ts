import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { DEFAULT_REQUEST_LIMITS, type RequestLimits } from '../requestLimits';
import { ERROR_TABLE } from '../service/errorTable';
import type { GatewayContext } from './context';
import { createExecutableSchema } from './createExecutableSchema';
import { createErrorFormatter } from './errors';
import { typeDefs } from './generated/typeDefs';
import { exactLongVariablesPlugin } from './exactLongVariablesPlugin';
import { createLimitRules } from './limits/limitRules';
import { literalFieldsPlugin } from './literalFieldsPlugin';
import { resolvers } from './resolvers';

/** How the gateway's Apollo server answers. */
export interface GatewayServerOptions {
  /** Hides stack traces and the messages of unexpected errors. */
  production: boolean;
  introspection: boolean;
  /** Keeps graphql-js's "Did you mean …" hints, which describe the schema (development only). */
  fieldSuggestions: boolean;
  /** Logs an unexpected error once, before the client sees it masked. */
  reportUnexpected: (error: unknown) => void;
  /** Bounds on one request's work; the defaults when left out. */
  limits?: RequestLimits;
}

/** Errors reported for one document or one set of variables: enough to fix a request, never a flood. */
export const MAX_REPORTED_ERRORS = 20;

/** The Apollo server of the gateway; transport-agnostic (Lambda, tests with executeOperation). */
export function createGatewayServer(options: GatewayServerOptions) {
  const literalFields = new WeakMap<object, string>();
  const limits = options.limits ?? DEFAULT_REQUEST_LIMITS;
  return new ApolloServer<GatewayContext>({
    schema: createExecutableSchema(typeDefs, resolvers),
    introspection: options.introspection,
    includeStacktraceInErrorResponses: !options.production,
    formatError: createErrorFormatter({ ...options, literalFields, limits }),
    // graphql-js counts tokens as it lexes and stops at the limit: a huge document is refused
    // after reading `tokens` of it, never parsed whole.
    parseOptions: { maxTokens: limits.tokens },
    validationRules: createLimitRules(limits),
    validationOptions: { maxErrors: MAX_REPORTED_ERRORS, hideSuggestions: !options.fieldSuggestions },
    // The request handler refuses a batch larger than the limit before Apollo sees it.
    allowBatchedHttpRequests: limits.operations > 1,
    executionOptions: { maxCoercionErrors: MAX_REPORTED_ERRORS },
    // APQ would add PERSISTED_QUERY_* codes outside the gateway's closed set of error codes.
    persistedQueries: false,
    plugins: [
      rawVariablesPlugin,
      exactLongVariablesPlugin,
      warningsPlugin,
      literalFieldsPlugin(literalFields),
      refusalStatusPlugin,
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

/** Keeps the request's variables as sent, before coercion, for the audit trail (`inputAsSent`). */
const rawVariablesPlugin: ApolloServerPlugin<GatewayContext> = {
  requestDidStart({ request, contextValue }) {
    contextValue.rawVariables = request.variables ?? {};
    return Promise.resolve(undefined);
  },
};

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

/**
 * A request refused before it ran (no `data`) answers with its code's status
 * from the error table, as REST does. Apollo answers a persisted-query request
 * with 200, which is right for a server that keeps them and wrong here; a
 * status Apollo already chose for a client error (400, 405) stays.
 */
const refusalStatusPlugin: ApolloServerPlugin<GatewayContext> = {
  requestDidStart() {
    return Promise.resolve({
      willSendResponse({ response }) {
        if (response.body.kind !== 'single' || response.body.singleResult.data !== undefined) {
          return Promise.resolve();
        }
        const code = response.body.singleResult.errors?.[0]?.extensions?.code;
        const current = response.http.status ?? 200;
        if (typeof code === 'string' && code in ERROR_TABLE && current < 400) {
          response.http.status = ERROR_TABLE[code as keyof typeof ERROR_TABLE].status;
        }
        return Promise.resolve();
      },
    });
  },
};
