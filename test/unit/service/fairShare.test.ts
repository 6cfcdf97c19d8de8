import { describe, expect, it } from 'vitest';
import { parseTeamPolicy } from '../../../src/domain/authorization/teamPolicy';
import { ThrottledError } from '../../../src/domain/errors';
import { aProfile } from '../../fixtures/profiles';
import { admin, aServiceHarness, teamA, teamB } from '../../fakes/serviceHarness';

const A = 'team-a-sensors';
const B = 'team-b-sensors';

/** Budgets small enough to spend in a test: team-a 6 calls a second (two changes), team-b 9, admins 6. */
const POLICY = parseTeamPolicy(
  {
    adminTeams: ['platform-admins'],
    iotCallsPerSecond: { default: 9, admins: 6 },
    teams: { 'team-a': { iotCallsPerSecond: 6 }, 'team-b': {}, 'platform-admins': {} },
  },
  'test policy',
);

function seeded() {
  const harness = aServiceHarness({ policy: POLICY });
  harness.store.put(aProfile({ securityProfileName: A }), 'team-a');
  harness.store.put(aProfile({ securityProfileName: B }), 'team-b');
  return harness;
}

const change = (name: string, description: string) => ({
  securityProfileName: name,
  securityProfileDescription: description,
});
const options = (input: unknown) => ({ dryRun: false, input });

describe('each team’s fair share of IoT', () => {
  it('refuses a team’s change past its share THROTTLED with a retry hint, writes nothing and audits it', async () => {
    const { service, store, callAs, auditLog } = seeded();
    await service.update(callAs(teamA), change(A, 'one'), options('one'));
    await service.update(callAs(teamA), change(A, 'two'), options('two'));

    const error = await service
      .update(callAs(teamA), change(A, 'three'), options('three'))
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ThrottledError);
    expect(error).toMatchObject({ code: 'THROTTLED', retryAfterSeconds: 1 });
    expect((error as Error).message).toBe(
      "Team 'team-a' used its share of IoT for this second (6 calls); retry after 1 s.",
    );
    expect(store.updates).toHaveLength(2);
    expect(auditLog.outcomes.map((e) => [e.outcome, e.errorCode ?? null])).toEqual([
      ['SUCCEEDED', null],
      ['SUCCEEDED', null],
      ['FAILED', 'THROTTLED'],
    ]);
    // Refused beside the load: nothing of the profile in the event.
    expect(auditLog.outcomes[2]).not.toHaveProperty('ownerTeam');
    expect(auditLog.outcomes[2]).not.toHaveProperty('before');
  });

  it('leaves other teams and the admins their own shares while one team’s is spent', async () => {
    const { service, callAs } = seeded();
    await service.update(callAs(teamA), change(A, 'one'), options('one'));
    await service.update(callAs(teamA), change(A, 'two'), options('two'));

    const [other, byAdmin] = await Promise.all([
      service.update(callAs(teamB), change(B, 'b'), options('b')),
      service.update(callAs(admin), change(A, 'admin'), options('admin')),
    ]);

    expect(other.applied).toBe(true);
    expect(byAdmin.applied).toBe(true);
  });

  it('refuses a share this instance saw spent before any IoT call, until the second ends', async () => {
    const { service, store, callAs, advance, auditLog } = seeded();
    await service.update(callAs(teamA), change(A, 'one'), options('one'));
    await service.update(callAs(teamA), change(A, 'two'), options('two'));
    await service.update(callAs(teamA), change(A, 'spent'), options('spent')).catch(() => undefined);
    const loads = store.loads;

    const again = await service
      .update(callAs(teamA), change(A, 'again'), options('again'))
      .catch((e: unknown) => e);
    const read = await service.describe(callAs(teamA), A).catch((e: unknown) => e);
    advance(1_000);
    const later = await service.update(callAs(teamA), change(A, 'later'), options('later'));

    expect(again).toBeInstanceOf(ThrottledError);
    expect(read).toBeInstanceOf(ThrottledError);
    expect(store.loads).toBe(loads + 1);
    expect(later.applied).toBe(true);
    // The refused call is audited all the same.
    expect(auditLog.outcomes.filter((e) => e.errorCode === 'THROTTLED')).toHaveLength(2);
  });

  it('takes a read’s two calls and a dry run’s two from the same share', async () => {
    const { service, callAs, budget } = seeded();

    await service.describe(callAs(teamA), A);
    await service.update(callAs(teamA), change(A, 'dry'), { dryRun: true, input: 'dry' });
    await service.describe(callAs(teamA), A);
    const error = await service.describe(callAs(teamA), A).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ThrottledError);
    expect([...budget.windows.values()]).toEqual([6]);
  });

  it('charges what each operation’s first attempt sends IoT: targets 3, a behaviors check 1, a create 4', async () => {
    const { service, callAs, budget } = seeded();

    await service.targets(callAs(teamA), A);
    await service.validateBehaviors(callAs(teamA), []);
    expect([...budget.windows.values()]).toEqual([4]);
    await service.create(callAs(teamB), { securityProfileName: 'team-b-new' }, options('new'));
    expect([...budget.windows.values()].sort()).toEqual([4, 4]);
  });

  it('refuses a listing of targets and a behaviors check past the share, THROTTLED, before IoT is asked', async () => {
    const { service, callAs, store } = seeded();
    await service.targets(callAs(teamA), A);
    await service.targets(callAs(teamA), A);

    const targets = await service.targets(callAs(teamA), A).catch((e: unknown) => e);
    const asked = store.validations;
    const checked = await service.validateBehaviors(callAs(teamA), []).catch((e: unknown) => e);

    expect(targets).toBeInstanceOf(ThrottledError);
    expect(checked).toBeInstanceOf(ThrottledError);
    expect(store.validations).toBe(asked);
  });

  it('lets calls through, reported, when the budget store fails', async () => {
    const { service, callAs, budget, telemetry } = seeded();
    budget.failWith = new Error('table unreachable');

    const results = await Promise.all(
      ['1', '2', '3'].map((n) => service.update(callAs(teamA), change(A, n), options(n))),
    );

    expect(results.every((result) => result.attempts >= 1)).toBe(true);
    expect(telemetry.budgetFailures.map((f) => f.bucket)).toEqual([
      'team#team-a',
      'team#team-a',
      'team#team-a',
    ]);
  });

  it('charges a caller in several teams to the first of them alphabetically, whatever the claim’s order', async () => {
    const { service, callAs, budget } = seeded();

    await service.describe(callAs({ subject: 'carol', teams: ['team-b', 'team-a'], isAdmin: false }), A);

    expect([...budget.windows.keys()]).toEqual([expect.stringMatching(/^team#team-a#\d+$/) as string]);
  });
});
