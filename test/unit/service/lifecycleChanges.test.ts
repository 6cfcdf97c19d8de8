import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/domain/actor';
import { AlreadyExistsError, ValidationError } from '../../../src/domain/errors';
import type { CreateProfileRequest } from '../../../src/domain/lifecycleRequests';
import { aBehavior, aProfile } from '../../fixtures/profiles';
import { ACCOUNT, admin, aServiceHarness, teamA, teamB } from '../../fakes/serviceHarness';

const auditor: Actor = { subject: 'eve', teams: ['security-audit'], isAdmin: false };
const bothTeams: Actor = { subject: 'carol', teams: ['team-a', 'team-b'], isAdmin: false };
const options = (input: unknown = {}) => ({ dryRun: false, input });

const teamATargets = {
  SNS: {
    alertTargetArn: `arn:aws:sns:eu-west-1:${ACCOUNT}:team-a-alerts`,
    roleArn: `arn:aws:iam::${ACCOUNT}:role/team-a-dd-alerts`,
  },
};

function aCreate(overrides: Partial<CreateProfileRequest> = {}): CreateProfileRequest {
  return {
    securityProfileName: 'team-a-new',
    securityProfileDescription: 'Made by team A',
    behaviors: [aBehavior()],
    alertTargets: teamATargets,
    tags: [{ Key: 'cost-centre', Value: '42' }],
    ...overrides,
  };
}

