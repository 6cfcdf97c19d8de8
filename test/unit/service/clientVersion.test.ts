import { describe, expect, it } from 'vitest';
import { VersionConflictError } from '../../../src/domain/errors';
import { aProfile } from '../../fixtures/profiles';
import { aServiceHarness, teamA } from '../../fakes/serviceHarness';

const NAME = 'team-a-sensors';

function seeded() {
  const harness = aServiceHarness();
  harness.store.put(aProfile({ securityProfileName: NAME, version: 7n }), 'team-a');
  return harness;
}

describe('a client’s stale expectedVersion', () => {
  it('fails a dry run as it would fail the real call', async () => {
    const { service, callAs } = seeded();
    const request = { securityProfileName: NAME, securityProfileDescription: 'x', expectedVersion: 6n };

    const error = await service
      .update(callAs(teamA), request, { dryRun: true, input: {} })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(VersionConflictError);
    expect((error as VersionConflictError).currentVersion).toBe(7n);
  });

  it('fails a patch that would change nothing, rather than pretending it applied', async () => {
    const { service, store, callAs } = seeded();
    const patch = { securityProfileName: NAME, removeBehaviors: ['Absent'], expectedVersion: 6n };

    const error = await service
      .patch(callAs(teamA), patch, { dryRun: false, input: {} })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(VersionConflictError);
    expect(store.updates).toHaveLength(0);
  });

  it('lets a no-op patch at the current version answer that nothing changed', async () => {
    const { service, callAs } = seeded();
    const patch = { securityProfileName: NAME, removeBehaviors: ['Absent'], expectedVersion: 7n };

    const result = await service.patch(callAs(teamA), patch, { dryRun: false, input: {} });

    expect(result).toMatchObject({ applied: false, attempts: 0, changes: [] });
  });
});
