import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTeamsClaim, unsupportedTeamName } from '../../../src/adapters/identity/parseTeamsClaim';

/** How API Gateway's JWT authorizer renders a JSON array claim: the way Go prints a slice. */
const goSlice = (names: readonly string[]) => `[${names.join(' ')}]`;
/** How a pre-token-generation trigger writes a list into a string claim. */
const jsonText = (names: readonly string[]) => JSON.stringify(names);
/** How a custom string claim lists several teams. */
const commaList = (names: readonly string[]) => names.join(',');

// Names as identity providers allow them (Cognito: letters, marks, numbers, symbols, punctuation).
const SUPPORTED = ['a', 'Z', '7', '-', '_', '.', ':', '@', '+', '=', '/', 'é', '日', 'ß', '€', "'", '!'];
// Characters that separate names in some form, and characters no one can see.
const HOSTILE = [' ', ',', '[', ']', '"', '\\', '{', '}', '\t', '\n', '\r', '\u00a0', '\u2028', '\u2029'];
const INVISIBLE = ['\u200b', '\u200d', '\ufeff', '\u3164', '\u00ad', '\u0000', '\u001f', '\u007f', '\ufe0f'];

const supportedName = fc
  .array(fc.constantFrom(...SUPPORTED), { minLength: 1, maxLength: 12 })
  .map((chars) => chars.join(''));
const anyName = fc
  .array(fc.constantFrom(...SUPPORTED, ...HOSTILE, ...INVISIBLE), { minLength: 1, maxLength: 12 })
  .map((chars) => chars.join(''));
const hostileName = fc
  .tuple(supportedName, fc.constantFrom(...HOSTILE.filter((c) => c !== ' '), ...INVISIBLE), supportedName)
  .map(([before, bad, after]) => `${before}${bad}${after}`);

const distinct = (names: readonly string[]) => [...new Set(names)];