describe('createSecurityProfile', () => {
  it('creates the profile owned by the caller’s one team, tagged in the same call, audited and catalogued', async () => {
    const { service, store, auditLog, catalogue, callAs } = aServiceHarness();

    const result = await service.create(callAs(teamA), aCreate(), options());

    expect(result).toMatchObject({ applied: true, attempts: 1, securityProfile: { version: 1n } });
    expect(store.writes).toStrictEqual([
      {
        operation: 'create',
        name: 'team-a-new',
        detail: { tags: [{ Key: 'cost-centre', Value: '42' }], ownerTeam: 'team-a' },
        // Made for the create's own audit event, so CloudTrail's record of it is matched to that event.
        auditEventId: auditLog.outcomes[0]?.eventId,
      },
    ]);
    expect(store.get('team-a-new')?.ownerTeam).toBe('team-a');
    expect(result.changes[0]).toEqual({ path: 'ownerTeam', before: null, after: 'team-a' });
    expect(auditLog.outcomes).toEqual([
      expect.objectContaining({
        operation: 'CREATE',
        outcome: 'SUCCEEDED',
        ownerTeam: 'team-a',
        versionAfter: 1n,
        after: result.securityProfile,
        incarnation: {
          securityProfileArn: result.securityProfile.securityProfileArn,
          creationDate: result.securityProfile.creationDate?.toISOString(),
        },
      }),
    ]);
    expect(catalogue.get('team-a-new')).toMatchObject({ ownerTeam: 'team-a', version: 1n });
  });

  it('refuses a foreign SNS topic, naming the field, and creates nothing', async () => {
    const { service, store, auditLog, callAs } = aServiceHarness();
    const foreign = {
      SNS: { ...teamATargets.SNS, alertTargetArn: `arn:aws:sns:eu-west-1:${ACCOUNT}:team-b-alerts` },
    };

    const refused = service.create(callAs(teamA), aCreate({ alertTargets: foreign }), options());

    await expect(refused).rejects.toMatchObject({
      code: 'FORBIDDEN',
      rule: 'SNS_TOPIC_NOT_ALLOWED',
      path: 'alertTargets.SNS.alertTargetArn',
    });
    expect(store.writes).toEqual([]);
    expect(auditLog.outcomes).toEqual([expect.objectContaining({ operation: 'CREATE', outcome: 'DENIED' })]);
  });

  it('answers ALREADY_EXISTS for a taken name, changes nothing and tells nothing of the profile', async () => {
    const { service, store, auditLog, callAs } = aServiceHarness();
    store.put(aProfile({ securityProfileName: 'team-a-new' }), 'team-b');

    await expect(service.create(callAs(teamA), aCreate(), options())).rejects.toBeInstanceOf(
      AlreadyExistsError,
    );

    expect(store.writes).toEqual([]);
    expect(store.get('team-a-new')?.ownerTeam).toBe('team-b');
    const [event] = auditLog.outcomes;
    expect(event).toMatchObject({ outcome: 'CONFLICT', errorCode: 'ALREADY_EXISTS' });
    expect(event).not.toHaveProperty('before');
    expect(event).not.toHaveProperty('ownerTeam');
  });

  it('asks a caller of several teams to name the owner, and refuses a team not theirs', async () => {
    const { service, store, callAs } = aServiceHarness();

    await expect(service.create(callAs(bothTeams), aCreate(), options())).rejects.toMatchObject({
      rule: 'OWNER_TEAM_REQUIRED',
      path: 'ownerTeam',
      message: expect.stringContaining('several teams (team-a, team-b)') as string,
    });
    await expect(
      service.create(callAs(teamA), aCreate({ ownerTeam: 'team-b' }), options()),
    ).rejects.toMatchObject({ rule: 'OWNER_TEAM_REQUIRED', path: 'ownerTeam' });
    const named = await service.create(callAs(bothTeams), aCreate({ ownerTeam: 'team-a' }), options());

    expect(named.applied).toBe(true);
    expect(store.get('team-a-new')?.ownerTeam).toBe('team-a');
  });

  it('lets an admin give the profile to any team, or to none (admin-only), checked against its patterns', async () => {
    const { service, store, callAs } = aServiceHarness();

    await service.create(callAs(admin), aCreate({ ownerTeam: 'team-a' }), options());
    const unowned = service.create(callAs(admin), aCreate({ securityProfileName: 'platform-x' }), options());

    expect(store.get('team-a-new')?.ownerTeam).toBe('team-a');
    // No owner: the admin teams' patterns, which do not cover team A's topic.
    await expect(unowned).rejects.toMatchObject({ rule: 'SNS_TOPIC_NOT_ALLOWED' });
    await service.create(
      callAs(admin),
      aCreate({ securityProfileName: 'platform-x', alertTargets: undefined }),
      options(),
    );
    expect(store.get('platform-x')?.ownerTeam).toBeUndefined();
  });

  it('refuses the owner tag among the tags, and an auditor', async () => {
    const { service, store, callAs } = aServiceHarness();

    const tagged = service.create(
      callAs(teamA),
      aCreate({ tags: [{ Key: 'team', Value: 'team-b' }] }),
      options(),
    );

    await expect(tagged).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: 'tags[0].Key' })],
    });
    await expect(tagged).rejects.toBeInstanceOf(ValidationError);
    await expect(
      service.create(callAs(auditor), aCreate({ alertTargets: undefined }), options()),
    ).rejects.toMatchObject({
      rule: 'OWNER_TEAM_REQUIRED',
      message: expect.stringContaining('no team') as string,
    });
    expect(store.writes).toEqual([]);
  });

  it('answers a dry run with the profile it would create, and writes nothing', async () => {
    const { service, store, auditLog, catalogue, callAs } = aServiceHarness();

    const result = await service.create(callAs(teamA), aCreate(), { dryRun: true, input: {} });

    expect(result).toMatchObject({ applied: false, attempts: 0, securityProfile: { version: 1n } });
    expect(result.auditEventId).toMatch(/^dry-run-/);
    expect(store.writes).toEqual([]);
    expect(auditLog.intents).toEqual([]);
    expect(catalogue.get('team-a-new')).toBeUndefined();
  });
});

