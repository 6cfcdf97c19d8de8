import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import fixture from '../../fixtures/events/http-api-v2-cognito-groups.json';

/** The profile every mutation of the benchmark changes: the demo's, owned by team-a. */
export const BENCH_PROFILE = 'PossibleIssue';

const SELECTION =
  '{ attempts auditEventId applied securityProfile { securityProfileName version lastModifiedDate behaviors { name metric } } }';

const UPDATE = `mutation BenchUpdate($input: UpdateSecurityProfileInput!) { updateSecurityProfile(input: $input) ${SELECTION} }`;
const PATCH = `mutation BenchPatch($input: PatchSecurityProfileInput!) { patchSecurityProfile(input: $input) ${SELECTION} }`;

/**
 * An HTTP API v2 event carrying one GraphQL mutation, as API Gateway delivers it after its JWT
 * authorizer accepted a team-a token (the claims of the shared fixture).
 */
export function graphqlEvent(query: string, variables: unknown): APIGatewayProxyEventV2WithJWTAuthorizer {
  const event = structuredClone(fixture) as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;
  event.routeKey = 'POST /graphql';
  event.requestContext.routeKey = 'POST /graphql';
  event.requestContext.requestId = `bench-${Math.random().toString(36).slice(2)}`;
  event.requestContext.timeEpoch = Date.now();
  event.body = JSON.stringify({ query, variables });
  event.headers['content-length'] = String(Buffer.byteLength(event.body));
  return event;
}

/** `updateSecurityProfile` changing the description of the bench profile: one write, no retry. */
export function updateEvent(description: string): APIGatewayProxyEventV2WithJWTAuthorizer {
  return graphqlEvent(UPDATE, {
    input: { securityProfileName: BENCH_PROFILE, securityProfileDescription: description },
  });
}

/** `patchSecurityProfile` upserting one behavior of its own name, so concurrent patches all change something. */
export function patchEvent(behaviorName: string): APIGatewayProxyEventV2WithJWTAuthorizer {
  return graphqlEvent(PATCH, {
    input: {
      securityProfileName: BENCH_PROFILE,
      upsertBehaviors: [
        {
          name: behaviorName,
          metric: 'aws:num-messages-sent',
          criteria: { comparisonOperator: 'GREATER_THAN', value: { count: 100 }, durationSeconds: 300 },
        },
      ],
    },
  });
}
