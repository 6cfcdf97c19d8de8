import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { GraphQLError } from 'graphql';
import { authenticateCall } from '../authenticateCall';
import type { Dependencies } from '../createDependencies';
import { AuthenticationError } from '../domain/errors';
import { ERROR_TABLE } from '../service/errorTable';
import type { GatewayContext } from './context';

/** Apollo's context function for the Lambda integration: the one place a request's identity and dependencies enter. */
export function createContextFactory(deps: Dependencies) {
  return async ({
    event,
    context,
  }: {
    event: APIGatewayProxyEventV2;
    context: Context;
  }): Promise<GatewayContext> => {
    try {
      const call = await authenticateCall(deps, event, context);
      return { securityProfiles: deps.service, call, warnings: [], rawVariables: {} };
    } catch (error) {
      if (!(error instanceof AuthenticationError)) throw error;
      // Thrown from the context function, only a GraphQLError keeps its status; the formatter
      // finds the AuthenticationError behind it.
      throw new GraphQLError(error.message, {
        originalError: error,
        extensions: { http: { status: ERROR_TABLE[error.code].status } },
      });
    }
  };
}
