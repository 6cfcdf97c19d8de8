import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import {
  AuthorizationError,
  GatewayError,
  ValidationError,
  VersionConflictError,
  type ErrorCode,
} from '../domain/errors';
import { LongScalar } from './scalars';

type Extensions = Record<string, unknown> & { code: ErrorCode };

/**
 * The one mapping from what went wrong to what the client sees. Every error
 * leaves with an `extensions.code` from the design's closed set; outside
 * development nothing else of an unexpected error (message, stack) leaves.
 */
export function createErrorFormatter(options: { production: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof GatewayError) {
      return { ...formatted, message: original.message, extensions: extensionsOf(original) };
    }
    const apolloCode = formatted.extensions?.code;
    if (typeof apolloCode === 'string' && REQUEST_ERROR_CODES.has(apolloCode)) {
      // GraphQL itself refused the document or a variable before any resolver ran.
      const field = fieldOfCoercionError(formatted.message);
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

function extensionsOf(error: GatewayError): Extensions {
  if (error instanceof ValidationError) {
    return { code: error.code, field: error.issues[0]?.path, issues: error.issues };
  }
  if (error instanceof AuthorizationError) return { code: error.code, rule: error.rule, field: error.path };
  if (error instanceof VersionConflictError) {
    const { currentVersion, attempts } = error;
    return {
      code: error.code,
      currentVersion: currentVersion === undefined ? undefined : LongScalar.serialize(currentVersion),
      attempts,
    };
  }
  return { code: error.code };
}

/** graphql-js names the failing spot as `at "input.behaviors[0].criteria"`; clients want the input-relative path. */
function fieldOfCoercionError(message: string): string | undefined {
  const match = /at "(?:[A-Za-z_][A-Za-z0-9_]*\.)?([^"]+)"/.exec(message);
  return match?.[1];
}
