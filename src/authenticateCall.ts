import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { actorFromEvent } from './adapters/identity/actorFromEvent';
import { requestMetaFromEvent } from './adapters/identity/requestMetaFromEvent';
import type { GatewayConfig } from './config';
import type { TeamPolicySource } from './service/ports';
import type { CallContext } from './service/callContext';

/**
 * Stage 1, authenticate: who is calling (from the claims API Gateway's JWT
 * authorizer verified), where from, and how long the invocation may still run.
 * Shared by the GraphQL and REST front-ends. Rejects with AuthenticationError.
 */
export async function authenticateCall(
  deps: { config: GatewayConfig; policies: TeamPolicySource },
  event: APIGatewayProxyEventV2,
  lambda: Pick<Context, 'awsRequestId' | 'getRemainingTimeInMillis'>,
): Promise<CallContext> {
  // Which teams are admin teams is the policy's call, so it is read (cached) first.
  const policy = await deps.policies.get();
  return {
    actor: actorFromEvent(event, {
      teamsClaim: deps.config.teamsClaim,
      isAdminTeam: (team) => policy.adminTeams.has(team),
    }),
    meta: requestMetaFromEvent(event, lambda),
    remainingTimeMs: () => lambda.getRemainingTimeInMillis(),
  };
}
