import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { graphqlEvent } from './mutationEvents';

/** team-b's own demo profile: the fair-share figure times its changes. */
export const TEAM_B_PROFILE = 'TeamBBaseline';

const READ = `query BenchRead($name: String!) { securityProfile(securityProfileName: $name) { securityProfileName version } }`;
const PATCH = `mutation BenchTeamPatch($input: PatchSecurityProfileInput!) { patchSecurityProfile(input: $input) { attempts applied } }`;

/** The event as a caller of `team` alone (API Gateway's `[a b]` rendering of the groups claim). */
export function asTeam(event: APIGatewayProxyEventV2WithJWTAuthorizer, team: string) {
  event.requestContext.authorizer.jwt.claims['cognito:groups'] = `[${team}]`;
  event.requestContext.authorizer.jwt.claims.sub = `bench-${team}`;
  return event;
}

/** team-a reading its demo profile: two IoT calls from team-a's share. */
export function teamARead(): APIGatewayProxyEventV2WithJWTAuthorizer {
  return asTeam(graphqlEvent(READ, { name: 'PossibleIssue' }), 'team-a');
}

/** team-b upserting a behavior of its own name on its own profile: three IoT calls from team-b's share. */
export function teamBPatch(behaviorName: string): APIGatewayProxyEventV2WithJWTAuthorizer {
  return asTeam(
    graphqlEvent(PATCH, {
      input: {
        securityProfileName: TEAM_B_PROFILE,
        upsertBehaviors: [
          {
            name: behaviorName,
            metric: 'aws:num-messages-sent',
            criteria: { comparisonOperator: 'GREATER_THAN', value: { count: 100 }, durationSeconds: 300 },
          },
        ],
      },
    }),
    'team-b',
  );
}

/**
 * How long a read asks its caller to wait: 0 when it was answered, the retry hint in ms when it
 * was THROTTLED. Anything else is a failure the benchmark must not time.
 */
export function throttledFor(result: unknown): number {
  const answer = result as { statusCode?: number; body?: string } | undefined;
  const body = answer?.body ?? '';
  const parsed = JSON.parse(body) as {
    errors?: { extensions?: { code?: string; retryAfterSeconds?: number } }[];
  };
  const error = parsed.errors?.[0]?.extensions;
  if (answer?.statusCode === 200 && !error) return 0;
  if (error?.code === 'THROTTLED') return (error.retryAfterSeconds ?? 1) * 1000;
  throw new Error(`answered ${answer?.statusCode}: ${body.slice(0, 500)}`);
}
