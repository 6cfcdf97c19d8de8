import { describe, expect, it } from 'vitest';
import { HiddenProfileError, VersionConflictError } from '../../../src/domain/errors';
import { aBehavior, aProfile } from '../../fixtures/profiles';
import { aServiceHarness, teamA } from '../../fakes/serviceHarness';

const NAME = 'team-a-sensors';
const options = { dryRun: false, input: {} };

function seeded(harnessOptions?: Parameters<typeof aServiceHarness>[0]) {
  const harness = aServiceHarness(harnessOptions);
  harness.store.put(aProfile({ securityProfileName: NAME, version: 3n }), 'team-a');
  return harness;
}

describe('the write loop on version conflicts', () => {
  it('retries after conflicts and succeeds, counting every UpdateSecurityProfile call', async () => {
    const { service, store, callAs } = seeded();
    store.conflictNext(2);

    const result = await service.update(
      callAs(teamA),
      { securityProfileName: NAME, securityProfileDescription: 'new' },
      options,
    );

    expect(result.attempts).toBe(3);
    expect(result.applied).toBe(true);
    expect(result.securityProfile.securityProfileDescription).toBe('new');
    // Two other writers got in first (3 → 5), then ours applied (→ 6).
    expect(result.securityProfile.version).toBe(6n);
    expect(store.updates.map((u) => u.expectedVersion)).toEqual([3n, 4n, 5n]);
  });

  it('re-reads the profile before every attempt instead of resending the old request', async () => {
    const { service, store, callAs } = seeded();
    store.conflictNext(2);

    await service.update(
      callAs(teamA),
      { securityProfileName: NAME, securityProfileDescription: 'new' },
      options,
    );

    expect(store.loads).toBe(3);
  });

  it('backs off with full jitter that grows exponentially between attempts', async () => {
    const { service, store, callAs, sleeps } = seeded();
    store.conflictNext(3);

    await service.update(
      callAs(teamA),
      { securityProfileName: NAME, securityProfileDescription: 'new' },
      options,
    );

    // random() is fixed at 0.5, base 20 ms: half of 20, 40 and 80.
    expect(sleeps).toEqual([10, 20, 40]);
  });

  it('gives up after the maximum of attempts with VERSION_CONFLICT, the current version and the attempts', async () => {
    const { service, store, callAs, auditLog } = seeded({ maxAttempts: 3 });
    store.conflictNext(10);

    const failure = service.update(
      callAs(teamA),
      { securityProfileName: NAME, securityProfileDescription: 'x' },
      options,
    );

    const error = await failure.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VersionConflictError);
    expect((error as VersionConflictError).attempts).toBe(3);
    expect((error as VersionConflictError).currentVersion).toBe(store.get(NAME)?.profile.version);
    expect(store.updates).toHaveLength(3);
    expect(auditLog.outcomes.map((e) => [e.outcome, e.errorCode, e.attempts])).toEqual([
      ['CONFLICT', 'VERSION_CONFLICT', 3],
    ]);
  });

  it('stops retrying when the next backoff would run into the Lambda deadline', async () => {
    const { service, store, callAs } = seeded({ remainingTimeMs: 1_015 });
    store.conflictNext(10);

    const error = await service
      .update(callAs(teamA), { securityProfileName: NAME, securityProfileDescription: 'x' }, options)
      .catch((e: unknown) => e);

    // 1 s is reserved for the outcome; the second backoff (20 ms) no longer fits in the 15 ms left.
    expect(error).toBeInstanceOf(VersionConflictError);
    expect(store.updates).toHaveLength(2);
  });

  it('makes one attempt when the client sends expectedVersion, and reports the current version', async () => {
    const { service, store, callAs } = seeded();
    store.conflictNext(1);

    const error = await service
      .update(
        callAs(teamA),
        { securityProfileName: NAME, securityProfileDescription: 'x', expectedVersion: 3n },
        options,
      )
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(VersionConflictError);
    expect((error as VersionConflictError).currentVersion).toBe(4n);
    expect(store.updates).toHaveLength(1);
  });

  it('answers a stale client expectedVersion without calling UpdateSecurityProfile', async () => {
    const { service, store, callAs } = seeded();

    const error = await service
      .update(
        callAs(teamA),
        { securityProfileName: NAME, securityProfileDescription: 'x', expectedVersion: 2n },
        options,
      )
      .catch((e: unknown) => e);

    expect((error as VersionConflictError).currentVersion).toBe(3n);
    expect(store.updates).toHaveLength(0);
  });

  it('re-authorizes on every attempt: an owner tag changed by the other writer denies the retry', async () => {
    const { service, store, callAs, auditLog } = seeded();
    store.conflictNext(1);
    store.beforeLoad = (load) => {
      if (load === 2) store.setOwner(NAME, 'team-b');
    };

    const error = await service
      .update(callAs(teamA), { securityProfileName: NAME, securityProfileDescription: 'x' }, options)
      .catch((e: unknown) => e);

    // No longer the caller's to read: refused as if it did not exist.
    expect(error).toBeInstanceOf(HiddenProfileError);
    expect(store.updates).toHaveLength(1);
    expect(auditLog.outcomes[0]).toMatchObject({
      outcome: 'DENIED',
      errorCode: 'NOT_FOUND',
      denial: { rule: 'OWNER_TEAM_REQUIRED' },
      ownerTeam: 'team-b',
    });
  });

  it('merges a patch into the fresh state on a retry, keeping the other writer’s change', async () => {
    const { service, store, callAs } = seeded();
    store.conflictNext(1);
    store.beforeLoad = (load) => {
      if (load !== 2) return;
      // The concurrent writer's behavior landed between our attempts.
      const current = store.get(NAME)!;
      const behaviors = [...(current.profile.behaviors ?? []), aBehavior({ name: 'TheirBehavior' })];
      store.put({ ...current.profile, behaviors }, current.ownerTeam);
    };

    const result = await service.patch(
      callAs(teamA),
      { securityProfileName: NAME, upsertBehaviors: [aBehavior({ name: 'OurBehavior' })] },
      options,
    );

    const names = result.securityProfile.behaviors?.map((b) => b.name);
    expect(names).toEqual(expect.arrayContaining(['TheirBehavior', 'OurBehavior']));
    expect(result.attempts).toBe(2);
  });
});
