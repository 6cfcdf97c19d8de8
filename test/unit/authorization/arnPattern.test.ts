import { describe, expect, it } from 'vitest';
import { compileArnPattern, patternProblem } from '../../../src/domain/authorization/arnPattern';
import type { PatternKind } from '../../../src/domain/authorization/arnPattern';

const SNS = 'arn:aws:sns:*:111122223333:team-a-*';
const ROLE = 'arn:aws:iam::111122223333:role/team-a-dd-*';

describe('compileArnPattern', () => {
  it.each<[string, PatternKind, string, boolean]>([
    [SNS, 'arn', 'arn:aws:sns:us-east-1:111122223333:team-a-alerts', true],
    [SNS, 'arn', 'arn:aws:sns:eu-west-1:111122223333:team-a-', true],
    [SNS, 'arn', 'arn:aws:sns:us-east-1:111122223333:team-b-alerts', false],
    [SNS, 'arn', 'arn:aws:sns:us-east-1:999999999999:team-a-alerts', false],
    // '*' stays inside one segment: it cannot swallow ':' to skip the account.
    [SNS, 'arn', 'arn:aws:sns:us-east-1:999999999999:111122223333:team-a-x', false],
    [SNS, 'arn', 'arn:aws:sns:us-east-1:111122223333:team-a-x:extra', false],
    [ROLE, 'arn', 'arn:aws:iam::111122223333:role/team-a-dd-alerts', true],
    // ...nor '/': a role path is a different role.
    [ROLE, 'arn', 'arn:aws:iam::111122223333:role/team-a-dd-x/admin', false],
    [ROLE, 'arn', 'arn:aws:iam::111122223333:role/team-b/team-a-dd-x', false],
    ['arn:aws:iam::111122223333:role/team-a/**', 'arn', 'arn:aws:iam::111122223333:role/team-a/ops/dd', true],
    ['arn:aws:iam::111122223333:role/team-a/**', 'arn', 'arn:aws:iam::111122223333:role/team-a', false],
    ['arn:**:team-a-x', 'arn', 'arn:aws:sns:us-east-1:111122223333:team-a-x', true],
    ['team-a/**', 'mqttTopic', 'team-a/metrics', true],
    ['team-a/**', 'mqttTopic', 'team-a/metrics/device-1', true],
    ['team-a/**', 'mqttTopic', 'team-a/', true],
    ['team-a/**', 'mqttTopic', 'team-a', false],
    ['team-a/**', 'mqttTopic', 'team-ab/metrics', false],
    ['team-a/**', 'mqttTopic', 'team-b/team-a/metrics', false],
    ['team-a/*/metrics', 'mqttTopic', 'team-a/dev/metrics', true],
    ['team-a/*/metrics', 'mqttTopic', 'team-a/dev/x/metrics', false],
    // In a topic only '/' separates levels, so ':' is an ordinary character.
    ['team-a/*', 'mqttTopic', 'team-a/a:b', true],
    ['team-a/metrics', 'mqttTopic', 'team-a/metrics2', false],
    ['team-a/metrics', 'mqttTopic', 'x/team-a/metrics', false],
    ['team-a/metrics', 'mqttTopic', 'Team-A/metrics', false],
    ['team.a/(x)$^', 'mqttTopic', 'team.a/(x)$^', true],
    ['team.a/x', 'mqttTopic', 'teamXa/x', false],
  ])('matches %s (%s) against %s as %s', (pattern, kind, value, expected) => {
    const compiled = compileArnPattern(pattern, kind);

    const matched = compiled.matches(value);

    expect(matched).toBe(expected);
  });

  it('treats characters outside the BMP as one character for a star', () => {
    const compiled = compileArnPattern('team-a/x*', 'mqttTopic');

    expect(compiled.matches('team-a/x😀')).toBe(true);
    expect(compiled.matches('team-a/x😀/y')).toBe(false);
  });

  it('answers in linear time for a pattern full of wildcards and a long value', () => {
    const compiled = compileArnPattern(`arn:${'**a'.repeat(12)}b`, 'arn');
    const value = `arn:${'a'.repeat(2_000)}`;
    const started = performance.now();

    const matched = compiled.matches(value);

    expect(matched).toBe(false);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('refuses to compile an invalid pattern', () => {
    expect(() => compileArnPattern('team-a/#', 'mqttTopic')).toThrow(/'#' is not supported/);
  });
});

describe('patternProblem', () => {
  it.each<[string, PatternKind, RegExp]>([
    ['', 'arn', /must not be empty/],
    [' arn:aws:sns:*:1:x', 'arn', /whitespace/],
    ['arn:aws:sns:***', 'arn', /three or more/],
    ['arn:aws:sns:us-east-?:1:x', 'arn', /'\?' is not supported/],
    ['arn:aws:sns:[a-z]:1:x', 'arn', /'\[' is not supported/],
    ['arn:aws:sns:{a,b}:1:x', 'arn', /'\{' is not supported/],
    ['arn:aws:sns:\\*:1:x', 'arn', /'\\' is not supported/],
    ['sns:us-east-1:1:x', 'arn', /must start with 'arn:'/],
    ['team-a/+/metrics', 'mqttTopic', /'\+' is not supported.*team\/\*\*/],
    ['team-a/#', 'mqttTopic', /'#' is not supported/],
  ])('rejects %j as a %s pattern', (pattern, kind, expected) => {
    const problem = patternProblem(pattern, kind);

    expect(problem).toMatch(expected);
  });

  it.each<[string, PatternKind]>([
    ['arn:aws:sns:*:111122223333:team-a-*', 'arn'],
    ['arn:aws:iam::111122223333:role/team-a/**', 'arn'],
    ['team-a/**', 'mqttTopic'],
    ['team-a:metrics', 'mqttTopic'],
  ])('accepts %j as a %s pattern', (pattern, kind) => {
    expect(patternProblem(pattern, kind)).toBeUndefined();
  });
});