describe('deleteSecurityProfile', () => {
  function seeded() {
    const harness = aServiceHarness();
    harness.store.put(aProfile({ securityProfileName: 'team-a-sensors' }), 'team-a');
    harness.store.put(aProfile({ securityProfileName: 'platform-only' }));
    return harness;
  }

  // A caller who may not even read the profile is answered as if it did not exist (no existence oracle).
  it.each([
    ['the owner team', teamA, 'team-a-sensors', undefined],
    ['another team', teamB, 'team-a-sensors', 'NOT_FOUND'],
    ['an admin', admin, 'team-a-sensors', undefined],
    ['an auditor', auditor, 'team-a-sensors', 'FORBIDDEN'],
    ['a team, on an unowned profile', teamA, 'platform-only', 'NOT_FOUND'],
    ['an admin, on an unowned profile', admin, 'platform-only', undefined],
  ])('%s: refused with %s', async (_who, actor, name, refusal) => {
    const { service, store, auditLog, callAs } = seeded();
    const allowed = refusal === undefined;

    const deleting = service.delete(callAs(actor), { securityProfileName: name }, options());

    if (allowed) await expect(deleting).resolves.toMatchObject({ applied: true });
    else await expect(deleting).rejects.toMatchObject({ code: refusal });
    expect(store.get(name) === undefined).toBe(allowed);
    expect(auditLog.outcomes).toEqual([
      expect.objectContaining({ operation: 'DELETE', outcome: allowed ? 'SUCCEEDED' : 'DENIED' }),
    ]);
  });

  it('keeps the profile as it was in the event, and takes it out of the catalogue', async () => {
    const { service, auditLog, catalogue, callAs } = seeded();
    await service.create(callAs(teamA), aCreate(), options());
    expect(catalogue.get('team-a-new')).toBeDefined();
    const created = auditLog.outcomes[0]?.after;

    await service.delete(callAs(teamA), { securityProfileName: 'team-a-new' }, options());

    expect(auditLog.outcomes[1]).toMatchObject({ operation: 'DELETE', before: created, versionBefore: 1n });
    expect(auditLog.outcomes[1]).not.toHaveProperty('after');
    expect(catalogue.get('team-a-new')).toBeUndefined();
  });

  it('refuses a stale expectedVersion with VERSION_CONFLICT and deletes nothing', async () => {
    const { service, store, callAs } = seeded();

    const stale = service.delete(
      callAs(teamA),
      { securityProfileName: 'team-a-sensors', expectedVersion: 2n },
      options(),
    );

    await expect(stale).rejects.toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 3n });
    expect(store.get('team-a-sensors')).toBeDefined();
  });
});

