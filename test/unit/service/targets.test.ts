import { describe, expect, it } from 'vitest';
import { AuthorizationError, TargetNotFoundError, ValidationError } from '../../../src/domain/errors';
import { aProfile } from '../../fixtures/profiles';
import { ACCOUNT, admin, aServiceHarness, teamA, teamB } from '../../fakes/serviceHarness';

const NAME = 'team-a-sensors';
const group = (name: string) => `arn:aws:iot:eu-west-1:${ACCOUNT}:thinggroup/${name}`;
const ALL_THINGS = `arn:aws:iot:eu-west-1:${ACCOUNT}:all/things`;
const auditor = { subject: 'eve', teams: ['security-audit'], isAdmin: false };
const nobody = { subject: 'nobody', teams: [], isAdmin: false };

function seeded() {
  const harness = aServiceHarness();
  harness.store.put(aProfile({ securityProfileName: NAME, version: 3n }), 'team-a');
  harness.store.put(aProfile({ securityProfileName: 'shared', version: 1n }));
  for (const name of ['team-a-devices', 'team-b-devices', 'platform-admins-fleet']) {
    harness.store.addThingGroup(group(name));
  }
  return harness;
}

const target = (arn: string, name = NAME) => ({ securityProfileName: name, securityProfileTargetArn: arn });
const options = (input: unknown, dryRun = false) => ({ dryRun, input });

