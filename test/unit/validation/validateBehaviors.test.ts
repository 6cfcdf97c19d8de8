import { describe, expect, it } from 'vitest';
import type { Behavior } from '../../../src/domain/securityProfile';
import { validateBehaviors } from '../../../src/domain/validation';
import { refuses } from '../../../src/domain/validation/validationRules';
import { CLI_PAGE_BEHAVIORS, aBehavior, anMlBehavior } from './fixtures';

const VALID: Array<[string, Behavior[]]> = [
  ['the AWS CLI page example (message-byte-size without durationSeconds)', CLI_PAGE_BEHAVIORS],
  ['a count at 2^63-1', [aBehavior({}, { value: { count: 2n ** 63n - 1n } })]],
  [
    'a statistical threshold with its window',
    [aBehavior({}, { value: undefined, statisticalThreshold: { statistic: 'p99.99' } })],
  ],
  [
    'num-established-tcp-connections without durationSeconds',
    [aBehavior({ metric: 'aws:num-established-tcp-connections' }, { durationSeconds: undefined })],
  ],
  [
    'message-byte-size with a statistical threshold and its window',
    [
      aBehavior(
        { metric: 'aws:message-byte-size' },
        { value: undefined, statisticalThreshold: { statistic: 'p90' } },
      ),
    ],
  ],
  [
    'a custom number metric with durationSeconds',
    [
      {
        name: 'Battery',
        metric: 'batteryPercentage',
        criteria: { comparisonOperator: 'less-than', value: { number: 12.5 }, durationSeconds: 600 },
      },
    ],
  ],
  [
    'an IPv6 CIDR set',
    [
      {
        name: 'Ips',
        metric: 'aws:destination-ip-addresses',
        criteria: { comparisonOperator: 'in-cidr-set', value: { cidrs: ['2001:db8::/32', '::1'] } },
      },
    ],
  ],
  [
    'a port set with the bounds',
    [
      {
        name: 'Ports',
        metric: 'aws:listening-udp-ports',
        criteria: { comparisonOperator: 'not-in-port-set', value: { ports: [0, 65535] } },
      },
    ],
  ],
  [
    'ML Detect behaviors with a dimension where allowed',
    [anMlBehavior({ metricDimension: { dimensionName: 'Topics', operator: 'NOT_IN' } })],
  ],
  [
    'a custom number metric',
    [
      {
        name: 'Battery',
        metric: 'batteryPercentage',
        criteria: { comparisonOperator: 'less-than', value: { number: 12.5 } },
      },
    ],
  ],
  [
    'a custom string-list metric',
    [
      {
        name: 'Versions',
        metric: 'fw',
        criteria: { comparisonOperator: 'in-set', value: { strings: ['1.0'] } },
      },
    ],
  ],
  [
    'a custom number-list metric',
    [
      {
        name: 'Levels',
        metric: 'lvl',
        criteria: { comparisonOperator: 'not-in-set', value: { numbers: [1, 2.5] } },
      },
    ],
  ],
  [
    'a custom ip-address-list metric',
    [
      {
        name: 'Peers',
        metric: 'peers',
        criteria: { comparisonOperator: 'in-cidr-set', value: { cidrs: ['10.0.0.0/8'] } },
      },
    ],
  ],
  ['a custom metric in ML Detect', [anMlBehavior({ metric: 'batteryPercentage' })]],
  [
    'source-ip-address with a dimension in a rules behavior',
    [
      {
        name: 'Ips',
        metric: 'aws:source-ip-address',
        metricDimension: { dimensionName: 'Topics' },
        criteria: { comparisonOperator: 'in-cidr-set', value: { cidrs: ['10.0.0.1'] } },
      },
    ],
  ],
  [
    'exactly 1000 value elements',
    [0, 1].map((i) => ({
      name: `P${i}`,
      metric: 'aws:listening-tcp-ports',
      criteria: {
        comparisonOperator: 'in-port-set' as const,
        value: { ports: Array.from({ length: 500 }, (_, p) => p) },
      },
    })),
  ],
  ['exactly 100 behaviors', Array.from({ length: 100 }, (_, i) => aBehavior({ name: `B${i}` }))],
  ['no behaviors at all', []],
  [
    'aws:disconnect-duration without durationSeconds (its page was not available)',
    [aBehavior({ metric: 'aws:disconnect-duration' }, { durationSeconds: undefined })],
  ],
];

describe('validateBehaviors accepts', () => {
  it.each(VALID)('%s', (_label, behaviors) => {
    const issues = validateBehaviors(behaviors);

    expect(issues).toEqual([]);
  });
});