describe('transferSecurityProfileOwnership', () => {
  const teamAGroup = `arn:aws:iot:eu-west-1:${ACCOUNT}:thinggroup/team-a-devices`;
  const teamBTargets = {
    SNS: {
      alertTargetArn: `arn:aws:sns:eu-west-1:${ACCOUNT}:team-b-alerts`,
      roleArn: `arn:aws:iam::${ACCOUNT}:role/team-b-dd-alerts`,
    },
  };
  function seeded() {
    const harness = aServiceHarness();
    harness.store.put(aProfile({ securityProfileName: 'portable', alertTargets: teamBTargets }), 'team-a');
    harness.store.put(
      aProfile({ securityProfileName: 'pointing-at-a', alertTargets: teamATargets }),
      'team-a',
    );
    return harness;
  }

  it.each([
    ['the owner team', teamA, { rule: 'ADMIN_TEAM_REQUIRED' }],
    // It may not read the profile: answered as a missing one.
    ['the receiving team', teamB, { code: 'NOT_FOUND' }],
    ['an auditor', auditor, { rule: 'ADMIN_TEAM_REQUIRED' }],
  ])('refuses %s: admins only', async (_who, actor, refusal) => {
    const { service, store, callAs } = seeded();

    await expect(
      service.transferOwnership(
        callAs(actor),
        { securityProfileName: 'portable', toTeam: 'team-b' },
        options(),
      ),
    ).rejects.toMatchObject(refusal);
    expect(store.get('portable')?.ownerTeam).toBe('team-a');
  });

  it('re-tags for an admin, audited with both owners, the version kept, the catalogue following', async () => {
    const { service, store, auditLog, catalogue, callAs } = seeded();

    const result = await service.transferOwnership(
      callAs(admin),
      { securityProfileName: 'portable', toTeam: 'team-b' },
      options(),
    );

    expect(store.get('portable')).toMatchObject({ ownerTeam: 'team-b', profile: { version: 3n } });
    expect(result.changes).toEqual([{ path: 'ownerTeam', before: 'team-a', after: 'team-b' }]);
    expect(auditLog.outcomes[0]).toMatchObject({
      operation: 'TRANSFER_OWNERSHIP',
      outcome: 'SUCCEEDED',
      ownerTeam: 'team-b',
      previousOwnerTeam: 'team-a',
    });
    expect(catalogue.get('portable')).toMatchObject({ ownerTeam: 'team-b', version: 3n });
  });

  it('refuses a profile whose references the new owner may not use, naming them', async () => {
    const { service, store, callAs } = seeded();

    const refused = service.transferOwnership(
      callAs(admin),
      { securityProfileName: 'pointing-at-a', toTeam: 'team-b' },
      options(),
    );

    await expect(refused).rejects.toMatchObject({
      rule: 'SNS_TOPIC_NOT_ALLOWED',
      path: 'alertTargets.SNS.alertTargetArn',
      message: expect.stringContaining('team-a-alerts') as string,
    });
    expect(store.get('pointing-at-a')?.ownerTeam).toBe('team-a');
  });

  it('refuses a profile attached to a thing group the new owner may not use, naming the target, dry run too', async () => {
    const { service, store, auditLog, callAs } = seeded();
    store.addThingGroup(teamAGroup);
    await store.attach('portable', teamAGroup);
    const request = { securityProfileName: 'portable', toTeam: 'team-b' };
    const refusal = {
      code: 'FORBIDDEN',
      rule: 'TARGET_NOT_ALLOWED',
      path: `targets[${teamAGroup}]`,
      message: `Forbidden (TARGET_NOT_ALLOWED): targets[${teamAGroup}]: target '${teamAGroup}' is not one that team 'team-b', the profile's new owner, may use.`,
    };

    await expect(
      service.transferOwnership(callAs(admin), request, { dryRun: true, input: request }),
    ).rejects.toMatchObject(refusal);
    await expect(service.transferOwnership(callAs(admin), request, options(request))).rejects.toMatchObject(
      refusal,
    );

    expect(store.get('portable')?.ownerTeam).toBe('team-a');
    expect(store.writes).toEqual([]);
    expect(await store.listTargets('portable')).toEqual([teamAGroup]);
    expect(auditLog.outcomes).toEqual([
      expect.objectContaining({
        operation: 'TRANSFER_OWNERSHIP',
        outcome: 'DENIED',
        ownerTeam: 'team-a',
        errorCode: 'FORBIDDEN',
        errorMessage: refusal.message,
      }),
    ]);
  });

  it('names every reference the new owner may not use, content and targets, the field the first one', async () => {
    const { service, store, callAs } = seeded();
    store.addThingGroup(teamAGroup);
    await store.attach('pointing-at-a', teamAGroup);

    const refused = service.transferOwnership(
      callAs(admin),
      { securityProfileName: 'pointing-at-a', toTeam: 'team-b' },
      options(),
    );

    const error = await refused.then(
      () => expect.fail('the transfer should be refused'),
      (e: unknown) => e as { rule: string; path: string; message: string },
    );
    expect(error).toMatchObject({ rule: 'SNS_TOPIC_NOT_ALLOWED', path: 'alertTargets.SNS.alertTargetArn' });
    expect(error.message).toMatch(/^Forbidden \(SNS_TOPIC_NOT_ALLOWED\): 3 references are not allowed: /);
    for (const named of [
      `alertTargets.SNS.alertTargetArn: SNS topic '${teamATargets.SNS.alertTargetArn}'`,
      `alertTargets.SNS.roleArn: role '${teamATargets.SNS.roleArn}'`,
      `targets[${teamAGroup}]: target '${teamAGroup}'`,
    ]) {
      expect(error.message).toContain(named);
    }
    expect(error.message).toContain('(ROLE_NOT_ALLOWED)');
    expect(error.message).toContain('(TARGET_NOT_ALLOWED)');
    expect(store.get('pointing-at-a')?.ownerTeam).toBe('team-a');
    expect(store.writes).toEqual([]);
  });

  it('moves a profile on an account-wide target: the admin making the transfer may keep it there, as an attach by it would', async () => {
    const { service, store, callAs } = seeded();
    const allThings = `arn:aws:iot:eu-west-1:${ACCOUNT}:all/things`;
    store.addThingGroup(allThings);
    await store.attach('portable', allThings);

    const result = await service.transferOwnership(
      callAs(admin),
      { securityProfileName: 'portable', toTeam: 'team-b' },
      options(),
    );

    expect(result.applied).toBe(true);
    expect(store.get('portable')?.ownerTeam).toBe('team-b');
  });
});
