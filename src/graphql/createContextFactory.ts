import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { GraphQLError } from 'graphql';
import { actorFromEvent } from '../adapters/identity/actorFromEvent';
import { requestMetaFromEvent } from '../adapters/identity/requestMetaFromEvent';
import type { TeamPolicy } from '../domain/authorization/teamPolicy';
import { AuthenticationError } from '../domain/errors';
import type { Dependencies } from '../createDependencies';
import type { CallContext } from '../service/SecurityProfileService';
import type { GatewayContext } from './context';

/** Stage 1, authenticate: the one place a request's identity and dependencies enter. */
export function createCallContext(
  deps: Pick<Dependencies, 'config' | 'policies'>,
  event: APIGatewayProxyEventV2,
  lambda: Pick<Context, 'awsRequestId' | 'getRemainingTimeInMillis'>,
  policy: TeamPolicy,
): CallContext {
  return {
    actor: actorFromEvent(event, {
      teamsClaim: deps.config.teamsClaim,
      isAdminTeam: (team) => policy.adminTeams.has(team),
    }),
    meta: requestMetaFromEvent(event, lambda),
    remainingTimeMs: () => lambda.getRemainingTimeInMillis(),
  };
}

/** Apollo's context function for the Lambda integration. */
export function createContextFactory(deps: Dependencies) {
  return async ({
    event,
    context,
  }: {
    event: APIGatewayProxyEventV2;
    context: Context;
  }): Promise<GatewayContext> => {
    // Log lines of this invocation carry its request id (Powertools correlation).
    deps.logger.addContext(context);
    const policy = await deps.policies.get();
    try {
      const call = createCallContext(deps, event, context, policy);
      return { securityProfiles: deps.service, call, warnings: [] };
    } catch (error) {
      if (!(error instanceof AuthenticationError)) throw error;
      // Thrown from the context function, only a GraphQLError keeps its code and status.
      throw new GraphQLError(error.message, { extensions: { code: error.code, http: { status: 401 } } });
    }
  };
}
