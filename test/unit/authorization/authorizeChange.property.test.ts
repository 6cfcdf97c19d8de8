import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileArnPattern } from '../../../src/domain/authorization/arnPattern';
import type { PatternKind } from '../../../src/domain/authorization/arnPattern';
import { authorizeChange } from '../../../src/domain/authorization/authorizeChange';
import { parseTeamPolicy } from '../../../src/domain/authorization/teamPolicy';
import type { Actor } from '../../../src/domain/actor';
import type { UpdateSecurityProfileRequest } from '../../../src/domain/securityProfile';
import { aLoadedProfile } from './builders';

const TEAMS = ['team-a', 'team-b', 'platform-admins', 'ops'];
type Lists = 'snsTopicArns' | 'roleArns' | 'mqttTopics';
const KIND: Record<Lists, PatternKind> = { snsTopicArns: 'arn', roleArns: 'arn', mqttTopics: 'mqttTopic' };

/** The documented semantics written a second, independent way: as a regular expression. */
function oracle(pattern: string, kind: PatternKind, value: string): boolean {
  const segment = kind === 'arn' ? '[^:/]*' : '[^/]*';
  const body = pattern
    .split('**')
    .map((part) =>
      part
        .split('*')
        .map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join(segment),
    )
    .join('[\\s\\S]*');
  return new RegExp(`^${body}$`, 'u').test(value);
}

const piece = fc.constantFrom('a', 'b', 'team-a', '-', ':', '/', '1', '.', '*', '**');
const text = fc
  .array(fc.constantFrom('a', 'b', '-', ':', '/', '1', '.'), { maxLength: 6 })
  .map((c) => c.join(''));
