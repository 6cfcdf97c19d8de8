import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../src/domain/auditEvent';
import { UpstreamUnavailableError } from '../../../src/domain/errors';
import type { SecurityProfile } from '../../../src/domain/securityProfile';
import { aProfile } from '../../fixtures/profiles';
import { aServiceHarness, teamA } from '../../fakes/serviceHarness';

const NAME = 'team-a-sensors';
const describeAs = (securityProfileDescription: string) => ({
  securityProfileName: NAME,
  securityProfileDescription,
});
const sending = (request: object) => ({ dryRun: false, input: request });

/** A harness holding team-a's profile at version 3, last changed long before the calls of the test. */
function seeded() {
  const harness = aServiceHarness();
  harness.store.put(aProfile({ securityProfileName: NAME, version: 3n }), 'team-a');
  return harness;
}

/** Someone with IAM rights changes the profile in IoT: a new version, no call of the gateway. */
function changeOutsideTheGateway(
  harness: ReturnType<typeof seeded>,
  change: Partial<SecurityProfile>,
  at: string,
) {
  const current = harness.store.get(NAME)!;
  harness.store.put(
    { ...current.profile, ...change, version: current.profile.version + 1n, lastModifiedDate: new Date(at) },
    current.ownerTeam,
  );
}

async function trailOf(harness: ReturnType<typeof seeded>): Promise<AuditEvent[]> {
  const page = await harness.service.auditTrail(harness.callAs(teamA), NAME, { first: 50 });
  return page.edges.map(({ event }) => event);
}

const summary = (events: AuditEvent[]) =>
  events.map((e) => [e.operation, e.outcome, e.versionBefore, e.versionAfter]);