describe('parseTeamsClaim', () => {
  it.each([
    ['API Gateway’s rendering of a JSON array', '[team-a team-b]', ['team-a', 'team-b']],
    ['the rendering of a single group', '[team-a]', ['team-a']],
    ['the rendering of an empty list', '[]', []],
    ['a JSON array in a string claim', '["team-a","team-b"]', ['team-a', 'team-b']],
    ['a JSON array with spaces between its tokens', '[ "team-a", "team-b" ]', ['team-a', 'team-b']],
    ['a plain single string', 'team-a', ['team-a']],
    ['a comma-separated custom claim', 'team-a,team-b', ['team-a', 'team-b']],
    ['a real array', ['team-a', 'team-b'], ['team-a', 'team-b']],
    ['an empty string', '', []],
    ['an absent claim', undefined, []],
    ['a null claim', null, []],
    [
      'names with punctuation, symbols and other scripts',
      '[ops:on-call team.a+b équipe 日本]',
      ['ops:on-call', 'team.a+b', 'équipe', '日本'],
    ],
    ['the rendering of a group named like a number', '[7]', ['7']],
  ])('reads %s', (_case, value, expected) => {
    const reading = parseTeamsClaim(value);

    expect(reading).toEqual({ teams: expected });
  });

  it('lists each team once, in the order first seen', () => {
    const reading = parseTeamsClaim('[team-b team-a team-b]');

    expect(reading).toEqual({ teams: ['team-b', 'team-a'] });
  });

  it.each([
    [
      'a group whose name holds a comma',
      '[team-b,platform-admins]',
      /"team-b,platform-admins", which holds ','/,
    ],
    ['a custom claim with a space after its comma', 'team-a, team-b', /a space/],
    ['a space-separated plain string', 'team-a team-b', /a space/],
    ['two spaces in the rendering', '[team-a  team-b]', /empty name/],
    ['a tab', '[team-a\tplatform-admins]', /U\+0009 at position 8/],
    ['a newline', 'team-a\nplatform-admins', /U\+000A/],
    ['a no-break space', '[team-a\u00a0platform-admins]', /U\+00A0/],
    ['a line separator', '[team-a\u2028platform-admins]', /U\+2028/],
    ['a zero-width space', 'platform-admins\u200b', /U\+200B/],
    ['a Hangul filler, which looks like nothing', '[platform-admins\u3164]', /U\+3164/],
    ['an opening bracket without its closing one', '[team-a team-b', /does not end with '\]'/],
    ['a JSON array holding an escaped comma', '["team-b\\u002cplatform-admins"]', /which holds ','/],
    ['a JSON array holding an escaped no-break space', '["team-b\\u00a0x"]', /U\+00A0/],
    ['a JSON array holding a number', '["team-a",1]', /lists a number/],
    ['text that starts like JSON but is not', '["team-a" "team-b"]', /not valid JSON/],
    ['a number', 42, /is a number/],
    ['a boolean', true, /is a boolean/],
    ['an object', { team: 'team-a' }, /is a object/],
    ['a real array holding an object', ['team-a', { team: 'team-b' }], /lists a object/],
    ['an object claim rendered as JSON', '{"teams":["team-a"]}', /'\{'/],
    ['an object claim rendered the way Go prints a map', 'map[teams:team-a]', /'\['/],
  ])('refuses %s, saying why', (_case, value, reason) => {
    const reading = parseTeamsClaim(value);

    expect(reading).toEqual({ problem: expect.stringMatching(reason) as string });
  });

  it('reads back any list of supported names in each form, exactly', () => {
    fc.assert(
      fc.property(fc.array(supportedName, { maxLength: 8 }), (names) => {
        for (const render of [goSlice, jsonText]) {
          expect(parseTeamsClaim(render(names))).toEqual({ teams: distinct(names) });
        }
        if (names.length > 0) expect(parseTeamsClaim(commaList(names))).toEqual({ teams: distinct(names) });
      }),
    );
  });

  it('never reads a list other than the one issued: it reads it exactly or refuses', () => {
    // API Gateway cannot tell one group "a b" from two in its rendering; identity providers
    // allow no whitespace in group names, so the rendering is only ever given names without it.
    const renderable = anyName.filter((name) => !/\s/.test(name));
    fc.assert(
      fc.property(
        fc.array(anyName, { maxLength: 6 }),
        fc.array(renderable, { maxLength: 6 }),
        (any, groups) => {
          for (const [rendered, names] of [
            [jsonText(any), any],
            [goSlice(groups), groups],
          ] as const) {
            const reading = parseTeamsClaim(rendered);
            if ('teams' in reading) expect(reading.teams).toEqual(distinct(names));
          }
        },
      ),
    );
  });

  it('refuses every list in which one group name holds a separator or an invisible character', () => {
    fc.assert(
      fc.property(
        fc.array(supportedName, { maxLength: 4 }),
        hostileName,
        fc.array(supportedName, { maxLength: 4 }),
        (before, hostile, after) => {
          const names = [...before, hostile, ...after];
          for (const render of [goSlice, jsonText]) {
            expect(parseTeamsClaim(render(names))).toHaveProperty('problem');
          }
          // In a comma-separated string a comma is the separator, so only the other characters are hostile there.
          if (!hostile.includes(',')) expect(parseTeamsClaim(commaList(names))).toHaveProperty('problem');
        },
      ),
    );
  });

  it('reads a comma in a plain string as the separator, the one reading that form has', () => {
    const reading = parseTeamsClaim('team-b,platform-admins');

    expect(reading).toEqual({ teams: ['team-b', 'platform-admins'] });
  });

  it('names what the local issuer must refuse, and accepts every supported name', () => {
    fc.assert(
      fc.property(supportedName, hostileName, (good, bad) => {
        expect(unsupportedTeamName(good)).toBeUndefined();
        expect(unsupportedTeamName(bad)).toEqual(expect.any(String));
      }),
    );
  });
});
