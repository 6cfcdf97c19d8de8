import {
  DescribeSecurityProfileCommand,
  IoTClient,
  ListTargetsForSecurityProfileCommand,
} from '@aws-sdk/client-iot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from '../../graphql/answer';
import { graphql } from '../../graphql/generated';
import { aRunningLocalStack, type RunningLocalStack } from './localStackHarness';

const ACCOUNT = '123456789012';
const group = (name: string) => `arn:aws:iot:us-east-1:${ACCOUNT}:thinggroup/${name}`;
const ALL_THINGS = `arn:aws:iot:us-east-1:${ACCOUNT}:all/things`;

const ATTACH = graphql(`
  mutation TargetsAttach($input: SecurityProfileTargetInput!) {
    attachSecurityProfile(input: $input) {
      applied
      auditEventId
      changes {
        path
        before
        after
      }
    }
  }
`);
const DETACH = graphql(`
  mutation TargetsDetach($input: SecurityProfileTargetInput!) {
    detachSecurityProfile(input: $input) {
      applied
    }
  }
`);
const TARGETS = graphql(`
  query TargetsList($name: String!) {
    securityProfileTargets(securityProfileName: $name) {
      arn
    }
  }
`);
const TRAIL = graphql(`
  query TargetsTrail($name: String!) {
    securityProfileAuditTrail(securityProfileName: $name, first: 20) {
      edges {
        node {
          eventId
          operation
          outcome
          restoredEventId
          versionAfter
          after {
            securityProfileDescription
            behaviors {
              name
            }
          }
          changes {
            path
          }
        }
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation TargetsUpdate($input: UpdateSecurityProfileInput!) {
    updateSecurityProfile(input: $input) {
      auditEventId
      securityProfile {
        version
      }
    }
  }
`);
const RESTORE = graphql(`
  mutation TargetsRestore($input: RestoreSecurityProfileInput!) {
    restoreSecurityProfile(input: $input) {
      applied
      auditEventId
      securityProfile {
        version
        securityProfileDescription
      }
    }
  }
`);
const VALIDATE = graphql(`
  query TargetsValidate($behaviors: [BehaviorInput!]!) {
    validateSecurityProfileBehaviors(behaviors: $behaviors) {
      valid
      errors {
        field
        message
      }
      warnings {
        field
      }
    }
  }
`);

/** What of the REST answers these tests read. */
interface RestAnswer {
  code?: string;
  rule?: string;
  applied?: boolean;
  auditEventId?: string;
  securityProfileTargets?: { arn: string }[];
  securityProfile?: { version: number; securityProfileDescription?: string };
  valid?: boolean;
  errors?: { field: string; message: string }[];
}