describe('changes made outside the gateway', () => {
  it('are recorded when a call loads the profile at a version no event accounts for, with the diff, before the call’s own', async () => {
    const harness = seeded();
    await harness.service.update(harness.callAs(teamA), describeAs('one'), sending(describeAs('one')));
    harness.advance(60_000);
    changeOutsideTheGateway(
      harness,
      { securityProfileDescription: 'from the console' },
      '2026-03-01T12:01:00.000Z',
    );
    harness.advance(60_000);

    await harness.service.update(harness.callAs(teamA), describeAs('two'), sending(describeAs('two')));

    const trail = await trailOf(harness);
    expect(summary(trail)).toEqual([
      ['UPDATE', 'SUCCEEDED', 5n, 6n],
      ['OUT_OF_BAND_CHANGE', 'SUCCEEDED', 4n, 5n],
      ['UPDATE', 'SUCCEEDED', 3n, 4n],
    ]);
    const outside = trail[1]!;
    expect(outside).toMatchObject({
      actor: { subject: 'audit:out-of-band' },
      ownerTeam: 'team-a',
      time: '2026-03-01T12:01:00.000Z',
      changes: [{ path: 'securityProfileDescription', before: 'one', after: 'from the console' }],
      observation: { detectedBy: 'PIPELINE' },
    });
    expect(outside.observation?.note).toMatch(/not known/);
    // The finding call's ids, to find its logs; not its caller's address and agent: that caller changed nothing.
    const finder = trail[0]!.request;
    expect(outside.request).toEqual({
      apiRequestId: finder.apiRequestId,
      lambdaRequestId: finder.lambdaRequestId,
    });
  });

  it('are diffed from the `before` of the next call when they fall between that call’s attempts', async () => {
    const harness = seeded();
    await harness.scan();
    // The call loads version 3; before its write lands, a change made outside makes version 4.
    harness.store.conflictNext(1, { securityProfileDescription: 'from the CLI' });

    await harness.service.update(harness.callAs(teamA), describeAs('mine'), sending(describeAs('mine')));
    await harness.scan();

    const trail = await trailOf(harness);
    expect(summary(trail)).toEqual([
      ['UPDATE', 'SUCCEEDED', 4n, 5n],
      ['OUT_OF_BAND_CHANGE', 'SUCCEEDED', 3n, 4n],
      ['BASELINE', 'SUCCEEDED', undefined, 3n],
    ]);
    expect(trail[1]?.changes).toEqual([
      { path: 'securityProfileDescription', before: 'Sensors of team A', after: 'from the CLI' },
    ]);
  });

  it('start from a baseline: the scan’s first sight of a profile, recorded once', async () => {
    const harness = seeded();

    const first = await harness.scan();
    const second = await harness.scan();
    changeOutsideTheGateway(harness, { securityProfileDescription: 'later' }, '2026-03-01T12:10:00.000Z');
    const third = await harness.scan();

    expect(first).toMatchObject({ profiles: 1, baselines: [expect.any(String)], outOfBand: [] });
    expect(second).toMatchObject({ baselines: [], outOfBand: [] });
    expect(third.outOfBand).toHaveLength(1);
    const trail = await trailOf(harness);
    expect(summary(trail)).toEqual([
      ['OUT_OF_BAND_CHANGE', 'SUCCEEDED', 3n, 4n],
      ['BASELINE', 'SUCCEEDED', undefined, 3n],
    ]);
    expect(trail[0]?.changes).toEqual([
      { path: 'securityProfileDescription', before: 'Sensors of team A', after: 'later' },
    ]);
  });

  it('are one event for several versions made between two snapshots, each version claimed once', async () => {
    const harness = seeded();
    await harness.scan();
    changeOutsideTheGateway(harness, { securityProfileDescription: 'a' }, '2026-03-01T12:10:00.000Z');
    changeOutsideTheGateway(harness, { securityProfileDescription: 'b' }, '2026-03-01T12:11:00.000Z');

    await harness.scan();

    const [outside] = await trailOf(harness);
    expect(outside).toMatchObject({ versionBefore: 3n, versionAfter: 5n });
    expect(outside?.observation?.note).toMatch(/2 changes/);
    expect(harness.ledger.all().map((claim) => [claim.version, claim.eventId])).toEqual([
      [3n, expect.any(String)],
      [4n, outside?.eventId],
      [5n, outside?.eventId],
    ]);
  });

  it('are not taken for a change a call in flight may have made: left to the reconciler, nothing invented', async () => {
    const harness = seeded();
    await harness.scan();
    harness.store.failNextUpdate(new UpstreamUnavailableError('socket hang up'), { applied: true });
    await harness.service
      .update(harness.callAs(teamA), describeAs('lost answer'), sending({}))
      .catch(() => undefined);

    const during = await harness.scan();
    const reconciled = await harness.reconcile();
    const after = await harness.scan();

    expect(during.deferred).toEqual([NAME]);
    expect(reconciled.reconciled.map((e) => e.verdict)).toEqual(['APPLIED']);
    expect(after).toMatchObject({ deferred: [], outOfBand: [] });
    expect(summary(await trailOf(harness))).toEqual([
      ['UPDATE', 'SUCCEEDED', 3n, 4n],
      ['BASELINE', 'SUCCEEDED', undefined, 3n],
    ]);
  });
});

describe('the false history of version numbers', () => {
  it('ends NOT_APPLIED: a 5xx that changed nothing, then another writer’s change to the version it expected', async () => {
    const harness = seeded();
    harness.store.failNextUpdate(new UpstreamUnavailableError('503'), { applied: false });
    await harness.service
      .update(harness.callAs(teamA), describeAs('failed'), sending({}))
      .catch(() => undefined);
    await harness.service.update(harness.callAs(teamA), describeAs('applied'), sending({}));

    const run = await harness.reconcile();

    expect(run.reconciled.map((e) => [e.verdict, e.outcome])).toEqual([['NOT_APPLIED', 'FAILED']]);
    const trail = await trailOf(harness);
    const succeeded = trail.filter((e) => e.outcome === 'SUCCEEDED' && e.operation === 'UPDATE');
    expect(succeeded.map((e) => e.versionAfter)).toEqual([4n]);
    expect(harness.store.get(NAME)?.profile.version).toBe(4n);
  });
});