/** [rule, behaviors, path, message fragment]. */
const INVALID: Array<[string, Behavior[], string, string]> = [
  [
    'no durationSeconds on a metric whose page lists Duration values',
    [aBehavior({}, { durationSeconds: undefined })],
    'behaviors[0].criteria.durationSeconds',
    'required for aws:num-messages-sent in a rules behavior (one of 300, 600, 900, 1800, 3600)',
  ],
  [
    'durationSeconds outside 300/600/900/1800/3600',
    [aBehavior({}, { durationSeconds: 301 })],
    'behaviors[0].criteria.durationSeconds',
    'must be one of 300, 600, 900, 1800, 3600 for aws:num-messages-sent (got 301)',
  ],
  [
    'durationSeconds on a list metric',
    [
      {
        name: 'Ips',
        metric: 'aws:source-ip-address',
        criteria: { comparisonOperator: 'in-cidr-set', value: { cidrs: ['10.0.0.1'] }, durationSeconds: 300 },
      },
    ],
    'behaviors[0].criteria.durationSeconds',
    'aws:source-ip-address is a list-based metric and takes no durationSeconds',
  ],
  [
    'an operator of another metric type',
    [aBehavior({}, { comparisonOperator: 'in-port-set' })],
    'behaviors[0].criteria.comparisonOperator',
    'aws:num-messages-sent accepts less-than, less-than-equals, greater-than, greater-than-equals (got in-port-set)',
  ],
  [
    'a value member the metric does not compare',
    [aBehavior({}, { value: { ports: [1] } })],
    'behaviors[0].criteria.value.ports',
    'not used by aws:num-messages-sent, which compares value.count',
  ],
  [
    "the metric's value member missing",
    [aBehavior({}, { value: {} })],
    'behaviors[0].criteria.value.count',
    'required: aws:num-messages-sent compares value.count',
  ],
  [
    'a count beyond 2^63-1',
    [aBehavior({}, { value: { count: 2n ** 63n } })],
    'behaviors[0].criteria.value.count',
    'must be between 0 and 9223372036854775807',
  ],
  [
    'a port that is not an integer',
    [
      {
        name: 'P',
        metric: 'aws:listening-tcp-ports',
        criteria: { comparisonOperator: 'in-port-set', value: { ports: [1.5] } },
      },
    ],
    'behaviors[0].criteria.value.ports[0]',
    'must be an integer',
  ],
  [
    'a number that is not finite',
    [
      {
        name: 'B',
        metric: 'battery',
        criteria: { comparisonOperator: 'less-than', value: { number: Number.POSITIVE_INFINITY } },
      },
    ],
    'behaviors[0].criteria.value.number',
    'must be a finite number',
  ],
  [
    'statistics on a list metric',
    [
      {
        name: 'P',
        metric: 'aws:listening-tcp-ports',
        criteria: { comparisonOperator: 'in-port-set', statisticalThreshold: { statistic: 'p50' } },
      },
    ],
    'behaviors[0].criteria.statisticalThreshold',
    'statistical thresholds apply to numeric metrics only',
  ],
  [
    'a statistic outside the percentiles',
    [aBehavior({}, { value: undefined, statisticalThreshold: { statistic: 'p95' } })],
    'behaviors[0].criteria.statisticalThreshold.statistic',
    'must match the pattern',
  ],
  [
    'ML Detect with a value',
    [anMlBehavior({}, { value: { count: 1n } })],
    'behaviors[0].criteria.value',
    'not allowed in an ML Detect behavior',
  ],
  [
    'ML Detect with a statistical threshold',
    [anMlBehavior({}, { statisticalThreshold: { statistic: 'p50' } })],
    'behaviors[0].criteria.statisticalThreshold',
    'not allowed in an ML Detect behavior',
  ],
  [
    'ML Detect on a device list metric',
    [anMlBehavior({ metric: 'aws:listening-tcp-ports' })],
    'behaviors[0].criteria.mlDetectionConfig',
    'aws:listening-tcp-ports is not supported by ML Detect',
  ],
  [
    'ML Detect with source-ip-address and a dimension',
    [anMlBehavior({ metric: 'aws:source-ip-address', metricDimension: { dimensionName: 'Topics' } })],
    'behaviors[0].metricDimension',
    'takes a dimension in rules behaviors only',
  ],
  [
    'a dimension on a device metric',
    [aBehavior({ metric: 'aws:all-bytes-in', metricDimension: { dimensionName: 'Topics' } })],
    'behaviors[0].metricDimension',
    'aws:all-bytes-in cannot be used with a dimension',
  ],
  [
    'an unknown aws: metric',
    [aBehavior({ metric: 'aws:num-cats' })],
    'behaviors[0].metric',
    'is not a Device Defender built-in metric',
  ],
  [
    'a port set on a custom metric',
    [{ name: 'C', metric: 'custom', criteria: { comparisonOperator: 'in-port-set', value: { ports: [1] } } }],
    'behaviors[0].criteria.comparisonOperator',
    'applies to the built-in port metrics only',
  ],
  [
    'a custom numeric metric given count',
    [{ name: 'C', metric: 'custom', criteria: { comparisonOperator: 'less-than', value: { count: 1n } } }],
    'behaviors[0].criteria.value.number',
    'required: custom compares value.number',
  ],
  [
    'a duplicate name',
    [aBehavior(), aBehavior()],
    'behaviors[1].name',
    'duplicates behaviors[0].name "MessagesSent"',
  ],
  [
    'ML and rules mixed',
    [aBehavior(), anMlBehavior()],
    'behaviors[1].criteria',
    'is ML Detect but behaviors[0] is rules-based',
  ],
  [
    '101 behaviors',
    Array.from({ length: 101 }, (_, i) => aBehavior({ name: `B${i}` })),
    'behaviors',
    'holds 101 behaviors; a security profile allows at most 100',
  ],
  [
    '1001 value elements',
    [0, 1].map((i) => ({
      name: `P${i}`,
      metric: 'aws:listening-tcp-ports',
      criteria: {
        comparisonOperator: 'in-port-set' as const,
        value: { ports: Array.from({ length: 500 + i }, (_, p) => p) },
      },
    })),
    'behaviors',
    'hold 1001 metric value elements',
  ],
  [
    "1001 value elements counting the custom metrics' numbers and strings",
    [
      {
        name: 'Readings',
        metric: 'allowed-readings',
        criteria: {
          comparisonOperator: 'in-set',
          value: { numbers: Array.from({ length: 500 }, (_, n) => n) },
        },
      },
      {
        name: 'Firmware',
        metric: 'allowed-firmware',
        criteria: {
          comparisonOperator: 'in-set',
          value: { strings: Array.from({ length: 501 }, (_, s) => `v${s}`) },
        },
      },
    ],
    'behaviors',
    "hold 1001 metric value elements counting the custom metrics' numbers and strings",
  ],
  [
    'consecutiveDatapointsToAlarm above 10',
    [aBehavior({}, { consecutiveDatapointsToAlarm: 11 })],
    'behaviors[0].criteria.consecutiveDatapointsToAlarm',
    'must be between 1 and 10 (got 11)',
  ],
];

