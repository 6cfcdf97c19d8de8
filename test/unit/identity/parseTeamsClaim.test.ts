import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTeamsClaim } from '../../../src/adapters/identity/parseTeamsClaim';

describe('parseTeamsClaim', () => {
  it.each([
    [
      'the bracketed, space-separated form API Gateway gives a JSON array',
      '[team-a team-b]',
      ['team-a', 'team-b'],
    ],
    ['the bracketed form of a single group', '[team-a]', ['team-a']],
    ['an empty list', '[]', []],
    ['a plain single string', 'team-a', ['team-a']],
    ['a comma-separated custom claim', 'team-a,team-b', ['team-a', 'team-b']],
    ['a comma-separated claim with spaces', ' team-a, team-b ', ['team-a', 'team-b']],
    ['a space-separated claim', 'team-a team-b', ['team-a', 'team-b']],
    ['a JSON array written as a string', '["team-a","team-b"]', ['team-a', 'team-b']],
    ['a real array', ['team-a', 'team-b'], ['team-a', 'team-b']],
    ['an empty string', '', []],
    ['an absent claim', undefined, []],
    ['a null claim', null, []],
    ['a list whose names are numbers, in their string form', '[1 2]', ['1', '2']],
    ['a one-number list that is also valid JSON', '[7]', ['7']],
    [
      'a bracketed list whose first name starts like a JSON literal',
      '[true-team nullish]',
      ['true-team', 'nullish'],
    ],
    ['a JSON array of literals', '[ true, 1 ]', ['true', '1']],
  ])('reads %s', (_case, value, expected) => {
    const teams = parseTeamsClaim(value);

    expect(teams).toEqual(expected);
  });

  it('lists each team once, in the order first seen', () => {
    const teams = parseTeamsClaim('[team-b team-a team-b]');

    expect(teams).toEqual(['team-b', 'team-a']);
  });

  it.each([
    ['a number', 42],
    ['a boolean', true],
    ['an object', { team: 'team-a' }],
    ['a real array holding an object', ['team-a', { team: 'team-b' }]],
    ['a JSON list string holding an object', '[{"team":"team-a"}]'],
    ['an object claim rendered as JSON', '{"teams":["team-a"]}'],
    ['an object claim rendered the way Go prints a map', 'map[teams:team-a]'],
  ])('refuses %s as a list of teams', (_case, value) => {
    const teams = parseTeamsClaim(value);

    expect(teams).toBeUndefined();
  });

  it('reads back any list of team names in the form API Gateway renders it', () => {
    const teamName = fc.stringMatching(/^[A-Za-z0-9_.:@+=-]{1,24}$/);
    fc.assert(
      fc.property(fc.uniqueArray(teamName, { maxLength: 8 }), (teams) => {
        // API Gateway prints a JSON array of strings the way Go prints a slice.
        const rendered = `[${teams.join(' ')}]`;

        const parsed = parseTeamsClaim(rendered);

        expect(parsed).toEqual(teams);
      }),
    );
  });
});
