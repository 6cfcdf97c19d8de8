import { describe, expect, it } from 'vitest';
import { AuthorizationError } from '../../../src/domain/errors';
import type { LoadedProfile, SecurityProfile } from '../../../src/domain/securityProfile';
import type { ChangePlanner } from '../../../src/service/change/changePlanner';
import { runChange } from '../../../src/service/change/runChange';
import { aProfile } from '../../fixtures/profiles';
import { aServiceHarness, teamA } from '../../fakes/serviceHarness';

const NAME = 'team-a-sensors';

/** A planner whose every part a test can replace; by default it changes nothing. */
function aPlanner<Before extends LoadedProfile | undefined, After extends SecurityProfile | undefined>(
  parts: Pick<ChangePlanner<Before, After>, 'load' | 'plan'> & Partial<ChangePlanner<Before, After>>,
): ChangePlanner<Before, After> {
  return {
    operation: 'UPDATE',
    securityProfileName: NAME,
    expectedVersion: undefined,
    validate: () => [],
    authorize: () => ({ allowed: true }),
    ...parts,
  };
}

describe('the change pipeline with an operation’s own planner', () => {
  it('runs an operation that starts from no profile: no before, the new profile after, every member a change', async () => {
    const { deps, store, callAs, auditLog } = aServiceHarness();
    const created = aProfile({ securityProfileName: NAME, version: 1n });
    const planner = aPlanner<undefined, SecurityProfile>({
      load: () => Promise.resolve(undefined),
      plan: () => ({
        next: created,
        write: {
          apply: () => Promise.resolve(store.put(created, 'team-a').get(NAME)!.profile),
          versionAfter: 1n,
        },
      }),
    });

    const result = await runChange(deps, { ...callAs(teamA), dryRun: false, input: {} }, planner);

    expect(result).toMatchObject({ applied: true, attempts: 1, securityProfile: created });
    expect(auditLog.intents).toHaveLength(1);
    const event = auditLog.outcomes[0]!;
    expect(event).toMatchObject({ outcome: 'SUCCEEDED', attempts: 1, versionAfter: 1n, after: created });
    expect(event.before).toBeUndefined();
    expect(event.versionBefore).toBeUndefined();
    expect(event.changes).toContainEqual({
      path: 'securityProfileDescription',
      before: null,
      after: 'Sensors of team A',
    });
  });

  it('runs an operation that removes the profile: the event keeps it as it was, and nothing after', async () => {
    const { deps, store, callAs, auditLog } = aServiceHarness();
    store.put(aProfile({ securityProfileName: NAME, version: 3n }), 'team-a');
    const planner = aPlanner<LoadedProfile, undefined>({
      expectedVersion: 3n,
      load: (iot) => iot.load(NAME),
      plan: () => ({
        next: undefined,
        write: { apply: () => Promise.resolve(undefined), versionAfter: undefined },
      }),
    });

    const result = await runChange(deps, { ...callAs(teamA), dryRun: false, input: {} }, planner);

    expect(result.securityProfile).toBeUndefined();
    const event = auditLog.outcomes[0]!;
    expect(event).toMatchObject({ outcome: 'SUCCEEDED', versionBefore: 3n, ownerTeam: 'team-a' });
    expect(event.before?.securityProfileDescription).toBe('Sensors of team A');
    expect(event.after).toBeUndefined();
    expect(event.versionAfter).toBeUndefined();
    expect(event.changes).toContainEqual({
      path: 'securityProfileDescription',
      before: 'Sensors of team A',
      after: null,
    });
  });

  it('refuses what the planner’s authorization refuses before any write, and audits the denial', async () => {
    const { deps, store, callAs, auditLog } = aServiceHarness();
    store.put(aProfile({ securityProfileName: NAME }), 'team-a');
    let writes = 0;
    const planner = aPlanner<LoadedProfile, SecurityProfile>({
      load: (iot) => iot.load(NAME),
      authorize: () => ({ allowed: false, rule: 'OWNER_TEAM_REQUIRED', message: 'not yours' }),
      plan: (before) => ({
        next: before.profile,
        write: {
          apply: () => Promise.resolve(before.profile).finally(() => (writes += 1)),
          versionAfter: 2n,
        },
      }),
    });

    const error = await runChange(deps, { ...callAs(teamA), dryRun: false, input: {} }, planner).catch(
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(AuthorizationError);
    expect(writes).toBe(0);
    expect(auditLog.outcomes[0]).toMatchObject({
      outcome: 'DENIED',
      errorCode: 'FORBIDDEN',
      ownerTeam: 'team-a',
    });
  });
});
