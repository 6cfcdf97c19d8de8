import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/domain/errors';
import { aBehavior, aProfile } from '../../fixtures/profiles';
import { aServiceHarness, teamA } from '../../fakes/serviceHarness';

describe('a patch whose merged result breaks a profile-wide rule', () => {
  it('names the field of the patch the client sent, and changes nothing', async () => {
    const { service, store, callAs } = aServiceHarness();
    const behaviors = Array.from({ length: 100 }, (_, i) => aBehavior({ name: `B${i}` }));
    store.put(aProfile({ securityProfileName: 'P', behaviors }), 'team-a');
    const patch = { securityProfileName: 'P', upsertBehaviors: [aBehavior({ name: 'OneTooMany' })] };

    const error = await service
      .patch(callAs(teamA), patch, { dryRun: false, input: {} })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((issue) => issue.path)).toEqual(['behaviors']);
    expect(store.updates).toHaveLength(0);
  });

  it("warns of a reading in the patch's own terms, and makes the change", async () => {
    const { service, store, callAs } = aServiceHarness();
    store.put(aProfile({ securityProfileName: 'P', metricsExportConfig: undefined }), 'team-a');
    const patch = {
      securityProfileName: 'P',
      upsertBehaviors: [aBehavior({ name: 'Exported', exportMetric: true })],
    };

    const result = await service.patch(callAs(teamA), patch, { dryRun: false, input: {} });

    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'UNCONFIRMED_RULE', field: 'upsertBehaviors[0].exportMetric' }),
    ]);
    expect(store.updates).toHaveLength(1);
  });

  it('refuses a malformed profile name before loading anything', async () => {
    const { service, store, callAs } = aServiceHarness();

    const error = await service
      .patch(callAs(teamA), { securityProfileName: 'bad name' }, { dryRun: false, input: {} })
      .catch((e: unknown) => e);

    expect((error as ValidationError).issues[0]?.path).toBe('securityProfileName');
    expect(store.loads).toBe(0);
  });
});