describe('targets, restore and behavior validation through the local stack', () => {
  let local: RunningLocalStack;
  let iot: IoTClient;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    local = await aRunningLocalStack();
    iot = new IoTClient({
      endpoint: local.stack.iot.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    });
    tokens.alice = await local.tokenFor('alice', ['team-a']);
    tokens.bob = await local.tokenFor('bob', ['team-b']);
    tokens.root = await local.tokenFor('root', [], true);
    tokens.eve = await local.tokenFor('eve', ['security-audit']);
  });
  afterAll(() => local.close());

  /** A REST call through the harness, which checks the answer against the OpenAPI document. */
  const rest = (method: string, path: string, token: string | undefined, body?: unknown) =>
    local.rest<RestAnswer>(method, path, token, body === undefined ? undefined : JSON.stringify(body));
  const iotTargets = async (name: string) =>
    (
      (await iot.send(new ListTargetsForSecurityProfileCommand({ securityProfileName: name })))
        .securityProfileTargets ?? []
    ).map((t) => t.arn);

  describe('attach and detach: who may, on GraphQL', () => {
    it.each([
      ['another team', 'bob', 'PossibleIssue', group('team-b-devices'), 'NOT_FOUND', undefined],
      [
        'a team, an unowned profile',
        'alice',
        'SharedBaseline',
        group('team-a-devices'),
        'NOT_FOUND',
        undefined,
      ],
      ['an auditor', 'eve', 'PossibleIssue', group('team-a-devices'), 'FORBIDDEN', 'OWNER_TEAM_REQUIRED'],
      [
        'the owner, to another team’s group',
        'alice',
        'PossibleIssue',
        group('team-b-devices'),
        'FORBIDDEN',
        'TARGET_NOT_ALLOWED',
      ],
      [
        'the owner, to all things',
        'alice',
        'PossibleIssue',
        ALL_THINGS,
        'FORBIDDEN',
        'ACCOUNT_TARGET_ADMIN_ONLY',
      ],
    ])('refuses %s, and IoT keeps its targets', async (_case, who, name, target, code, rule) => {
      const { body } = await local.graphql(tokens[who], ATTACH, {
        input: { securityProfileName: name, securityProfileTargetArn: target },
      });

      // A caller who may not read the profile is answered as if it did not exist.
      expect(body.errors?.[0]?.extensions).toMatchObject({ code, ...(rule && { rule }) });
      expect(await iotTargets(name)).not.toContain(target);
    });

    it('lets the owner attach to its thing group, audited as ATTACH naming the target', async () => {
      const { body } = await local.graphql(tokens.alice, ATTACH, {
        input: { securityProfileName: 'PossibleIssue', securityProfileTargetArn: group('team-a-devices') },
      });
      const trail = dataOf((await local.graphql(tokens.alice, TRAIL, { name: 'PossibleIssue' })).body);

      const attached = dataOf(body).attachSecurityProfile;
      expect(attached).toMatchObject({ applied: true });
      expect(attached.changes).toEqual([
        { path: `targets[${group('team-a-devices')}]`, before: null, after: group('team-a-devices') },
      ]);
      expect(await iotTargets('PossibleIssue')).toEqual([group('team-a-devices')]);
      expect(trail.securityProfileAuditTrail.edges[0]?.node).toMatchObject({
        eventId: attached.auditEventId,
        operation: 'ATTACH',
        outcome: 'SUCCEEDED',
        changes: [{ path: `targets[${group('team-a-devices')}]` }],
      });
    });

    it('lets an admin attach a team’s profile to all things and an unowned one to the platform’s group', async () => {
      const all = await local.graphql(tokens.root, ATTACH, {
        input: { securityProfileName: 'TeamBBaseline', securityProfileTargetArn: ALL_THINGS },
      });
      const shared = await local.graphql(tokens.root, ATTACH, {
        input: { securityProfileName: 'SharedBaseline', securityProfileTargetArn: group('platform-fleet') },
      });

      expect(all.body.errors).toBeUndefined();
      expect(shared.body.errors).toBeUndefined();
      expect(await iotTargets('TeamBBaseline')).toEqual([ALL_THINGS]);
    });

    it('answers a thing group that does not exist with NOT_FOUND naming the target', async () => {
      const { body } = await local.graphql(tokens.alice, ATTACH, {
        input: { securityProfileName: 'PossibleIssue', securityProfileTargetArn: group('team-a-ghost') },
      });

      expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(body.errors?.[0]?.message).toMatch(/^securityProfileTargetArn: /);
    });

    it('lists targets for the owner, admins and auditors, and for no other team', async () => {
      const read = async (who: string) =>
        (await local.graphql(tokens[who], TARGETS, { name: 'PossibleIssue' })).body;

      for (const who of ['alice', 'root', 'eve']) {
        expect(dataOf(await read(who)).securityProfileTargets).toEqual([{ arn: group('team-a-devices') }]);
      }
      expect(dataOf(await read('bob')).securityProfileTargets).toBeNull();
    });

    it('detaches for the owner', async () => {
      await local.graphql(tokens.alice, ATTACH, {
        input: { securityProfileName: 'PossibleIssue', securityProfileTargetArn: group('team-a-spare') },
      });
      const refused = await local.graphql(tokens.bob, DETACH, {
        input: { securityProfileName: 'PossibleIssue', securityProfileTargetArn: group('team-a-devices') },
      });
      const { body } = await local.graphql(tokens.alice, DETACH, {
        input: { securityProfileName: 'PossibleIssue', securityProfileTargetArn: group('team-a-devices') },
      });

      expect(refused.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(dataOf(body).detachSecurityProfile.applied).toBe(true);
      expect(await iotTargets('PossibleIssue')).toEqual([]);
    });
  });

  describe('the target routes on REST', () => {
    const path = (name: string) => `/security-profiles/${name}/targets`;
    const query = (arn: string) => `?securityProfileTargetArn=${encodeURIComponent(arn)}`;

    it('attaches with the ARN in the query, lists, and detaches with it in the body', async () => {
      const attached = await rest('PUT', path('TeamBBaseline') + query(group('team-b-devices')), tokens.bob);
      const listed = await rest('GET', path('TeamBBaseline'), tokens.bob);
      const detached = await rest('DELETE', path('TeamBBaseline'), tokens.bob, {
        securityProfileTargetArn: group('team-b-devices'),
      });

      expect(attached).toMatchObject({ status: 200, body: { applied: true } });
      expect(listed.body.securityProfileTargets).toEqual([
        { arn: ALL_THINGS },
        { arn: group('team-b-devices') },
      ]);
      expect(detached).toMatchObject({ status: 200, body: { applied: true } });
    });

    it.each([
      ['PUT', 'alice', 'TeamBBaseline', 404, 'NOT_FOUND'],
      ['DELETE', 'alice', 'TeamBBaseline', 404, 'NOT_FOUND'],
      ['GET', 'alice', 'TeamBBaseline', 404, 'NOT_FOUND'],
      ['PUT', 'bob', 'SharedBaseline', 404, 'NOT_FOUND'],
      ['PUT', 'eve', 'TeamBBaseline', 403, 'FORBIDDEN'],
    ])('refuses %s by %s of %s', async (method, who, name, status, code) => {
      const { status: answered, body } = await rest(
        method,
        path(name) + query(group('team-b-devices')),
        tokens[who],
      );

      expect(answered).toBe(status);
      expect(body).toMatchObject({ code });
    });

    it('answers a missing target ARN with 400 naming it, and a missing profile with 404', async () => {
      const missingArn = await rest('PUT', path('TeamBBaseline'), tokens.bob);
      const missingProfile = await rest('GET', path('NoSuchProfile'), tokens.root);

      expect(missingArn).toMatchObject({
        status: 400,
        body: { code: 'BAD_USER_INPUT', field: 'securityProfileTargetArn' },
      });
      expect(missingProfile.status).toBe(404);
    });
  });

  describe('restore', () => {
    it('recovers the content of an event two versions old exactly, and the trail names the event', async () => {
      const ids: string[] = [];
      for (const description of ['restore one', 'restore two', 'restore three']) {
        const { body } = await local.graphql(tokens.bob, UPDATE, {
          input: { securityProfileName: 'TeamBBaseline', securityProfileDescription: description },
        });
        ids.push(dataOf(body).updateSecurityProfile.auditEventId);
      }
      const before = await iot.send(
        new DescribeSecurityProfileCommand({ securityProfileName: 'TeamBBaseline' }),
      );
      const trail = dataOf((await local.graphql(tokens.bob, TRAIL, { name: 'TeamBBaseline' })).body);
      const restoredEvent = trail.securityProfileAuditTrail.edges.find(
        (e) => e.node.eventId === ids[0],
      )!.node;

      const { body } = await local.graphql(tokens.bob, RESTORE, {
        input: { securityProfileName: 'TeamBBaseline', auditEventId: ids[0]! },
      });

      const restored = dataOf(body).restoreSecurityProfile;
      const after = await iot.send(
        new DescribeSecurityProfileCommand({ securityProfileName: 'TeamBBaseline' }),
      );
      expect(restored).toMatchObject({
        applied: true,
        securityProfile: { securityProfileDescription: 'restore one' },
      });
      expect(after.version).toBe((before.version ?? 0) + 1);
      expect(after.securityProfileDescription).toBe(restoredEvent.after?.securityProfileDescription);
      expect(after.behaviors?.map((b) => b.name)).toEqual(restoredEvent.after?.behaviors?.map((b) => b.name));
      const newTrail = dataOf((await local.graphql(tokens.bob, TRAIL, { name: 'TeamBBaseline' })).body);
      expect(newTrail.securityProfileAuditTrail.edges[0]?.node).toMatchObject({
        eventId: restored.auditEventId,
        operation: 'RESTORE',
        outcome: 'SUCCEEDED',
        restoredEventId: ids[0],
      });
    });

    it('restores on REST, refused for another team', async () => {
      const { body: updated } = await local.graphql(tokens.bob, UPDATE, {
        input: { securityProfileName: 'TeamBBaseline', securityProfileDescription: 'rest restore' },
      });
      const id = dataOf(updated).updateSecurityProfile.auditEventId;
      await local.graphql(tokens.bob, UPDATE, {
        input: { securityProfileName: 'TeamBBaseline', securityProfileDescription: 'moved on' },
      });

      const refused = await rest('POST', '/security-profiles/TeamBBaseline/restore', tokens.alice, {
        auditEventId: id,
      });
      const restored = await rest('POST', '/security-profiles/TeamBBaseline/restore', tokens.bob, {
        auditEventId: id,
      });

      expect(refused).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
      expect(restored).toMatchObject({
        status: 200,
        body: { securityProfile: { securityProfileDescription: 'rest restore' } },
      });
    });
  });

  describe('validateSecurityProfileBehaviors', () => {
    // The AWS CLI page's validate-security-profile-behaviors example.
    const behaviors = [
      {
        name: 'CellularBandwidth',
        metric: 'aws:message-byte-size',
        criteria: {
          comparisonOperator: 'GREATER_THAN' as const,
          value: { count: 128 },
          consecutiveDatapointsToAlarm: 1,
        },
      },
      {
        name: 'Authorization',
        metric: 'aws:num-authorization-failures',
        criteria: {
          comparisonOperator: 'LESS_THAN' as const,
          value: { count: 12 },
          durationSeconds: 300,
          consecutiveDatapointsToAlarm: 100000,
          consecutiveDatapointsToClear: 1,
        },
      },
    ];

    it('answers any caller with the field of each error, on GraphQL and REST alike', async () => {
      const { body } = await local.graphql(tokens.bob, VALIDATE, { behaviors });
      const restAnswer = await rest('POST', '/security-profiles/validate-behaviors', tokens.alice, {
        behaviors: behaviors.slice(1).map((b) => ({
          ...b,
          criteria: { ...b.criteria, comparisonOperator: 'less-than' },
        })),
      });

      const verdict = dataOf(body).validateSecurityProfileBehaviors;
      expect(verdict.valid).toBe(false);
      expect(verdict.errors.map((e) => e.field)).toEqual([
        'behaviors[1].criteria.consecutiveDatapointsToAlarm',
      ]);
      expect(restAnswer).toMatchObject({ status: 200, body: { valid: false } });
      expect(restAnswer.body.errors?.map((e) => e.field)).toEqual([
        'behaviors[0].criteria.consecutiveDatapointsToAlarm',
      ]);
    });

    it('answers valid for behaviors both the gateway and IoT accept', async () => {
      const fixed = behaviors.map((b) => ({
        ...b,
        criteria: { ...b.criteria, consecutiveDatapointsToAlarm: 1 },
      }));

      const { body } = await local.graphql(tokens.bob, VALIDATE, { behaviors: fixed });

      expect(dataOf(body).validateSecurityProfileBehaviors).toMatchObject({ valid: true, errors: [] });
    });
  });
});
