import { describe, expect, it } from 'vitest';
import { AuditEventNotFoundError, ValidationError } from '../../../src/domain/errors';
import { aBehavior, aProfile } from '../../fixtures/profiles';
import { admin, aServiceHarness, teamA, teamB } from '../../fakes/serviceHarness';

const NAME = 'team-a-sensors';
const options = (input: unknown = {}, dryRun = false) => ({ dryRun, input });

/** A profile at version 1 and three updates: versions 2, 3 and 4, each audited. */
async function withHistory() {
  const harness = aServiceHarness();
  harness.store.put(aProfile({ securityProfileName: NAME, version: 1n }), 'team-a');
  const { service, callAs } = harness;
  const ids: string[] = [];
  for (const [description, count] of [
    ['two', 20n],
    ['three', 30n],
    ['four', 40n],
  ] as const) {
    const result = await service.update(
      callAs(teamA),
      {
        securityProfileName: NAME,
        securityProfileDescription: description,
        behaviors: [aBehavior({ criteria: { comparisonOperator: 'greater-than', value: { count } } })],
      },
      options(),
    );
    ids.push(result.auditEventId);
  }
  return { ...harness, ids };
}

describe('restoreSecurityProfile', () => {
  it('makes the profile what it was right after an event two versions old, as a new version', async () => {
    const { service, store, callAs, auditLog, ids } = await withHistory();
    const restored = auditLog.outcomes.find((e) => e.eventId === ids[0])!.after!;

    const result = await service.restore(
      callAs(teamA),
      { securityProfileName: NAME, auditEventId: ids[0]! },
      options(),
    );

    const now = store.get(NAME)!.profile;
    const content = ({ version: _v, lastModifiedDate: _d, ...rest }: typeof now) => rest;
    expect(content(now)).toEqual(content(restored));
    expect(now.version).toBe(5n);
    expect(result).toMatchObject({ applied: true, attempts: 1, securityProfile: { version: 5n } });
    expect(result.changes.map((c) => c.path)).toEqual([
      'securityProfileDescription',
      'behaviors[name=MessagesSent].criteria.value.count',
    ]);
  });

  it('is audited as a RESTORE that names the event restored', async () => {
    const { service, callAs, auditLog, ids } = await withHistory();

    const result = await service.restore(
      callAs(teamA),
      { securityProfileName: NAME, auditEventId: ids[0]! },
      options({ auditEventId: ids[0] }),
    );

    expect(auditLog.outcomes.at(-1)).toMatchObject({
      eventId: result.auditEventId,
      operation: 'RESTORE',
      outcome: 'SUCCEEDED',
      restoredEventId: ids[0],
      versionBefore: 4n,
      versionAfter: 5n,
    });
    expect(auditLog.intents.at(-1)).toMatchObject({ operation: 'RESTORE', restoredEventId: ids[0] });
  });

  it('changes nothing when the profile already is what the event left it', async () => {
    const { service, store, callAs, ids } = await withHistory();

    const result = await service.restore(
      callAs(teamA),
      { securityProfileName: NAME, auditEventId: ids[2]! },
      options(),
    );

    expect(result).toMatchObject({ applied: false, attempts: 0, changes: [] });
    expect(store.get(NAME)!.profile.version).toBe(4n);
  });

  it('builds on a writer that got in first: retried, and the result is the restored content', async () => {
    const { service, store, callAs, auditLog, ids } = await withHistory();
    store.conflictNext(1, { securityProfileDescription: 'someone else' });

    const result = await service.restore(
      callAs(teamA),
      { securityProfileName: NAME, auditEventId: ids[0]! },
      options(),
    );

    expect(result.attempts).toBe(2);
    expect(store.get(NAME)!.profile).toMatchObject({ securityProfileDescription: 'two', version: 6n });
    expect(auditLog.outcomes.at(-1)).toMatchObject({ versionBefore: 5n, versionAfter: 6n });
  });

  it('restores what a change made outside the gateway left: an OUT_OF_BAND_CHANGE event', async () => {
    const harness = await withHistory();
    const { service, store, callAs, auditLog } = harness;
    harness.advance(60_000);
    const current = store.get(NAME)!;
    const outside = { ...current.profile, securityProfileDescription: 'from the console', version: 5n };
    store.put({ ...outside, lastModifiedDate: new Date('2026-03-01T12:01:00.000Z') }, 'team-a');
    harness.advance(60_000);
    // The next call finds version 5, which no event accounts for, and records it before its own change.
    await service.update(
      callAs(teamA),
      { securityProfileName: NAME, securityProfileDescription: 'six' },
      options(),
    );
    const observed = auditLog.outcomes.find((e) => e.operation === 'OUT_OF_BAND_CHANGE')!;

    const result = await service.restore(
      callAs(teamA),
      { securityProfileName: NAME, auditEventId: observed.eventId },
      options(),
    );

    expect(result).toMatchObject({ applied: true, securityProfile: { version: 7n } });
    expect(store.get(NAME)!.profile.securityProfileDescription).toBe('from the console');
    expect(result.changes.map((c) => c.path)).toEqual(['securityProfileDescription']);
  });

  it('answers VERSION_CONFLICT for a stale expectedVersion', async () => {
    const { service, callAs, ids } = await withHistory();

    const error = await service
      .restore(
        callAs(teamA),
        { securityProfileName: NAME, auditEventId: ids[0]!, expectedVersion: 3n },
        options(),
      )
      .catch((e: unknown) => e);

    expect(error).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 4n });
  });

  it.each([
    ['another team', teamB, 'NOT_FOUND'],
    ['an auditor', { subject: 'eve', teams: ['security-audit'], isAdmin: false }, 'FORBIDDEN'],
  ])('refuses %s, and audits the refusal without the profile', async (_case, actor, code) => {
    const { service, callAs, auditLog, ids } = await withHistory();

    const error = await service
      .restore(callAs(actor), { securityProfileName: NAME, auditEventId: ids[0]! }, options())
      .catch((e: unknown) => e);

    // Another team may not read the profile: it is answered as if there were none.
    expect(error).toMatchObject({ code });
    expect(auditLog.outcomes.at(-1)).toMatchObject({ operation: 'RESTORE', outcome: 'DENIED' });
    expect(auditLog.outcomes.at(-1)).not.toHaveProperty('before');
  });

  it('lets an admin restore a team’s profile', async () => {
    const { service, store, callAs, ids } = await withHistory();

    await service.restore(callAs(admin), { securityProfileName: NAME, auditEventId: ids[1]! }, options());

    expect(store.get(NAME)!.profile.securityProfileDescription).toBe('three');
  });

  it('refuses the new owner an event of the previous owner’s time, and checks references against the new owner', async () => {
    const { service, store, callAs, ids } = await withHistory();
    // The profile moved to team-b since; team-a's alert topic is not team-b's to use.
    store.setOwner(NAME, 'team-b');
    await service.update(callAs(teamB), { securityProfileName: NAME, deleteAlertTargets: true }, options());
    const restore = { securityProfileName: NAME, auditEventId: ids[0]! };

    const byNewOwner = await service.restore(callAs(teamB), restore, options()).catch((e: unknown) => e);
    const byAdmin = await service.restore(callAs(admin), restore, options()).catch((e: unknown) => e);

    expect(byNewOwner).toMatchObject({ rule: 'AUDIT_EVENT_NOT_READABLE', path: 'auditEventId' });
    expect(byAdmin).toMatchObject({ rule: 'SNS_TOPIC_NOT_ALLOWED', path: 'alertTargets.SNS.alertTargetArn' });
  });

  it('answers an event the profile does not have with NOT_FOUND naming it', async () => {
    const { service, callAs } = await withHistory();

    const error = await service
      .restore(
        callAs(teamA),
        { securityProfileName: NAME, auditEventId: '01J0000000000000000000000Z' },
        options(),
      )
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(AuditEventNotFoundError);
    expect((error as Error).message).toMatch(/^auditEventId: /);
  });

  it('refuses an event that recorded no profile after it (a refused call)', async () => {
    const { service, callAs, auditLog } = await withHistory();
    await service
      .update(callAs(teamB), { securityProfileName: NAME, securityProfileDescription: 'x' }, options())
      .catch(() => undefined);
    const refused = auditLog.outcomes.at(-1)!;

    const error = await service
      .restore(callAs(teamA), { securityProfileName: NAME, auditEventId: refused.eventId }, options())
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]).toMatchObject({ path: 'auditEventId' });
  });

  it('answers a dry run with the restored profile, writing and auditing nothing', async () => {
    const { service, store, callAs, auditLog, ids } = await withHistory();
    const events = auditLog.outcomes.length;

    const result = await service.restore(
      callAs(teamA),
      { securityProfileName: NAME, auditEventId: ids[0]! },
      options({}, true),
    );

    expect(result.securityProfile.securityProfileDescription).toBe('two');
    expect(result.applied).toBe(false);
    expect(store.get(NAME)!.profile.version).toBe(4n);
    expect(auditLog.outcomes).toHaveLength(events);
  });
});

describe('validateSecurityProfileBehaviors', () => {
  it('answers valid for good behaviors, and errors with fields for bad ones, with the readings as warnings', async () => {
    const { service, callAs } = aServiceHarness();

    const good = await service.validateBehaviors(callAs(teamB), [aBehavior()]);
    const bad = await service.validateBehaviors(callAs(teamB), [
      aBehavior({
        criteria: { comparisonOperator: 'greater-than', value: { count: 1n }, durationSeconds: 120 },
      }),
      aBehavior({ name: 'NoMetric', metric: undefined }),
    ]);

    expect(good).toEqual({ valid: true, errors: [], warnings: [] });
    expect(bad.valid).toBe(false);
    expect(bad.errors).toEqual([expect.objectContaining({ field: 'behaviors[0].criteria.durationSeconds' })]);
    expect(bad.warnings).toEqual([expect.objectContaining({ field: 'behaviors[1].metric' })]);
  });
});