/** The rows of INVALID whose rule no AWS source confirms: reported, never refused. */
const READINGS = new Set([
  'no durationSeconds on a metric whose page lists Duration values',
  'a value member the metric does not compare',
  "the metric's value member missing",
  'statistics on a list metric',
  'ML Detect with a value',
  'ML Detect with a statistical threshold',
  'an unknown aws: metric',
  'a custom numeric metric given count',
  'a duplicate name',
  'ML and rules mixed',
  "1001 value elements counting the custom metrics' numbers and strings",
]);

describe('validateBehaviors reports', () => {
  it.each(INVALID)('%s, naming the field', (rule, behaviors, path, fragment) => {
    const issues = validateBehaviors(behaviors);

    const issue = issues.find((i) => i.path === path && i.message.includes(fragment));
    expect(issue).toBeDefined();
    expect(refuses(issue?.rule)).toBe(!READINGS.has(rule));
  });

  it.each([
    ['aws:all-bytes-out', 'required for aws:all-bytes-out in a rules behavior'],
    ['aws:message-byte-size', 'required with criteria.statisticalThreshold'],
    ['batteryPercentage', 'required with criteria.statisticalThreshold'],
  ])('reports a statistical threshold on %s without durationSeconds once', (metric, fragment) => {
    const behavior = aBehavior(
      { metric },
      { value: undefined, durationSeconds: undefined, statisticalThreshold: { statistic: 'p50' } },
    );

    const issues = validateBehaviors([behavior]);

    expect(issues).toEqual([
      {
        path: 'behaviors[0].criteria.durationSeconds',
        message: expect.stringContaining(fragment) as string,
        rule: 'durationRequired',
      },
    ]);
  });

  it('prefixes paths with the given pathPrefix', () => {
    const issues = validateBehaviors([aBehavior({}, { durationSeconds: 1 })], 'input.behaviors');

    expect(issues.map((i) => i.path)).toEqual(['input.behaviors[0].criteria.durationSeconds']);
  });
});
