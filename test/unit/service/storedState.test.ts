import { describe, expect, it } from 'vitest';
import type {
  Behavior,
  SecurityProfile,
  UpdateSecurityProfileRequest,
} from '../../../src/domain/securityProfile';
import type { PatchSecurityProfileRequest } from '../../../src/domain/patch/patchRequest';
import { aBehavior, anMlBehavior, aProfile } from '../../fixtures/profiles';
import { aServiceHarness, teamA } from '../../fakes/serviceHarness';

const NAME = 'Stored';
const EXPORT_CONFIG = { mqttTopic: '$aws/rules/export', roleArn: 'arn:aws:iam::123456789012:role/export' };
const options = { dryRun: false, input: {} };

/** Profiles as the console, CloudFormation or the CLI may have left them: AWS accepted each. */
// prettier-ignore
const STORED: Array<[string, Partial<SecurityProfile>]> = [
  ['a behavior with exportMetric and no metricsExportConfig', { behaviors: [aBehavior({ exportMetric: true })], metricsExportConfig: undefined }],
  ['ML and rules behaviors mixed', { behaviors: [aBehavior(), anMlBehavior()] }],
  ['aws:num-listening-tcp-ports without durationSeconds', { behaviors: [withoutDuration('aws:num-listening-tcp-ports')] }],
  ['aws:disconnect-duration without durationSeconds', { behaviors: [withoutDuration('aws:disconnect-duration')] }],
  ['both spellings of metrics to retain', { additionalMetricsToRetain: ['aws:num-disconnects'], additionalMetricsToRetainV2: [{ metric: 'aws:num-disconnects' }] }],
  ['duplicate behavior names', { behaviors: [aBehavior(), aBehavior({ criteria: { comparisonOperator: 'less-than', value: { count: 1n }, durationSeconds: 600 } })] }],
];

function withoutDuration(metric: string): Behavior {
  return aBehavior({
    name: 'Gauge',
    metric,
    criteria: { comparisonOperator: 'greater-than', value: { count: 5n } },
  });
}

function withStored(content: Partial<SecurityProfile>) {
  const harness = aServiceHarness();
  harness.store.put(aProfile({ securityProfileName: NAME, ...content }), 'team-a');
  return harness;
}

describe('a stored state AWS accepted never makes an unrelated change fail', () => {
  it.each(STORED)(
    'applies a description-only update to a profile with %s, without warnings',
    async (_state, content) => {
      const { service, store, callAs } = withStored(content);
      const update: UpdateSecurityProfileRequest = {
        securityProfileName: NAME,
        securityProfileDescription: 'new',
      };

      const result = await service.update(callAs(teamA), update, options);

      expect(result.applied).toBe(true);
      expect(result.warnings).toEqual([]);
      expect(store.updates).toHaveLength(1);
    },
  );

  it.each(STORED)(
    'applies a patch adding an unrelated valid behavior to a profile with %s, without warnings',
    async (_state, content) => {
      const { service, store, callAs } = withStored(content);
      const patch: PatchSecurityProfileRequest = {
        securityProfileName: NAME,
        upsertBehaviors: [aBehavior({ name: 'Unrelated', metric: 'aws:num-messages-received' })],
      };

      const result = await service.patch(callAs(teamA), patch, options);

      expect(result.applied).toBe(true);
      expect(result.warnings).toEqual([]);
      expect(store.updates).toHaveLength(1);
    },
  );
});

describe('a change that takes part in a reading is made, with a warning naming its own field', () => {
  it('deletes the metrics export of a profile whose behavior still exports, warning at the delete flag', async () => {
    const { service, callAs } = withStored({
      behaviors: [aBehavior({ exportMetric: true })],
      metricsExportConfig: EXPORT_CONFIG,
    });

    const result = await service.update(
      callAs(teamA),
      { securityProfileName: NAME, deleteMetricsExportConfig: true },
      options,
    );

    expect(result.securityProfile.metricsExportConfig).toBeUndefined();
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'UNCONFIRMED_RULE', field: 'deleteMetricsExportConfig' }),
    ]);
  });

  it('adds an ML Detect behavior to a rules-based profile, warning at the added behavior', async () => {
    const { service, callAs } = withStored({ behaviors: [aBehavior()] });

    const result = await service.patch(
      callAs(teamA),
      { securityProfileName: NAME, upsertBehaviors: [anMlBehavior()] },
      options,
    );

    expect(result.applied).toBe(true);
    expect(result.warnings.map((warning) => warning.field)).toEqual(['upsertBehaviors[0].criteria']);
  });

  it('still refuses a confirmed rule the request itself breaks, naming the field', async () => {
    const { service, store, callAs } = withStored({});
    const behavior = aBehavior({
      criteria: { comparisonOperator: 'greater-than', value: { count: 1n }, durationSeconds: 120 },
    });

    const refused = service.patch(
      callAs(teamA),
      { securityProfileName: NAME, upsertBehaviors: [behavior] },
      options,
    );

    await expect(refused).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [
        expect.objectContaining({
          path: 'upsertBehaviors[0].criteria.durationSeconds',
          rule: 'documentedDurations',
        }),
      ],
    });
    expect(store.updates).toHaveLength(0);
  });
});
