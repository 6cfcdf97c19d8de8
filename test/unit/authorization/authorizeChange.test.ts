import { describe, expect, it } from 'vitest';
import {
  assertAllowed,
  authorizeChange,
  authorizeRead,
} from '../../../src/domain/authorization/authorizeChange';
import type { AuthorizationRule } from '../../../src/domain/authorization/authorizeChange';
import { AuthorizationError } from '../../../src/domain/errors';
import type { References } from './builders';
import { aLoadedProfile, anActor, aPolicy, aRequest, referencesOf } from './builders';

const ACTORS = {
  admin: anActor(['platform-admins']),
  'owner team': anActor(['team-a']),
  'other team': anActor(['team-b']),
  'no teams': anActor([]),
};
type ActorName = keyof typeof ACTORS;

/** Owner tag of each profile, and whose patterns its "own ARNs" follow. */
const PROFILES = {
  tagged: { ownerTeam: 'team-a', own: 'team-a' },
  untagged: { ownerTeam: undefined, own: 'platform' },
  'foreign-tagged': { ownerTeam: 'team-c', own: 'team-c' },
};
type ProfileName = keyof typeof PROFILES;

const FOREIGN = referencesOf('team-b');
const INPUTS = {
  'no ARNs': { references: () => undefined, path: undefined },
  'own ARNs': { references: (own: References) => own, path: undefined },
  'foreign SNS': {
    references: (own: References) => ({ ...own, snsTopic: FOREIGN.snsTopic }),
    path: 'alertTargets.SNS.alertTargetArn',
  },
  'foreign role': {
    references: (own: References) => ({ ...own, snsRole: FOREIGN.snsRole }),
    path: 'alertTargets.SNS.roleArn',
  },
  'foreign metrics-export role': {
    references: (own: References) => ({ ...own, exportRole: FOREIGN.exportRole }),
    path: 'metricsExportConfig.roleArn',
  },
  'foreign topic': {
    references: (own: References) => ({ ...own, mqttTopic: FOREIGN.mqttTopic }),
    path: 'metricsExportConfig.mqttTopic',
  },
};
type InputName = keyof typeof INPUTS;
const INPUT_NAMES = Object.keys(INPUTS) as InputName[];

type Expected = 'allow' | AuthorizationRule;
const OWNER = 'OWNER_TEAM_REQUIRED';
const UNOWNED = 'ADMIN_ONLY_UNOWNED';
const REFERENCES_CHECKED: Expected[] = [
  'allow',
  'allow',
  'SNS_TOPIC_NOT_ALLOWED',
  'ROLE_NOT_ALLOWED',
  'ROLE_NOT_ALLOWED',
  'MQTT_TOPIC_NOT_ALLOWED',
];

/** Columns follow INPUTS: no ARNs, own ARNs, foreign SNS, foreign role, foreign metrics-export role, foreign topic. */
const TABLE: [ActorName, ProfileName, Expected[]][] = [
  ['admin', 'tagged', REFERENCES_CHECKED],
  ['admin', 'untagged', REFERENCES_CHECKED],
  ['admin', 'foreign-tagged', REFERENCES_CHECKED],
  ['owner team', 'tagged', REFERENCES_CHECKED],
  ['owner team', 'untagged', [UNOWNED, UNOWNED, UNOWNED, UNOWNED, UNOWNED, UNOWNED]],
  ['owner team', 'foreign-tagged', [OWNER, OWNER, OWNER, OWNER, OWNER, OWNER]],
  ['other team', 'tagged', [OWNER, OWNER, OWNER, OWNER, OWNER, OWNER]],
  ['other team', 'untagged', [UNOWNED, UNOWNED, UNOWNED, UNOWNED, UNOWNED, UNOWNED]],
  ['other team', 'foreign-tagged', [OWNER, OWNER, OWNER, OWNER, OWNER, OWNER]],
  ['no teams', 'tagged', [OWNER, OWNER, OWNER, OWNER, OWNER, OWNER]],
  ['no teams', 'untagged', [UNOWNED, UNOWNED, UNOWNED, UNOWNED, UNOWNED, UNOWNED]],
  ['no teams', 'foreign-tagged', [OWNER, OWNER, OWNER, OWNER, OWNER, OWNER]],
];

const ROWS = TABLE.flatMap(([actor, profile, outcomes]) =>
  INPUT_NAMES.map((input, i) => ({ actor, profile, input, expected: outcomes[i] ?? 'missing' })),
);

