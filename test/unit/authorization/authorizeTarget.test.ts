import { describe, expect, it } from 'vitest';
import { authorizeTarget, isAccountTarget } from '../../../src/domain/authorization/authorizeTarget';
import { parseTeamPolicy } from '../../../src/domain/authorization/teamPolicy';
import { ACCOUNT, aLoadedProfile, aPolicy, anActor, demoGrant } from './builders';

const group = (name: string) => `arn:aws:iot:us-east-1:${ACCOUNT}:thinggroup/${name}`;
const ALL_THINGS = `arn:aws:iot:us-east-1:${ACCOUNT}:all/things`;

describe('authorizeTarget: who may attach a profile to a target', () => {
  it.each([
    ['the owner, to its own thing group', ['team-a'], 'team-a', group('team-a-sensors'), undefined],
    ['another team, to its own group', ['team-b'], 'team-a', group('team-b-sensors'), 'OWNER_TEAM_REQUIRED'],
    [
      'another team, to the owner’s group',
      ['team-b'],
      'team-a',
      group('team-a-sensors'),
      'OWNER_TEAM_REQUIRED',
    ],
    [
      'the owner, to another team’s group',
      ['team-a'],
      'team-a',
      group('team-b-sensors'),
      'TARGET_NOT_ALLOWED',
    ],
    ['an admin, to the owner’s group', ['platform-admins'], 'team-a', group('team-a-sensors'), undefined],
    [
      'an admin, to another team’s group',
      ['platform-admins'],
      'team-a',
      group('team-b-sensors'),
      'TARGET_NOT_ALLOWED',
    ],
    ['an auditor', ['security-audit'], 'team-a', group('team-a-sensors'), 'OWNER_TEAM_REQUIRED'],
    ['a team, an unowned profile', ['team-a'], undefined, group('team-a-sensors'), 'ADMIN_ONLY_UNOWNED'],
    [
      'an admin, an unowned profile, to an admin group',
      ['platform-admins'],
      undefined,
      group('platform-fleet'),
      undefined,
    ],
    [
      'an admin, an unowned profile, to a team’s group',
      ['platform-admins'],
      undefined,
      group('team-a-x'),
      'TARGET_NOT_ALLOWED',
    ],
    ['the owner, to all things', ['team-a'], 'team-a', ALL_THINGS, 'ACCOUNT_TARGET_ADMIN_ONLY'],
    ['an admin, a team’s profile, to all things', ['platform-admins'], 'team-a', ALL_THINGS, undefined],
  ])('%s', (_case, teams, owner, target, rule) => {
    const decision = authorizeTarget(anActor(teams), aLoadedProfile(owner), target, aPolicy());

    if (rule === undefined) expect(decision).toEqual({ allowed: true });
    else expect(decision).toMatchObject({ allowed: false, rule });
  });

  it('names the field and the target, never a pattern', () => {
    const decision = authorizeTarget(
      anActor(['team-a']),
      aLoadedProfile('team-a'),
      group('team-b-x'),
      aPolicy(),
    );

    expect(decision).toMatchObject({ path: 'securityProfileTargetArn' });
    expect(!decision.allowed && decision.message).toBe(
      `Forbidden (TARGET_NOT_ALLOWED): securityProfileTargetArn: target '${group('team-b-x')}' is not one that team 'team-a', owner of the profile, may use.`,
    );
  });

  it('lets a team use an account-wide target its policy names', () => {
    const policy = parseTeamPolicy(
      {
        adminTeams: ['platform-admins'],
        teams: {
          'team-a': {
            ...demoGrant('team-a'),
            thingGroupArns: [`arn:aws:iot:us-east-1:${ACCOUNT}:all/registered-things`],
          },
        },
      },
      'test',
    );
    const registered = `arn:aws:iot:us-east-1:${ACCOUNT}:all/registered-things`;

    expect(authorizeTarget(anActor(['team-a']), aLoadedProfile('team-a'), registered, policy)).toEqual({
      allowed: true,
    });
    expect(authorizeTarget(anActor(['team-a']), aLoadedProfile('team-a'), ALL_THINGS, policy)).toMatchObject({
      rule: 'ACCOUNT_TARGET_ADMIN_ONLY',
    });
  });

  it.each([
    [ALL_THINGS, true],
    [`arn:aws:iot:us-east-1:${ACCOUNT}:all/registered-things`, true],
    [`arn:aws:iot:us-east-1:${ACCOUNT}:all/unregistered-things`, true],
    [group('all'), false],
    [`arn:aws:iot:us-east-1:${ACCOUNT}:all/other`, false],
  ])('tells account-wide targets from thing groups: %s', (arn, expected) => {
    expect(isAccountTarget(arn)).toBe(expected);
  });
});
