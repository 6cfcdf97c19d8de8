import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Behavior, BehaviorCriteria, MetricValue } from '../../../src/domain/securityProfile';
import {
  BUILT_IN_METRICS,
  METRIC_TYPES,
  customMetricSpec,
  validateBehaviors,
  type MetricSpec,
  type MetricType,
} from '../../../src/domain/validation';

const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((parts) => parts.join('.'));
const cidr = fc
  .tuple(ipv4, fc.option(fc.integer({ min: 0, max: 32 }), { nil: undefined }))
  .map(([ip, prefix]) => (prefix === undefined ? ip : `${ip}/${prefix}`));
const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

const VALUES: Record<MetricType, fc.Arbitrary<MetricValue>> = {
  count: fc.bigInt({ min: 0n, max: 2n ** 63n - 1n }).map((count) => ({ count })),
  number: finite.map((number) => ({ number })),
  'ip-address-list': fc.array(cidr, { minLength: 1, maxLength: 5 }).map((cidrs) => ({ cidrs })),
  'port-list': fc
    .array(fc.integer({ min: 0, max: 65535 }), { minLength: 1, maxLength: 5 })
    .map((ports) => ({ ports })),
  'number-list': fc.array(finite, { minLength: 1, maxLength: 5 }).map((numbers) => ({ numbers })),
  'string-list': fc.array(fc.string(), { minLength: 1, maxLength: 5 }).map((strings) => ({ strings })),
};

const datapoints = fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined });

/**
 * A valid rules criteria for a metric spec: a value, or (numeric metrics) a
 * statistic with its window. The window is required where the metric's page
 * lists Duration values (the reading durationRequired), optional elsewhere, absent on lists.
 */
function rulesCriteria(spec: MetricSpec): fc.Arbitrary<BehaviorCriteria> {
  const operator = fc.constantFrom(...METRIC_TYPES[spec.type].operators);
  const durationRequired = spec.durationListed;
  const duration =
    spec.durations.length === 0
      ? fc.constant(undefined)
      : durationRequired
        ? fc.constantFrom(...spec.durations)
        : fc.option(fc.constantFrom(...spec.durations), { nil: undefined });
  const withValue = fc.record({
    comparisonOperator: operator,
    value: VALUES[spec.type],
    durationSeconds: duration,
  });
  const statistic = fc.constantFrom(
    'p0',
    'p0.1',
    'p0.01',
    'p1',
    'p10',
    'p50',
    'p90',
    'p99',
    'p99.9',
    'p99.99',
    'p100',
  );
  const withStatistic = fc.record({
    comparisonOperator: operator,
    statisticalThreshold: fc.record({ statistic }),
    durationSeconds: fc.constantFrom(...(spec.durations.length > 0 ? spec.durations : [300])),
  });
  const core = spec.statistics ? fc.oneof(withValue, withStatistic) : withValue;
  return fc.tuple(core, datapoints, datapoints).map(([criteria, toAlarm, toClear]) =>
    dropUndefined({
      ...criteria,
      consecutiveDatapointsToAlarm: toAlarm,
      consecutiveDatapointsToClear: toClear,
    }),
  );
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const customName = fc
  .stringMatching(/^[a-zA-Z0-9_-][a-zA-Z0-9:_-]{0,40}$/)
  .filter((name) => !name.startsWith('aws:'));
const builtIn = fc.constantFrom(...Object.entries(BUILT_IN_METRICS));

/** A rules behavior (without its name) on a built-in metric or on a custom metric of any custom type. */
const rulesBehavior: fc.Arbitrary<Omit<Behavior, 'name'>> = fc.oneof(
  builtIn.chain(([metric, spec]) =>
    fc.record({
      metric: fc.constant(metric),
      criteria: rulesCriteria(spec),
      ...(spec.dimension === 'none'
        ? {}
        : {
            metricDimension: fc.option(fc.record({ dimensionName: fc.constant('Topics') }), {
              nil: undefined,
            }),
          }),
    }),
  ),
  fc
    .tuple(customName, fc.constantFrom<MetricType>('number', 'number-list', 'string-list', 'ip-address-list'))
    .chain(([metric, type]) =>
      fc.record({
        metric: fc.constant(metric),
        criteria: rulesCriteria(customMetricSpec(type)),
      }),
    ),
);

const mlBehavior: fc.Arbitrary<Omit<Behavior, 'name'>> = fc.record({
  metric: fc.oneof(
    fc.constantFrom(
      ...Object.entries(BUILT_IN_METRICS)
        .filter(([, s]) => s.ml)
        .map(([m]) => m),
    ),
    customName,
  ),
  criteria: fc.record({
    mlDetectionConfig: fc.record({
      confidenceLevel: fc.constantFrom('LOW' as const, 'MEDIUM' as const, 'HIGH' as const),
    }),
  }),
});

const named = (behaviors: Array<Omit<Behavior, 'name'>>): Behavior[] =>
  behaviors.map((b, i) => ({ name: `b-${i}`, ...dropUndefined(b) }));

const validProfiles = fc.oneof(
  fc.array(rulesBehavior, { maxLength: 8 }).map(named),
  fc.array(mlBehavior, { maxLength: 8 }).map(named),
);

describe('validateBehaviors properties', () => {
  it('accepts every behavior list generated from the catalogue rules', () => {
    fc.assert(
      fc.property(validProfiles, (behaviors) => {
        expect(validateBehaviors(behaviors)).toEqual([]);
      }),
    );
  });

  it('rejects any generated rules behavior whose durationSeconds is outside the documented windows', () => {
    const badDuration = fc
      .integer({ min: -1000, max: 10_000 })
      .filter((d) => ![300, 600, 900, 1800, 3600].includes(d));
    fc.assert(
      fc.property(
        fc.array(rulesBehavior, { minLength: 1, maxLength: 5 }).map(named),
        fc.nat(),
        badDuration,
        (behaviors, pick, duration) => {
          const index = pick % behaviors.length;
          const target = behaviors[index]!;
          target.criteria = { ...target.criteria, durationSeconds: duration };

          const issues = validateBehaviors(behaviors);

          expect(issues.map((i) => i.path)).toContain(`behaviors[${index}].criteria.durationSeconds`);
        },
      ),
    );
  });
});
