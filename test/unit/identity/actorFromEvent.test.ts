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
    const event = loadEventFixture('cognitoGroups');

    const actor = actorFromEvent(event, cognito);

    expect(actor).toEqual({
      subject: 'd4c3b2a1-1111-2222-3333-444455556666',
      teams: ['team-a', 'team-b'],
      isAdmin: false,
    });
  });

  it('makes a member of an admin team an administrator', () => {
    const event = loadEventFixture('cognitoAdminSingleGroup');

    const actor = actorFromEvent(event, cognito);

    expect(actor).toEqual({
      subject: 'e5d4c3b2-7777-8888-9999-000011112222',
      teams: ['platform-admins'],
      isAdmin: true,
    });
  });

  it('asks the team policy which teams are admin teams when given a predicate', () => {
    const event = loadEventFixture('cognitoGroups');

    const actor = actorFromEvent(event, { teamsClaim: 'cognito:groups', isAdminTeam: (t) => t === 'team-b' });

    expect(actor.isAdmin).toBe(true);
  });

  it('reads a custom, comma-separated teams claim named by configuration', () => {
    const event = loadEventFixture('customTeamsClaim');

    const actor = actorFromEvent(event, {
      teamsClaim: 'custom:teams',
      isAdminTeam: (team: string) => team === 'platform-admins',
    });

    expect(actor).toEqual({
      subject: 'a7f6e5d4-9999-aaaa-bbbb-ccccddddeeee',
      teams: ['team-b', 'team-c'],
      isAdmin: false,
    });
  });

  it('reads a teams claim that is a plain single string', () => {
    const event = eventWithClaims({ sub: 'svc-deployer', 'custom:team': 'team-a' });

    const actor = actorFromEvent(event, { teamsClaim: 'custom:team', isAdminTeam: () => false });

    expect(actor.teams).toEqual(['team-a']);
  });

  it('gives a caller in no group an actor with no teams, for authorization to deny', () => {
    const event = loadEventFixture('cognitoNoGroups');

    const actor = actorFromEvent(event, cognito);

    expect(actor).toEqual({ subject: 'f6e5d4c3-3333-4444-5555-666677778888', teams: [], isAdmin: false });
  });

  it('gives an actor no teams when the configured claim is an empty list', () => {
    const event = eventWithClaims({ sub: 'user-1', 'cognito:groups': '[]' });

    const actor = actorFromEvent(event, cognito);

    expect(actor.teams).toEqual([]);
  });

  it('refuses a token without a sub claim as UNAUTHENTICATED', () => {
    const event = loadEventFixture('cognitoGroups');
    delete event.requestContext.authorizer.jwt.claims.sub;

    const act = () => actorFromEvent(event, cognito);

    expect(act).toThrow(AuthenticationError);
    expect(act).toThrow(/'sub' claim/);
  });

  it('refuses a blank sub claim', () => {
    const event = eventWithClaims({ sub: '  ', 'cognito:groups': '[team-a]' });

    const act = () => actorFromEvent(event, cognito);

    expect(act).toThrow(AuthenticationError);
  });

  it('refuses an event with no JWT authorizer context', () => {
    const event = loadEventFixture('noAuthorizer');

    const act = () => actorFromEvent(event, cognito);

    expect(act).toThrow(AuthenticationError);
    expect(act).toThrow(/no verified token/);
  });

  it('refuses a teams claim that is not a list of names, naming the claim', () => {
    const event = eventWithClaims({ sub: 'user-1', 'cognito:groups': true });

    const act = () => actorFromEvent(event, cognito);

    expect(act).toThrow(/'cognito:groups' claim is a boolean, not a list of teams/);
  });

  it.each([
    ['a group name holding a comma', '[team-b,platform-admins]', /"team-b,platform-admins", which holds ','/],
    ['a tab between two names', '[team-b\tplatform-admins]', /U\+0009/],
    ['a no-break space', '[team-b\u00a0platform-admins]', /U\+00A0/],
    ['a line separator', '[team-b\u2028platform-admins]', /U\+2028/],
  ])('refuses a teams claim with %s as UNAUTHENTICATED, saying why', (_case, groups, reason) => {
    const event = eventWithClaims({ sub: 'user-1', 'cognito:groups': groups });

    const error = catchError(() => actorFromEvent(event, cognito));

    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toMatch(reason);
    expect((error as Error).message).toMatch(/'cognito:groups' claim .*cannot be read one way/);
  });

  it('compares sub exactly: a padded sub is another subject, never trimmed into alice', () => {
    const event = eventWithClaims({ sub: ' alice ', 'cognito:groups': '[team-a]' });

    const actor = actorFromEvent(event, cognito);

    expect(actor.subject).toBe(' alice ');
  });

  it('reports authentication failures with the UNAUTHENTICATED code', () => {
    const event = eventWithClaims({ 'cognito:groups': '[team-a]' });

    const error = catchError(() => actorFromEvent(event, cognito));

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
