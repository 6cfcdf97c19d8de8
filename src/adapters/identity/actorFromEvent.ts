import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { Actor } from '../../domain/actor';
import { AuthenticationError } from '../../domain/errors';
import { jwtClaimsOf } from './jwtClaimsOf';
import { parseTeamsClaim } from './parseTeamsClaim';

/** How claims become an Actor. Which teams are admin teams is the team policy's call. */
export interface ActorFromEventOptions {
  /** The claim listing the caller's teams (env `TEAMS_CLAIM`, default `cognito:groups`). */
  teamsClaim: string;
  /** True for a team whose members are administrators (the team policy decides). */
  isAdminTeam: (team: string) => boolean;
}

/**
 * Stage 1 of the pipeline: who is calling, from the claims API Gateway's JWT
 * authorizer verified (see `parseTeamsClaim` for every form the teams claim takes).
 *
 * A caller in no team gets an Actor with `teams: []`: authentication succeeded,
 * and the authorization stage denies every change because no profile is owned by
 * nobody. It is never treated as "all teams".
 *
 * @throws AuthenticationError (UNAUTHENTICATED) when there are no claims, `sub` is
 *   missing or blank, or the teams claim cannot be read one way (a name holding a
 *   separator or an invisible character, a value that is not a list of names).
 */
export function actorFromEvent(
  event: Pick<APIGatewayProxyEventV2, 'requestContext'>,
  options: ActorFromEventOptions,
): Actor {
  const claims = jwtClaimsOf(event);
  // Compared exactly, as the identity provider issued it: " alice " is not alice.
  const subject = claims.sub;
  if (typeof subject !== 'string' || subject.trim() === '') {
    throw new AuthenticationError("The token has no 'sub' claim, so the caller is unknown.");
  }
  const reading = parseTeamsClaim(claims[options.teamsClaim]);
  if ('problem' in reading) {
    throw new AuthenticationError(
      `The token's '${options.teamsClaim}' claim ${reading.problem}; it cannot be read one way ` +
        '(docs/authorization.md lists the team names supported).',
    );
  }
  const { teams } = reading;
  return { subject, teams, isAdmin: teams.some(options.isAdminTeam) };
}
