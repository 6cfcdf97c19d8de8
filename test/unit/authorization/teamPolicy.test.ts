import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BUDGETS,
  parseTeamPolicy,
  TeamPolicyError,
} from '../../../src/domain/authorization/teamPolicy';

const VALID = {
  adminTeams: ['platform-admins'],
  teams: {
    'team-a': {
      snsTopicArns: ['arn:aws:sns:*:111122223333:team-a-*'],
      roleArns: ['arn:aws:iam::111122223333:role/team-a-dd-*'],
      mqttTopics: ['team-a/**'],
    },
  },
};

function parseError(json: unknown): TeamPolicyError {
  try {
    parseTeamPolicy(json, 'file policy.json');
  } catch (error) {
    if (error instanceof TeamPolicyError) return error;
    throw error;
  }
  throw new Error('expected parseTeamPolicy to throw');
}

describe('parseTeamPolicy', () => {
  it('compiles the example of the issue into admin teams and per-team patterns', () => {
    const policy = parseTeamPolicy(VALID, 'file policy.json');

    expect([...policy.adminTeams]).toEqual(['platform-admins']);
    expect(policy.source).toBe('file policy.json');
    const grant = policy.teams.get('team-a');
    expect(grant?.roleArns.map((p) => p.source)).toEqual(['arn:aws:iam::111122223333:role/team-a-dd-*']);
    expect(grant?.mqttTopics[0]?.matches('team-a/metrics')).toBe(true);
  });

  it('reads auditorTeams, and no auditors when it is missing', () => {
    const withAuditors = parseTeamPolicy({ ...VALID, auditorTeams: ['security-audit'] }, 'test');
    const without = parseTeamPolicy(VALID, 'test');

    expect([...withAuditors.auditorTeams]).toEqual(['security-audit']);
    expect(without.auditorTeams.size).toBe(0);
  });

  it('reads each team’s share of IoT, the defaults where the policy sets none', () => {
    const policy = parseTeamPolicy(
      {
        adminTeams: ['ops'],
        iotCallsPerSecond: { default: 30 },
        teams: { 'team-a': { iotCallsPerSecond: 60 }, 'team-b': {} },
      },
      'file policy.json',
    );

    expect(policy.budgets).toEqual({
      teamDefault: 30,
      admins: DEFAULT_BUDGETS.admins,
      perTeam: new Map([['team-a', 60]]),
    });
    expect(parseTeamPolicy({ adminTeams: [], teams: {} }, 'x').budgets).toEqual({
      ...DEFAULT_BUDGETS,
      perTeam: new Map(),
    });
  });

  it('reads a missing pattern list as "nothing may be referenced"', () => {
    const policy = parseTeamPolicy({ adminTeams: [], teams: { 'team-a': {} } }, 'test');

    expect(policy.teams.get('team-a')).toEqual({
      snsTopicArns: [],
      roleArns: [],
      mqttTopics: [],
      thingGroupArns: [],
    });
  });

  it('finds nothing for a team named after an Object.prototype member', () => {
    const policy = parseTeamPolicy({ adminTeams: [], teams: {} }, 'test');

    expect(policy.teams.get('constructor')).toBeUndefined();
    expect(policy.teams.get('__proto__')).toBeUndefined();
  });

  it.each([['infra/team-policy.example.json'], ['src/local/demoTeamPolicy.json']])(
    'accepts the shipped policy %s',
    (file) => {
      // Prepare
      const json: unknown = JSON.parse(readFileSync(file, 'utf8'));

      // Act
      const policy = parseTeamPolicy(json, file);

      // Assess
      expect(policy.adminTeams.has('platform-admins')).toBe(true);
      expect([...policy.teams.keys()]).toEqual(
        expect.arrayContaining(['platform-admins', 'team-a', 'team-b']),
      );
    },
  );

  it.each<[string, unknown, string, RegExp]>([
    ['a document that is not an object', ['team-a'], '$', /expected an object, got an array/],
    ['null', null, '$', /expected an object, got null/],
    ['a missing adminTeams', { teams: {} }, '$.adminTeams', /expected an array of strings, got nothing/],
    ['adminTeams as a string', { adminTeams: 'platform-admins', teams: {} }, '$.adminTeams', /got a string/],
    [
      'a number among adminTeams',
      { adminTeams: ['ok', 7], teams: {} },
      '$.adminTeams[1]',
      /expected a string, got a number/,
    ],
    ['an empty admin team name', { adminTeams: [''], teams: {} }, '$.adminTeams[0]', /must not be empty/],
    [
      'auditorTeams as a string',
      { adminTeams: [], auditorTeams: 'audit', teams: {} },
      '$.auditorTeams',
      /expected an array of strings, got a string/,
    ],
    [
      'an empty auditor team name',
      { adminTeams: [], auditorTeams: [''], teams: {} },
      '$.auditorTeams[0]',
      /must not be empty/,
    ],
    ['a missing teams', { adminTeams: [] }, '$.teams', /expected an object, got nothing/],
    ['teams as an array', { adminTeams: [], teams: [] }, '$.teams', /expected an object, got an array/],
    [
      'an unknown top-level key',
      { ...VALID, admins: [] },
      '$["admins"]',
      /unknown key \(expected one of adminTeams, auditorTeams, iotCallsPerSecond, teams\)/,
    ],
    [
      'a team budget that is not an integer',
      { adminTeams: [], teams: { 'team-a': { iotCallsPerSecond: 2.5 } } },
      '$.teams["team-a"].iotCallsPerSecond',
      /expected an integer from 3 to 1000 \(IoT calls per second\), got 2.5/,
    ],
    [
      'a budget below one mutation a second',
      { adminTeams: [], iotCallsPerSecond: { admins: 2 }, teams: {} },
      '$.iotCallsPerSecond.admins',
      /from 3 to 1000/,
    ],
    [
      'a budget given as a string',
      { adminTeams: [], iotCallsPerSecond: { default: '20' }, teams: {} },
      '$.iotCallsPerSecond.default',
      /got "20"/,
    ],
    [
      'an unknown budget setting',
      { adminTeams: [], iotCallsPerSecond: { auditors: 20 }, teams: {} },
      '$.iotCallsPerSecond["auditors"]',
      /unknown key \(expected one of default, admins\)/,
    ],
    [
      'an empty team name',
      { adminTeams: [], teams: { '': {} } },
      '$.teams[""]',
      /team name must not be empty/,
    ],
    [
      'a team that is not an object',
      { adminTeams: [], teams: { 'team-a': [] } },
      '$.teams["team-a"]',
      /expected an object/,
    ],
    [
      'a misspelt pattern list',
      { adminTeams: [], teams: { 'team-a': { snsTopicArn: [] } } },
      '$.teams["team-a"]["snsTopicArn"]',
      /unknown key \(expected one of snsTopicArns, roleArns, mqttTopics, thingGroupArns\)/,
    ],
    [
      'a pattern list that is a string',
      { adminTeams: [], teams: { 'team-a': { roleArns: 'arn:aws:iam::1:role/x' } } },
      '$.teams["team-a"].roleArns',
      /expected an array of strings/,
    ],
    [
      'an empty pattern',
      { adminTeams: [], teams: { 'team-a': { roleArns: ['arn:aws:iam::1:role/a', ''] } } },
      '$.teams["team-a"].roleArns[1]',
      /must not be empty/,
    ],
    [
      'a pattern with other glob syntax',
      { adminTeams: [], teams: { 'team-a': { snsTopicArns: ['arn:aws:sns:us-east-?:1:a'] } } },
      '$.teams["team-a"].snsTopicArns[0]',
      /'\?' is not supported/,
    ],
    [
      'an MQTT wildcard in a topic pattern',
      { adminTeams: [], teams: { 'team-a': { mqttTopics: ['team-a/#'] } } },
      '$.teams["team-a"].mqttTopics[0]',
      /'#' is not supported/,
    ],
    [
      'a topic where an ARN belongs',
      { adminTeams: [], teams: { 'team-a': { roleArns: ['team-a/**'] } } },
      '$.teams["team-a"].roleArns[0]',
      /must start with 'arn:'/,
    ],
  ])('rejects %s, naming the source and the JSON path', (_case, json, path, problem) => {
    // Act
    const error = parseError(json);

    // Assess
    expect(error.path).toBe(path);
    expect(error.source).toBe('file policy.json');
    expect(error.message).toContain(`Team policy from file policy.json is invalid at ${path}: `);
    expect(error.message).toMatch(problem);
  });
});
