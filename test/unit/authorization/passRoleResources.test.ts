import { describe, expect, it } from 'vitest';
import { isAdmin } from '../../../src/domain/authorization/isAdmin';
import { passRoleResources } from '../../../src/domain/authorization/passRoleResources';
import { parseTeamPolicy } from '../../../src/domain/authorization/teamPolicy';
import { aPolicy } from './builders';

describe('passRoleResources', () => {
  it('lists every role pattern of every policy once, with ** turned into IAM *', () => {
    const first = parseTeamPolicy(
      {
        adminTeams: [],
        teams: {
          'team-a': {
            roleArns: [
              'arn:aws:iam::111122223333:role/team-a-dd-*',
              'arn:aws:iam::111122223333:role/team-a/**',
            ],
          },
          'team-b': { snsTopicArns: ['arn:aws:sns:*:111122223333:team-b-*'] },
        },
      },
      'first',
    );
    const second = parseTeamPolicy(
      { adminTeams: [], teams: { 'team-a': { roleArns: ['arn:aws:iam::111122223333:role/team-a-dd-*'] } } },
      'second',
    );

    const resources = passRoleResources([first, second]);

    expect(resources).toEqual([
      'arn:aws:iam::111122223333:role/team-a-dd-*',
      'arn:aws:iam::111122223333:role/team-a/*',
    ]);
  });

  it('grants nothing when no team may reference a role', () => {
    expect(passRoleResources([parseTeamPolicy({ adminTeams: [], teams: {} }, 'empty')])).toEqual([]);
  });
});

describe('isAdmin', () => {
  it.each([
    [['platform-admins'], true],
    [['team-a', 'platform-admins'], true],
    [['team-a'], false],
    [[], false],
    [['Platform-Admins'], false],
  ])('says %j is admin: %s', (teams, expected) => {
    expect(isAdmin(teams, aPolicy())).toBe(expected);
  });
});
