import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { BENCH_PROFILE, graphqlEvent } from './mutationEvents';
import { asTeam } from './teamEvents';

/** The caller's page size in the listing figure: the schema's default page. */
export const LIST_PAGE = 20;

const LIST = `query BenchList($first: Int) { securityProfiles(first: $first) { edges { node { securityProfileName ownerTeam version lastModifiedDate } } pageInfo { hasNextPage endCursor } } }`;
const CREATE = `mutation BenchCreate($input: CreateSecurityProfileInput!) { createSecurityProfile(input: $input) { attempts auditEventId applied securityProfile { securityProfileName version } } }`;
const RESTORE = `mutation BenchRestore($input: RestoreSecurityProfileInput!) { restoreSecurityProfile(input: $input) { attempts auditEventId applied securityProfile { version } } }`;

/** team-a's first page of the profiles it may read (a caller of team-a alone). */
export function listEvent(): APIGatewayProxyEventV2WithJWTAuthorizer {
  return asTeam(graphqlEvent(LIST, { first: LIST_PAGE }), 'team-a');
}

/** A new profile of team-a's (its one team owns it), with one behavior. */
export function createEvent(securityProfileName: string): APIGatewayProxyEventV2WithJWTAuthorizer {
  const event = graphqlEvent(CREATE, {
    input: {
      securityProfileName,
      securityProfileDescription: 'Created by the benchmark',
      behaviors: [
        {
          name: 'Authorization',
          metric: 'aws:num-authorization-failures',
          criteria: { comparisonOperator: 'GREATER_THAN', value: { count: 5 }, durationSeconds: 300 },
        },
      ],
    },
  });
  return asTeam(event, 'team-a');
}

/** The bench profile made again what the event `auditEventId` left it. */
export function restoreEvent(auditEventId: string): APIGatewayProxyEventV2WithJWTAuthorizer {
  return asTeam(
    graphqlEvent(RESTORE, { input: { securityProfileName: BENCH_PROFILE, auditEventId } }),
    'team-a',
  );
}

/**
 * Checks that a listing answered a full page of `team`'s profiles only: a page of the wrong
 * profiles, or a short one, would time the wrong thing.
 */
export function checkListing(result: unknown, team: string): void {
  const body = (result as { body?: string }).body ?? '';
  const page = (
    JSON.parse(body) as {
      data?: { securityProfiles?: { edges: { node: { ownerTeam: string | null } }[] } };
    }
  ).data?.securityProfiles;
  const owners = page?.edges.map((edge) => edge.node.ownerTeam) ?? [];
  if (owners.length !== LIST_PAGE || owners.some((owner) => owner !== team)) {
    throw new Error(`not a full page of ${team}'s profiles: ${body.slice(0, 500)}`);
  }
}
