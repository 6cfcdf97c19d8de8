import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { GatewayError } from '../domain/errors';
import { errorDetails } from '../service/errorDetails';
import { fieldOfLiteral } from './fieldOfLiteral';

/**
 * The one mapping from what went wrong to what the client sees. Every error
 * leaves with an `extensions.code` from the design's closed set; outside
 * development nothing else of an unexpected error (message, stack) leaves.
 */
export function createErrorFormatter(options: { production: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof GatewayError) {
      return { ...formatted, message: original.message, extensions: errorDetails(original) };
    }
    const apolloCode = formatted.extensions?.code;
    if (apolloCode === 'UNAUTHENTICATED') {
      // Thrown by the context function, which Apollo reports as "Context creation failed: …".
      const message = formatted.message.replace(/^Context creation failed: /, '');
      return { message, extensions: { code: 'UNAUTHENTICATED' } };
    }
    if (typeof apolloCode === 'string' && REQUEST_ERROR_CODES.has(apolloCode)) {
      // GraphQL itself refused the document or a variable before any resolver ran.
      const field = fieldOfCoercionError(formatted.message) ?? fieldOfLiteral(error);
      return {
        ...formatted,
        extensions: { code: 'BAD_USER_INPUT', reason: apolloCode, ...(field && { field }) },
      };
    }
    if (options.production) {
      return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    return { ...formatted, extensions: { ...formatted.extensions, code: 'INTERNAL_SERVER_ERROR' } };
  };
}

const REQUEST_ERROR_CODES = new Set<string>([
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_USER_INPUT,
  ApolloServerErrorCode.BAD_REQUEST,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
]);

/** graphql-js names the failing spot as `at "input.behaviors[0].criteria"`; clients want the input-relative path. */
function fieldOfCoercionError(message: string): string | undefined {
  const match = /at "(?:[A-Za-z_][A-Za-z0-9_]*\.)?([^"]+)"/.exec(message);
  return match?.[1];
}