describe('attachSecurityProfile and detachSecurityProfile', () => {
  it('attaches the owner’s profile to its thing group: no new version, audited as ATTACH naming the target', async () => {
    const { service, store, callAs, auditLog } = seeded();
    const request = target(group('team-a-devices'));

    const result = await service.attach(callAs(teamA), request, options(request));

    expect(result).toMatchObject({ applied: true, attempts: 1, securityProfile: { version: 3n } });
    expect(result.changes).toEqual([
      { path: `targets[${group('team-a-devices')}]`, before: null, after: group('team-a-devices') },
    ]);
    expect(await store.listTargets(NAME)).toEqual([group('team-a-devices')]);
    expect(store.targetChanges).toEqual([
      expect.objectContaining({ change: 'attach', auditEventId: result.auditEventId }),
    ]);
    expect(auditLog.outcomes).toEqual([
      expect.objectContaining({
        eventId: result.auditEventId,
        operation: 'ATTACH',
        outcome: 'SUCCEEDED',
        ownerTeam: 'team-a',
        versionBefore: 3n,
        versionAfter: 3n,
        changes: result.changes,
        input: request,
      }),
    ]);
  });

  it('claims no version for an attach: the version is the last change’s', async () => {
    const { service, callAs, ledger } = seeded();
    const request = target(group('team-a-devices'));

    await service.attach(callAs(teamA), request, options(request));

    expect(await ledger.newest(NAME, 10)).toEqual([]);
  });

  it('makes no call to attach where the profile is attached already, nor to detach where it is not', async () => {
    const { service, store, callAs } = seeded();
    const request = target(group('team-a-devices'));
    await service.attach(callAs(teamA), request, options(request));

    const again = await service.attach(callAs(teamA), request, options(request));
    const detachElsewhere = await service.detach(callAs(teamA), target(group('team-a-other')), options({}));

    expect(again).toMatchObject({ applied: false, attempts: 0, changes: [] });
    expect(detachElsewhere).toMatchObject({ applied: false, attempts: 0 });
    expect(store.targetChanges).toHaveLength(1);
  });

  it('detaches, audited as DETACH', async () => {
    const { service, store, callAs, auditLog } = seeded();
    const request = target(group('team-a-devices'));
    await service.attach(callAs(teamA), request, options(request));

    const result = await service.detach(callAs(teamA), request, options(request));

    expect(result.changes).toEqual([
      { path: `targets[${group('team-a-devices')}]`, before: group('team-a-devices'), after: null },
    ]);
    expect(await store.listTargets(NAME)).toEqual([]);
    expect(auditLog.outcomes.map((e) => e.operation)).toEqual(['ATTACH', 'DETACH']);
  });

  // A caller who may not read the profile is answered as if it did not exist (NOT_FOUND);
  // the audit keeps the rule as the event's denial.
  it.each([
    [
      'another team attaches the profile',
      teamB,
      target(group('team-b-devices')),
      'NOT_FOUND',
      'OWNER_TEAM_REQUIRED',
    ],
    ['a caller in no team', nobody, target(group('team-a-devices')), 'NOT_FOUND', 'OWNER_TEAM_REQUIRED'],
    [
      'a team, an unowned profile',
      teamA,
      target(group('team-a-devices'), 'shared'),
      'NOT_FOUND',
      'ADMIN_ONLY_UNOWNED',
    ],
    ['an auditor', auditor, target(group('team-a-devices')), 'FORBIDDEN', 'OWNER_TEAM_REQUIRED'],
    [
      'the owner, to another team’s thing group',
      teamA,
      target(group('team-b-devices')),
      'FORBIDDEN',
      'TARGET_NOT_ALLOWED',
    ],
    ['the owner, to all things', teamA, target(ALL_THINGS), 'FORBIDDEN', 'ACCOUNT_TARGET_ADMIN_ONLY'],
  ])('refuses when %s: nothing attached, the refusal audited', async (_case, actor, request, code, rule) => {
    const { service, store, callAs, auditLog } = seeded();

    const error = await service.attach(callAs(actor), request, options(request)).catch((e: unknown) => e);

    expect(error).toMatchObject({ code });
    const refusal =
      error instanceof AuthorizationError ? error : (error as { denial: { rule: string } }).denial;
    expect(refusal.rule).toBe(rule);
    expect(store.targetChanges).toEqual([]);
    expect(auditLog.outcomes).toEqual([expect.objectContaining({ operation: 'ATTACH', outcome: 'DENIED' })]);
    expect(auditLog.outcomes[0]).not.toHaveProperty('before');
  });

  it('lets an admin attach a team’s profile to all things, and an unowned one to an admin group', async () => {
    const { service, store, callAs } = seeded();

    await service.attach(callAs(admin), target(ALL_THINGS), options({}));
    await service.attach(callAs(admin), target(group('platform-admins-fleet'), 'shared'), options({}));

    expect(await store.listTargets(NAME)).toEqual([ALL_THINGS]);
    expect(await store.listTargets('shared')).toEqual([group('platform-admins-fleet')]);
  });

  it('does not let the owner undo an account-wide attachment an admin made', async () => {
    const { service, callAs } = seeded();
    await service.attach(callAs(admin), target(ALL_THINGS), options({}));

    const error = await service
      .detach(callAs(teamA), target(ALL_THINGS), options({}))
      .catch((e: unknown) => e);

    expect(error).toMatchObject({ rule: 'ACCOUNT_TARGET_ADMIN_ONLY' });
  });

  it('answers a thing group IoT does not know with NOT_FOUND naming the target, audited FAILED', async () => {
    const { service, callAs, auditLog } = seeded();

    const error = await service
      .attach(callAs(teamA), target(group('team-a-ghost')), options({}))
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(TargetNotFoundError);
    expect((error as Error).message).toMatch(/^securityProfileTargetArn: /);
    expect(auditLog.outcomes).toEqual([
      expect.objectContaining({ outcome: 'FAILED', errorCode: 'NOT_FOUND', attempts: 1 }),
    ]);
  });

  it('refuses a target that is no target ARN before loading anything', async () => {
    const { service, store, callAs } = seeded();

    const error = await service
      .attach(callAs(teamA), target(`arn:aws:iot:eu-west-1:${ACCOUNT}:thing/t1`), options({}))
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([
      expect.objectContaining({ path: 'securityProfileTargetArn', rule: 'targetArnForm' }),
    ]);
    expect(store.loads).toBe(0);
  });

  it('answers a dry run as the attach would be, calling nothing and auditing nothing', async () => {
    const { service, store, callAs, auditLog } = seeded();

    const result = await service.attach(callAs(teamA), target(group('team-a-devices')), options({}, true));

    expect(result).toMatchObject({ applied: false, attempts: 0 });
    expect(result.auditEventId).toMatch(/^dry-run-/);
    expect(result.changes).toHaveLength(1);
    expect(store.targetChanges).toEqual([]);
    expect(auditLog.intents).toEqual([]);
  });
});

describe('securityProfileTargets', () => {
  it.each([
    ['the owner', teamA],
    ['an admin', admin],
    ['an auditor', auditor],
  ])('lists the targets for %s', async (_case, actor) => {
    const { service, callAs } = seeded();
    await service.attach(callAs(teamA), target(group('team-a-devices')), options({}));

    expect(await service.targets(callAs(actor), NAME)).toEqual([group('team-a-devices')]);
  });

  it.each([
    ['another team', teamB, NAME],
    ['a team, an unowned profile', teamA, 'shared'],
  ])('answers %s as if the profile did not exist', async (_case, actor, name) => {
    const { service, callAs } = seeded();
    await service.attach(callAs(admin), target(ALL_THINGS, name), options({}));

    expect(await service.targets(callAs(actor), name)).toBeUndefined();
  });

  it('answers undefined for a profile that does not exist', async () => {
    const { service, callAs } = seeded();

    expect(await service.targets(callAs(teamA), 'nowhere')).toBeUndefined();
  });
});