describe('authorizeChange', () => {
  it.each(ROWS)(
    '$actor changing a $profile profile with $input: $expected',
    ({ actor, profile, input, expected }) => {
      const { ownerTeam, own } = PROFILES[profile];
      const request = aRequest(INPUTS[input].references(referencesOf(own)));

      const decision = authorizeChange(ACTORS[actor], aLoadedProfile(ownerTeam), request, aPolicy());

      if (expected === 'allow') {
        expect(decision).toEqual({ allowed: true });
        return;
      }
      const path = expected === OWNER || expected === UNOWNED ? undefined : INPUTS[input].path;
      expect(decision).toMatchObject({ allowed: false, rule: expected });
      if (decision.allowed) return;
      expect(decision.path).toBe(path);
      expect(decision.message).toContain(expected);
      if (path !== undefined) expect(decision.message).toContain(path);
      // A denial never shows the patterns of any team.
      expect(decision.message).not.toContain('*');
    },
  );

  it('checks an admin against the owner team, not against the admin teams', () => {
    const request = aRequest(referencesOf('platform'));

    const decision = authorizeChange(ACTORS.admin, aLoadedProfile('team-a'), request, aPolicy());

    expect(decision).toMatchObject({
      allowed: false,
      rule: 'SNS_TOPIC_NOT_ALLOWED',
      path: 'alertTargets.SNS.alertTargetArn',
    });
  });

  it('lets a member of two teams use only the owning team patterns', () => {
    const actor = anActor(['team-b', 'team-a']);
    const request = aRequest({ ...referencesOf('team-a'), mqttTopic: 'team-b/metrics' });

    const decision = authorizeChange(actor, aLoadedProfile('team-a'), request, aPolicy());

    expect(decision).toMatchObject({
      allowed: false,
      rule: 'MQTT_TOPIC_NOT_ALLOWED',
      path: 'metricsExportConfig.mqttTopic',
    });
  });

  it('refuses every ARN on a profile owned by a team the policy does not list', () => {
    const loaded = aLoadedProfile('team-unlisted');
    const actor = anActor(['team-unlisted']);

    const withoutArns = authorizeChange(actor, loaded, aRequest(), aPolicy());
    const withArns = authorizeChange(actor, loaded, aRequest(referencesOf('team-unlisted')), aPolicy());

    expect(withoutArns).toEqual({ allowed: true });
    expect(withArns).toMatchObject({ allowed: false, rule: 'SNS_TOPIC_NOT_ALLOWED' });
  });

  it('grants nothing for an isAdmin flag that the policy does not back', () => {
    const actor = anActor(['team-a'], { isAdmin: true });

    const decision = authorizeChange(actor, aLoadedProfile(undefined), aRequest(), aPolicy());

    expect(decision).toMatchObject({ allowed: false, rule: 'ADMIN_ONLY_UNOWNED' });
  });

  it('treats an empty owner tag as no owner', () => {
    const actor = anActor(['team-a', '']);

    const decision = authorizeChange(actor, aLoadedProfile(''), aRequest(), aPolicy());

    expect(decision).toMatchObject({ allowed: false, rule: 'ADMIN_ONLY_UNOWNED' });
  });

  it('checks only the alert target when the request leaves metrics export alone', () => {
    const own = referencesOf('team-a');
    const request = {
      ...aRequest(),
      alertTargets: { SNS: { alertTargetArn: own.snsTopic, roleArn: FOREIGN.snsRole } },
    };

    const decision = authorizeChange(ACTORS['owner team'], aLoadedProfile('team-a'), request, aPolicy());

    expect(decision).toMatchObject({
      allowed: false,
      rule: 'ROLE_NOT_ALLOWED',
      path: 'alertTargets.SNS.roleArn',
    });
  });

  it('refuses an alert target type it cannot check', () => {
    const own = referencesOf('team-a');
    const alertTargets = { SMS: { alertTargetArn: own.snsTopic, roleArn: own.snsRole } } as never;

    const decision = authorizeChange(
      ACTORS.admin,
      aLoadedProfile('team-a'),
      { ...aRequest(), alertTargets },
      aPolicy(),
    );

    expect(decision).toMatchObject({
      allowed: false,
      rule: 'ALERT_TARGET_TYPE_NOT_ALLOWED',
      path: 'alertTargets.SMS',
    });
  });
});

describe('authorizeRead', () => {
  it.each<[ActorName, ProfileName, Expected]>([
    ['admin', 'tagged', 'allow'],
    ['admin', 'untagged', 'allow'],
    ['admin', 'foreign-tagged', 'allow'],
    ['owner team', 'tagged', 'allow'],
    ['owner team', 'untagged', UNOWNED],
    ['owner team', 'foreign-tagged', OWNER],
    ['other team', 'tagged', OWNER],
    ['other team', 'untagged', UNOWNED],
    ['no teams', 'tagged', OWNER],
    ['no teams', 'untagged', UNOWNED],
  ])('%s reading a %s profile: %s', (actor, profile, expected) => {
    const decision = authorizeRead(ACTORS[actor], aLoadedProfile(PROFILES[profile].ownerTeam), aPolicy());

    if (expected === 'allow') {
      expect(decision).toEqual({ allowed: true });
      return;
    }
    expect(decision).toMatchObject({ allowed: false, rule: expected });
    expect(decision.allowed || decision.message).toContain('may read it');
  });
});

describe('assertAllowed', () => {
  it('throws a FORBIDDEN AuthorizationError carrying rule, path and message', () => {
    const decision = authorizeChange(
      ACTORS.admin,
      aLoadedProfile('team-a'),
      aRequest(referencesOf('team-b')),
      aPolicy(),
    );

    let thrown: unknown;
    try {
      assertAllowed(decision);
    } catch (error) {
      thrown = error;
    }

    expect(thrown).toBeInstanceOf(AuthorizationError);
    expect(thrown).toMatchObject({
      code: 'FORBIDDEN',
      rule: 'SNS_TOPIC_NOT_ALLOWED',
      path: 'alertTargets.SNS.alertTargetArn',
    });
    expect((thrown as Error).message).toContain(
      "SNS topic 'arn:aws:sns:us-east-1:123456789012:team-b-alerts'",
    );
  });

  it('returns quietly for an allowed decision', () => {
    expect(() => assertAllowed({ allowed: true })).not.toThrow();
  });
});
