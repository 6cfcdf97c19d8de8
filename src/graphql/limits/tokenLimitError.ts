import { ApolloServerErrorCode } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { RequestLimitError } from '../../domain/errors';
import { limitExceeded, type RequestLimits } from '../../requestLimits';

/**
 * graphql-js stops parsing at `maxTokens` with a syntax error of its own
 * ("Document contains more that 10000 tokens. Parsing aborted."); Apollo
 * reports it as GRAPHQL_PARSE_FAILED. Read back as the domain's limit error, it
 * names its setting like every other limit.
 */
export function tokenLimitErrorOf(
  formatted: GraphQLFormattedError,
  limits: RequestLimits,
): RequestLimitError | undefined {
  if (formatted.extensions?.code !== ApolloServerErrorCode.GRAPHQL_PARSE_FAILED) return undefined;
  return /Document contains more tha[nt] \d+ tokens/.test(formatted.message)
    ? limitExceeded(limits, 'tokens')
    : undefined;
}
