import { describe, expect, it } from 'vitest';
import { actorFromEvent } from '../../../src/adapters/identity/actorFromEvent';
import { AuthenticationError } from '../../../src/domain/errors';
import { eventWithClaims, loadEventFixture } from '../../fixtures/events/loadEventFixture';

const cognito = {
  teamsClaim: 'cognito:groups',
  isAdminTeam: (team: string) => team === 'platform-admins',
} as const;

describe('actorFromEvent', () => {
  it('reads the subject and the Cognito groups API Gateway renders as "[team-a team-b]"', () => {
    // Prepare
    const event = loadEventFixture('cognitoGroups');

    // Act
    const actor = actorFromEvent(event, cognito);

    // Assess
    expect(actor).toEqual({
      subject: 'd4c3b2a1-1111-2222-3333-444455556666',
      teams: ['team-a', 'team-b'],
      isAdmin: false,
    });
  });

  it('makes a member of an admin team an administrator', () => {
    // Prepare
    const event = loadEventFixture('cognitoAdminSingleGroup');

    // Act
    const actor = actorFromEvent(event, cognito);

    // Assess
    expect(actor).toEqual({
      subject: 'e5d4c3b2-7777-8888-9999-000011112222',
      teams: ['platform-admins'],
      isAdmin: true,
    });
  });

  it('asks the team policy which teams are admin teams when given a predicate', () => {
    // Prepare
    const event = loadEventFixture('cognitoGroups');

    // Act
    const actor = actorFromEvent(event, { teamsClaim: 'cognito:groups', isAdminTeam: (t) => t === 'team-b' });

    // Assess
    expect(actor.isAdmin).toBe(true);
  });

  it('reads a custom, comma-separated teams claim named by configuration', () => {
    // Prepare
    const event = loadEventFixture('customTeamsClaim');

    // Act
    const actor = actorFromEvent(event, {
      teamsClaim: 'custom:teams',
      isAdminTeam: (team: string) => team === 'platform-admins',
    });

    // Assess
    expect(actor).toEqual({
      subject: 'a7f6e5d4-9999-aaaa-bbbb-ccccddddeeee',
      teams: ['team-b', 'team-c'],
      isAdmin: false,
    });
  });

  it('reads a teams claim that is a plain single string', () => {
    // Prepare
    const event = eventWithClaims({ sub: 'svc-deployer', 'custom:team': 'team-a' });

    // Act
    const actor = actorFromEvent(event, { teamsClaim: 'custom:team', isAdminTeam: () => false });

    // Assess
    expect(actor.teams).toEqual(['team-a']);
  });

  it('gives a caller in no group an actor with no teams, for authorization to deny', () => {
    // Prepare
    const event = loadEventFixture('cognitoNoGroups');

    // Act
    const actor = actorFromEvent(event, cognito);

    // Assess
    expect(actor).toEqual({ subject: 'f6e5d4c3-3333-4444-5555-666677778888', teams: [], isAdmin: false });
  });

  it('gives an actor no teams when the configured claim is an empty list', () => {
    // Prepare
    const event = eventWithClaims({ sub: 'user-1', 'cognito:groups': '[]' });

    // Act
    const actor = actorFromEvent(event, cognito);

    // Assess
    expect(actor.teams).toEqual([]);
  });

  it('refuses a token without a sub claim as UNAUTHENTICATED', () => {
    // Prepare
    const event = loadEventFixture('cognitoGroups');
    delete event.requestContext.authorizer.jwt.claims.sub;

    // Act
    const act = () => actorFromEvent(event, cognito);

    // Assess
    expect(act).toThrow(AuthenticationError);
    expect(act).toThrow(/'sub' claim/);
  });

  it('refuses a blank sub claim', () => {
    // Prepare
    const event = eventWithClaims({ sub: '  ', 'cognito:groups': '[team-a]' });

    // Act
    const act = () => actorFromEvent(event, cognito);

    // Assess
    expect(act).toThrow(AuthenticationError);
  });

  it('refuses an event with no JWT authorizer context', () => {
    // Prepare
    const event = loadEventFixture('noAuthorizer');

    // Act
    const act = () => actorFromEvent(event, cognito);

    // Assess
    expect(act).toThrow(AuthenticationError);
    expect(act).toThrow(/no verified token/);
  });

  it('refuses a teams claim that is not a list of names, naming the claim', () => {
    // Prepare
    const event = eventWithClaims({ sub: 'user-1', 'cognito:groups': true });

    // Act
    const act = () => actorFromEvent(event, cognito);

    // Assess
    expect(act).toThrow(/'cognito:groups' claim is not a list of teams/);
  });

  it('reports authentication failures with the UNAUTHENTICATED code', () => {
    // Prepare
    const event = eventWithClaims({ 'cognito:groups': '[team-a]' });

    // Act
    const error = catchError(() => actorFromEvent(event, cognito));

    // Assess
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).code).toBe('UNAUTHENTICATED');
  });
});

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
