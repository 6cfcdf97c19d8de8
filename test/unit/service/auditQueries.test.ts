import { describe, expect, it } from 'vitest';
import { AuthorizationError } from '../../../src/domain/errors';
import { aProfile } from '../../fixtures/profiles';
import { admin, aServiceHarness, teamA, teamB } from '../../fakes/serviceHarness';

const NAME = 'team-a-sensors';
const options = { dryRun: false, input: {} };

describe('reading the audit trail', () => {
  it('shows a profile’s events to its owner team, newest first', async () => {
    const { service, store, callAs } = aServiceHarness();
    store.put(aProfile({ securityProfileName: NAME }), 'team-a');
    await service.update(
      callAs(teamA),
      { securityProfileName: NAME, securityProfileDescription: 'one' },
      options,
    );
    await service.update(
      callAs(teamA),
      { securityProfileName: NAME, securityProfileDescription: 'two' },
      options,
    );

    const page = await service.auditTrail(callAs(teamA), NAME, {});

    expect(page.edges.map((edge) => edge.event.changes[0]?.after)).toEqual(['two', 'one']);
  });

  it('refuses another team', async () => {
    const { service, store, callAs } = aServiceHarness();
    store.put(aProfile({ securityProfileName: NAME }), 'team-a');

    await expect(service.auditTrail(callAs(teamB), NAME, {})).rejects.toBeInstanceOf(AuthorizationError);
  });

  it('keeps the history of a profile that no longer exists for admins only', async () => {
    const { service, callAs } = aServiceHarness();

    const forAdmin = await service.auditTrail(callAs(admin), 'Deleted', {});
    const forTeam = service.auditTrail(callAs(teamA), 'Deleted', {});

    expect(forAdmin.edges).toEqual([]);
    await expect(forTeam).rejects.toMatchObject({ rule: 'ADMIN_ONLY_UNOWNED' });
  });
});
