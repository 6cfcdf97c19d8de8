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

/** Behaviors on custom string-list metrics holding `count` strings each. */
function stringSets(behaviors: number, count: number): Behavior[] {
  return Array.from({ length: behaviors }, (_, b) => ({
    name: `Allowed${b}`,
    metric: `allowed-firmware-${b}`,
    criteria: {
      comparisonOperator: 'in-set' as const,
      value: { strings: Array.from({ length: count }, (_, s) => `v${b}.${s}`) },
    },
  }));
}

/** 1,200 value elements if the custom metrics' strings count toward the quota of 1,000 (a reading), none if not. */
const OVER_BY_THE_READING: Partial<SecurityProfile> = { behaviors: stringSets(3, 400) };

/** The stored states a rule beyond the model finds something in (disconnect-duration's page lists no durations). */
const FOUND_BY_A_RULE: Array<[string, Partial<SecurityProfile>]> = [
  ...STORED.filter(([state]) => !state.startsWith('aws:disconnect-duration')),
  ['1,200 strings of custom metrics (over 1,000 value elements if they count)', OVER_BY_THE_READING],
];

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

describe('an update judges what it sends against the profile it loads', () => {
  it.each(FOUND_BY_A_RULE)(
    're-sending the stored members of a profile with %s unchanged (describe, then update) is applied without warnings',
    async (_state, content) => {
      const { service, store, callAs } = withStored(content);
      const { profile } = store.get(NAME)!;
      const update: UpdateSecurityProfileRequest = {
        securityProfileName: NAME,
        securityProfileDescription: 'new',
        behaviors: profile.behaviors,
        additionalMetricsToRetain: profile.additionalMetricsToRetain,
        additionalMetricsToRetainV2: profile.additionalMetricsToRetainV2,
      };

      const result = await service.update(callAs(teamA), update, options);

      expect(result.applied).toBe(true);
      expect(result.warnings).toEqual([]);
      expect(store.updates).toHaveLength(1);
    },
  );

  it('judges a behavior by every rule where it is new or changed, by the model alone where it is as stored', async () => {
    const gauge = withoutDuration('aws:num-listening-tcp-ports');
    const { service, callAs } = withStored({ behaviors: [gauge] });
    const renamed = { ...gauge, name: 'NewGauge' };
    const changed = { ...gauge, criteria: { ...gauge.criteria, value: { count: 6n } } };
    const send = (behaviors: Behavior[]) =>
      service.update(callAs(teamA), { securityProfileName: NAME, behaviors }, options);

    const asStored = await send([aBehavior(), gauge]);
    const asNew = await send([aBehavior(), renamed]);
    const asChanged = await send([changed]);

    expect(asStored.warnings).toEqual([]);
    expect(asNew.warnings).toEqual([
      expect.objectContaining({ code: 'UNCONFIRMED_RULE', field: 'behaviors[1].criteria.durationSeconds' }),
    ]);
    expect(asChanged.warnings.map((warning) => warning.field)).toEqual([
      'behaviors[0].criteria.durationSeconds',
    ]);
  });
});

describe('a restore judges what differs from the current profile', () => {
  it('warns of a restored behavior the profile no longer has, and not of one it still has as restored', async () => {
    const gauge = withoutDuration('aws:num-listening-tcp-ports');
    const { service, callAs } = withStored({ behaviors: [gauge] });
    const patch = (removeBehaviors: string[]) =>
      service.patch(callAs(teamA), { securityProfileName: NAME, removeBehaviors }, options);
    const both = await service.patch(
      callAs(teamA),
      { securityProfileName: NAME, upsertBehaviors: [aBehavior()] },
      options,
    );
    const restore = () =>
      service.restore(callAs(teamA), { securityProfileName: NAME, auditEventId: both.auditEventId }, options);

    await patch(['Gauge']);
    const gaugeBack = await restore();
    await patch(['MessagesSent']);
    const messagesSentBack = await restore();

    expect(gaugeBack.applied).toBe(true);
    expect(gaugeBack.warnings.map((warning) => warning.field)).toEqual([
      'behaviors[0].criteria.durationSeconds',
    ]);
    expect(messagesSentBack.applied).toBe(true);
    expect(messagesSentBack.warnings).toEqual([]);
  });
});

describe("the quota of 1,000 value elements, where counting custom metrics' sets is a reading", () => {
  it.each<[string, PatchSecurityProfileRequest]>([
    [
      'changes a stored behavior without adding value elements',
      { securityProfileName: NAME, upsertBehaviors: [{ ...stringSets(1, 400)[0]!, suppressAlerts: true }] },
    ],
    ['removes a behavior', { securityProfileName: NAME, removeBehaviors: ['MessagesSent'] }],
  ])(
    'a patch that %s on a profile over it by the reading is applied without warnings',
    async (_what, patch) => {
      const { service, store, callAs } = withStored({ behaviors: [...stringSets(3, 400), aBehavior()] });

      const result = await service.patch(callAs(teamA), patch, options);

      expect(result.applied).toBe(true);
      expect(result.warnings).toEqual([]);
      expect(store.updates).toHaveLength(1);
    },
  );

  it('a patch that adds value elements to such a profile is applied, with a warning at behaviors', async () => {
    const { service, store, callAs } = withStored(OVER_BY_THE_READING);

    const result = await service.patch(
      callAs(teamA),
      { securityProfileName: NAME, upsertBehaviors: [aBehavior()] },
      options,
    );

    expect(result.applied).toBe(true);
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'UNCONFIRMED_RULE', field: 'behaviors' }),
    ]);
    expect(store.updates).toHaveLength(1);
  });
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