const segmentText = (kind: PatternKind) => text.map((t) => t.replace(kind === 'arn' ? /[:/]/g : /\//g, ''));

function patternOf(kind: PatternKind): fc.Arbitrary<string> {
  const prefix = kind === 'arn' ? 'arn:' : '';
  return fc
    .array(piece, { minLength: 1, maxLength: 6 })
    .map((pieces) => `${prefix}${pieces.join('')}`)
    .filter((pattern) => !pattern.includes('***'));
}

/** A value the pattern should match: each wildcard replaced by text it may stand for. */
function instanceOf(pattern: string, kind: PatternKind): fc.Arbitrary<string> {
  const parts = pattern.split('**').map((part) => part.split('*'));
  const fills = parts.map((literals) =>
    fc.array(segmentText(kind), { minLength: literals.length - 1, maxLength: literals.length - 1 }),
  );
  return fc
    .tuple(fc.tuple(...fills), fc.array(text, { minLength: parts.length - 1, maxLength: parts.length - 1 }))
    .map(([segmentFills, globFills]) =>
      parts
        .map((literals, i) =>
          literals
            .map((literal, j) => literal + (j < literals.length - 1 ? segmentFills[i]?.[j] : ''))
            .join(''),
        )
        .reduce((acc, part, i) => acc + (globFills[i - 1] ?? '') + part),
    );
}

const grant = fc.record({
  snsTopicArns: fc.array(patternOf('arn'), { minLength: 1, maxLength: 2 }),
  roleArns: fc.array(patternOf('arn'), { minLength: 1, maxLength: 2 }),
  mqttTopics: fc.array(patternOf('mqttTopic'), { minLength: 1, maxLength: 2 }),
});
const policyJson = fc.record({
  adminTeams: fc.subarray(TEAMS),
  teams: fc.dictionary(fc.constantFrom(...TEAMS), grant),
});

/** A reference value: mostly an instance of one of the owner's patterns, else of any team's, else anything. */
function valueFor(json: PolicyJson, owners: string[], list: Lists): fc.Arbitrary<string> {
  const instance = (teams: string[]) => {
    const patterns = teams.flatMap((team) => json.teams[team]?.[list] ?? []);
    return patterns.length === 0
      ? []
      : [fc.constantFrom(...patterns).chain((p) => instanceOf(p, kind(list)))];
  };
  const random = kind(list) === 'arn' ? text.map((t) => `arn:${t}`) : text;
  const own = instance(owners).map((arbitrary) => ({ arbitrary, weight: 6 }));
  const any = instance(Object.keys(json.teams)).map((arbitrary) => ({ arbitrary, weight: 2 }));
  return fc.oneof(...own, ...any, { arbitrary: random, weight: 1 });
}
const kind = (list: Lists): PatternKind => KIND[list];
type PolicyJson = { adminTeams: string[]; teams: Partial<Record<string, Record<Lists, string[]>>> };

const scenario = fc
  .tuple(policyJson, fc.constantFrom<string | undefined>(...TEAMS, 'team-z', undefined))
  .chain(([json, ownerTeam]) => {
    const owners = ownerTeam === undefined ? json.adminTeams : [ownerTeam];
    return fc.record({
      json: fc.constant(json),
      ownerTeam: fc.constant(ownerTeam),
      actorTeams: fc.subarray([...TEAMS, 'team-z']),
      sns: fc.option(
        fc.record({
          alertTargetArn: valueFor(json, owners, 'snsTopicArns'),
          roleArn: valueFor(json, owners, 'roleArns'),
        }),
        { nil: undefined },
      ),
      exportConfig: fc.option(
        fc.record({
          roleArn: valueFor(json, owners, 'roleArns'),
          mqttTopic: valueFor(json, owners, 'mqttTopics'),
        }),
        { nil: undefined },
      ),
    });
  });

describe('authorizeChange (properties)', () => {
  it('matches patterns exactly as the documented glob semantics say', () => {
    const kinds = fc.constantFrom<PatternKind>('arn', 'mqttTopic');
    const cases = kinds.chain((k) =>
      fc.tuple(fc.constant(k), patternOf(k)).chain(([k2, p]) =>
        fc.tuple(
          fc.constant(k2),
          fc.constant(p),
          fc.oneof(
            instanceOf(p, k2),
            text.map((t) => `arn:${t}`),
            text,
          ),
        ),
      ),
    );
    fc.assert(
      fc.property(cases, ([k, pattern, value]) => {
        expect(compileArnPattern(pattern, k).matches(value)).toBe(oracle(pattern, k, value));
      }),
      { numRuns: 2_000 },
    );
  });

  it('never allows a request that references anything outside the owner team patterns', () => {
    let allowedWithReferences = 0;
    fc.assert(
      fc.property(scenario, ({ json, actorTeams, ownerTeam, sns, exportConfig }) => {
        // Prepare
        const policy = parseTeamPolicy(json, 'property');
        const actor: Actor = { subject: 's', teams: actorTeams, isAdmin: true };
        const request: UpdateSecurityProfileRequest = { securityProfileName: 'p' };
        if (sns) request.alertTargets = { SNS: sns };
        if (exportConfig) request.metricsExportConfig = exportConfig;

        // Act
        const decision = authorizeChange(actor, aLoadedProfile(ownerTeam), request, policy);

        // Assess
        if (!decision.allowed) return;
        const admin = actorTeams.some((t) => json.adminTeams.includes(t));
        expect(admin || (ownerTeam !== undefined && actorTeams.includes(ownerTeam))).toBe(true);
        const owners = ownerTeam === undefined ? json.adminTeams : [ownerTeam];
        const allowedBy = (list: Lists, value: string) =>
          owners.some((team) => (json.teams[team]?.[list] ?? []).some((p) => oracle(p, kind(list), value)));
        const references: [Lists, string][] = [
          ...(sns
            ? ([
                ['snsTopicArns', sns.alertTargetArn],
                ['roleArns', sns.roleArn],
              ] as [Lists, string][])
            : []),
          ...(exportConfig
            ? ([
                ['roleArns', exportConfig.roleArn],
                ['mqttTopics', exportConfig.mqttTopic],
              ] as [Lists, string][])
            : []),
        ];
        for (const [list, value] of references) expect(allowedBy(list, value)).toBe(true);
        if (references.length > 0) allowedWithReferences += 1;
      }),
      { numRuns: 1_000 },
    );
    // The property says little unless some requests with references were allowed.
    expect(allowedWithReferences).toBeGreaterThan(10);
  });
});
