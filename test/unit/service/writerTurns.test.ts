import { describe, expect, it } from 'vitest';
import { GatewayError, ProfileBusyError } from '../../../src/domain/errors';
import { aBehavior, aProfile } from '../../fixtures/profiles';
import { aServiceHarness, teamA, teamB } from '../../fakes/serviceHarness';

const NAME = 'team-a-sensors';
const options = { dryRun: false, input: {} };
const FAR = Date.parse('2030-01-01T00:00:00.000Z');

function seeded(harnessOptions?: Parameters<typeof aServiceHarness>[0]) {
  const harness = aServiceHarness(harnessOptions);
  harness.store.put(aProfile({ securityProfileName: NAME, version: 3n }), 'team-a');
  return harness;
}

const upsert = (i: number) => ({
  securityProfileName: NAME,
  upsertBehaviors: [aBehavior({ name: `Writer${i}` })],
});

describe('writers of one profile taking turns', () => {
  it('lets ten concurrent patches through with one describe and one UpdateSecurityProfile each', async () => {
    const { service, store, callAs, auditLog } = seeded();

    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => service.patch(callAs(teamA), upsert(i), options)),
    );

    expect(results.map((r) => r.attempts)).toEqual(results.map(() => 1));
    expect(store.updates).toHaveLength(10);
    // The first describe of each call, and none again: each writes on the profile the last one left.
    expect(store.loads).toBe(10);
    const names = store.get(NAME)?.profile.behaviors?.map((b) => b.name);
    for (let i = 0; i < 10; i += 1) expect(names).toContain(`Writer${i}`);
    expect(store.get(NAME)?.profile.version).toBe(13n);
    // One event per call, each claiming a version of its own.
    expect(auditLog.outcomes.map((e) => e.outcome)).toEqual(results.map(() => 'SUCCEEDED'));
    const versions = auditLog.outcomes.map((e) => Number(e.versionAfter));
    expect(versions.sort((a, b) => a - b)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });

  it('costs an uncontended call two calls of the turn table: the take beside the load, the release', async () => {
    const { service, callAs, turns } = seeded();

    await service.patch(callAs(teamA), upsert(1), options);

    expect(turns.calls).toEqual({ take: 1, look: 0, join: 0, release: 1, leave: 0 });
  });

  it('hands the turn down the line: each writer gets it from the one before, not by racing for it', async () => {
    const { service, callAs, turns } = seeded();

    await Promise.all(Array.from({ length: 10 }, (_, i) => service.patch(callAs(teamA), upsert(i), options)));

    // One try each beside the load; the nine who waited joined the line and were named in turn,
    // but for the first release, which may come before the line formed (then each tries once more).
    expect(turns.calls.take).toBeLessThanOrEqual(10 + 9);
    expect(turns.calls.join).toBe(9);
    expect(turns.calls.release).toBe(10);
  });

  it('answers PROFILE_BUSY, audited as a conflict, when the turn stays held past what the deadline allows', async () => {
    const { service, store, callAs, auditLog, turns, sleeps } = seeded({ remainingTimeMs: 2_000 });
    await turns.take(NAME, 'another-call', Date.parse('2026-03-01T12:00:00.000Z'), FAR);

    const error = await service.patch(callAs(teamA), upsert(1), options).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ProfileBusyError);
    expect((error as ProfileBusyError).message).toContain(`Other writers of '${NAME}'`);
    expect(store.updates).toHaveLength(0);
    // It waited, but never into the second kept back for the audit outcome.
    expect(sleeps.length).toBeGreaterThan(0);
    expect(sleeps.reduce((sum, ms) => sum + ms, 0)).toBeLessThanOrEqual(1_000);
    expect(auditLog.outcomes.map((e) => [e.outcome, e.errorCode, e.ownerTeam])).toEqual([
      ['CONFLICT', 'PROFILE_BUSY', 'team-a'],
    ]);
  });

  it('refuses a caller who may not change the profile without waiting for the turn', async () => {
    const { service, callAs, turns, sleeps } = seeded();
    await turns.take(NAME, 'another-call', Date.parse('2026-03-01T12:00:00.000Z'), FAR);

    const error = await service.patch(callAs(teamB), upsert(1), options).catch((e: unknown) => e);

    // Refused as not its own (FORBIDDEN, or NOT_FOUND where the profile is hidden from it).
    expect(error).toBeInstanceOf(GatewayError);
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain((error as GatewayError).code);
    expect(sleeps).toEqual([]);
  });

  it('goes on once the turn of a writer that was killed has run out', async () => {
    const { service, callAs, turns, sleeps } = seeded();
    await turns.take(
      NAME,
      'killed-call',
      Date.parse('2026-03-01T12:00:00.000Z'),
      Date.parse('2026-03-01T12:00:03.000Z'),
    );

    const result = await service.patch(callAs(teamA), upsert(1), options);

    expect(result.applied).toBe(true);
    expect(sleeps.reduce((sum, ms) => sum + ms, 0)).toBeGreaterThanOrEqual(3_000);
  });

  it('releases the turn whatever the ending, so the next writer does not wait for it to run out', async () => {
    const { service, callAs, turns } = seeded();

    await service.patch(callAs(teamB), upsert(1), options).catch(() => undefined);
    await service
      .patch(callAs(teamA), { ...upsert(2), securityProfileName: 'absent' }, options)
      .catch(() => undefined);
    await service.patch(callAs(teamA), upsert(3), options);

    expect(turns.holderOf(NAME)).toBeUndefined();
    expect(turns.holderOf('absent')).toBeUndefined();
  });

  it('writes on its own load when the last handoff is of another incarnation of the name', async () => {
    const { service, store, callAs, turns } = seeded();
    const now = Date.parse('2026-03-01T12:00:00.000Z');
    await turns.take(NAME, 'old-life', now, now + 1_000);
    const older = aProfile({
      securityProfileName: NAME,
      version: 40n,
      creationDate: new Date('2025-01-01T00:00:00Z'),
    });
    await turns.release(NAME, 'old-life', { profile: older, ownerTeam: 'team-a', leftAtMs: now });

    const result = await service.patch(callAs(teamA), upsert(1), options);

    expect(result.attempts).toBe(1);
    expect(store.updates.map((u) => u.expectedVersion)).toEqual([3n]);
  });

  it('judges a waiting writer against the owner the last holder left, which a transfer changes without a version', async () => {
    const { service, store, callAs, turns } = seeded();
    const now = Date.parse('2026-03-01T12:00:00.000Z');
    await turns.take(NAME, 'transfer', now, now + 1_000);
    const transferred = store.get(NAME)!;
    await turns.release(NAME, 'transfer', { ...transferred, ownerTeam: 'team-b', leftAtMs: now + 1 });

    const error = await service.patch(callAs(teamA), upsert(1), options).catch((e: unknown) => e);

    expect(['FORBIDDEN', 'NOT_FOUND']).toContain((error as GatewayError).code);
    expect(store.updates).toHaveLength(0);
  });

  it('goes on with the version check alone when the turn table cannot be reached', async () => {
    const { service, callAs, turns, telemetry } = seeded();
    turns.failing = true;

    const result = await service.patch(callAs(teamA), upsert(1), options);

    expect(result.applied).toBe(true);
    expect(telemetry.turnFailures).toHaveLength(1);
  });
});
