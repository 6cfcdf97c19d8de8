import { ApolloServerErrorCode } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { GatewayError } from '../domain/errors';
import type { RequestLimits } from '../requestLimits';
import { errorDetails, toClientError } from '../service/errorTable';
import { tokenLimitErrorOf } from './limits/tokenLimitError';

/** What the error formatter needs besides the error. */
export interface ErrorFormatterOptions {
  /** Production masks an unexpected error's message. */
  production: boolean;
  /** Whether messages may keep graphql-js's "Did you mean …" suggestions (development only). */
  fieldSuggestions: boolean;
  /** Logs an unexpected error once, before it is masked. */
  reportUnexpected: (error: unknown) => void;
  /** The input path of each wrong literal, found once per request (see `literalFieldsPlugin`). */
  literalFields: WeakMap<object, string>;
  /** The limits in force, to name the one graphql-js's parser stopped at. */
  limits: RequestLimits;
}

/**
 * The GraphQL face of the one error table (`service/errorTable.ts`): every error
 * leaves with an `extensions.code` from the design's closed set. GraphQL's own
 * refusals of a document become BAD_USER_INPUT with Apollo's code as `reason`;
 * anything unexpected is reported, then masked.
 */
export function createErrorFormatter(options: ErrorFormatterOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const answer = formatError(formatted, error, options);
    return options.fieldSuggestions ? answer : { ...answer, message: withoutSuggestions(answer.message) };
  };
}

function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: ErrorFormatterOptions,
): GraphQLFormattedError {
  const domain = domainErrorOf(error) ?? tokenLimitErrorOf(formatted, options.limits);
  if (domain) {
    // IoT's failure: the client is told the code, the operator the cause.
    if (toClientError(domain, options.production).causeHidden) options.reportUnexpected(domain);
    return { ...formatted, message: domain.message, extensions: errorDetails(domain) };
  }
  const apolloCode = formatted.extensions?.code;
  if (typeof apolloCode === 'string' && REQUEST_ERROR_CODES.has(apolloCode)) {
    // GraphQL itself refused the request, the document or a variable before any resolver ran.
    const field = fieldOfCoercionError(formatted.message) ?? options.literalFields.get(error as object);
    return {
      ...formatted,
      message: PERSISTED_QUERY_MESSAGES[apolloCode] ?? formatted.message,
      extensions: { code: 'BAD_USER_INPUT', reason: apolloCode, ...(field && { field }) },
    };
  }
  options.reportUnexpected(originalOf(error));
  const client = toClientError(originalOf(error), options.production);
  if (options.production) return { message: client.message, extensions: client.details };
  return { ...formatted, extensions: { ...formatted.extensions, ...client.details } };
}

/** The domain error behind a GraphQL error: thrown by a resolver, the context function or a limit rule. */
function domainErrorOf(error: unknown): GatewayError | undefined {
  const original = originalOf(error);
  return original instanceof GatewayError ? original : undefined;
}

/**
 * What was really thrown, for the client's code and the operator's log: a
 * resolver's error, not the GraphQLErrors wrapped around it. Duck-typed: Apollo
 * may wrap with another copy of graphql-js than the one imported here.
 */
function originalOf(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 8; depth += 1) {
    const inner = (current as { originalError?: unknown } | null)?.originalError;
    if (!(current instanceof Error) || inner === undefined || inner === null) break;
    current = inner;
  }
  return current;
}

const REQUEST_ERROR_CODES = new Set<string>([
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_USER_INPUT,
  ApolloServerErrorCode.BAD_REQUEST,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
]);

// Apollo's own texts are the protocol's keywords, which APQ clients look for; keep them first.
const PERSISTED_QUERY_MESSAGES: Partial<Record<string, string>> = {
  [ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED]:
    'PersistedQueryNotSupported: this API keeps no persisted queries; send the whole document in `query`.',
  [ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND]:
    'PersistedQueryNotFound: this API keeps no persisted queries; send the whole document in `query`.',
};

/** graphql-js names the failing spot as `at "input.behaviors[0].criteria"`; clients want the input-relative path. */
function fieldOfCoercionError(message: string): string | undefined {
  const match = /at "(?:[A-Za-z_][A-Za-z0-9_]*\.)?([^"]+)"/.exec(message);
  return match?.[1];
}

/**
 * graphql-js ends a message with "Did you mean …?" when a name is close to one
 * of the schema's. Validation is told to leave them out; variable coercion
 * cannot be told, so the few it writes are cut here.
 */
function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean [^?]*\?/g, '');
}
