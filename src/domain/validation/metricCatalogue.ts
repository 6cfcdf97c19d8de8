import type { ComparisonOperator, MetricValue } from '../securityProfile';

/**
 * Metric data types, as Device Defender names the custom-metric types, plus the
 * built-ins' `count` and `port-list`. The type fixes the value member and operators.
 */
export type MetricType = 'count' | 'number' | 'ip-address-list' | 'port-list' | 'number-list' | 'string-list';

const NUMERIC: readonly ComparisonOperator[] = [
  'less-than',
  'less-than-equals',
  'greater-than',
  'greater-than-equals',
];
const CIDR_SET: readonly ComparisonOperator[] = ['in-cidr-set', 'not-in-cidr-set'];
const PORT_SET: readonly ComparisonOperator[] = ['in-port-set', 'not-in-port-set'];
const VALUE_SET: readonly ComparisonOperator[] = ['in-set', 'not-in-set'];

/** What a metric type compares: its `value` member, operators, and whether it is a list type. */
export interface MetricTypeSpec {
  valueMember: keyof MetricValue;
  operators: readonly ComparisonOperator[];
  /** List types take no `durationSeconds` and no `statisticalThreshold`. */
  listBased: boolean;
}

/** The value member and operators of each metric type (BehaviorCriteria docs in the IoT model). */
export const METRIC_TYPES: Readonly<Record<MetricType, MetricTypeSpec>> = {
  count: { valueMember: 'count', operators: NUMERIC, listBased: false },
  number: { valueMember: 'number', operators: NUMERIC, listBased: false },
  'ip-address-list': { valueMember: 'cidrs', operators: CIDR_SET, listBased: true },
  'port-list': { valueMember: 'ports', operators: PORT_SET, listBased: true },
  'number-list': { valueMember: 'numbers', operators: VALUE_SET, listBased: true },
  'string-list': { valueMember: 'strings', operators: VALUE_SET, listBased: true },
};

/** How a metric may be used in a behavior. */
export interface MetricSpec {
  type: MetricType;
  /** Allowed `durationSeconds` values; empty means the member is not allowed. */
  durations: readonly number[];
  /**
   * The metric's page lists its Duration values ("Valid values are 300, 600, 900,
   * 1800, or 3600 seconds"): a duration outside them breaks the confirmed rule
   * documentedDurations. Elsewhere the same set is only a reading
   * (undocumentedDurations), and so is requiring the member (durationRequired).
   */
  durationListed: boolean;
  /** `statisticalThreshold` allowed. */
  statistics: boolean;
  /** Usable in an ML Detect behavior. */
  ml: boolean;
  /** `metricDimension` (TOPIC_FILTER) allowed: never, in rules behaviors only, or in ML behaviors too. */
  dimension: 'none' | 'rules' | 'rules-and-ml';
}

// "Valid values are 300, 600, 900, 1800, or 3600 seconds" (Device Defender metric pages).
const DURATIONS: readonly number[] = [300, 600, 900, 1800, 3600];

function numericMetric(ml: boolean, dimension: MetricSpec['dimension'], durationListed = true): MetricSpec {
  return { type: 'count', durations: DURATIONS, durationListed, statistics: true, ml, dimension };
}

function listMetric(type: MetricType, dimension: MetricSpec['dimension']): MetricSpec {
  return { type, durations: [], durationListed: false, statistics: false, ml: false, dimension };
}

/**
 * The built-in Device Defender metrics (cloud-side and device-side pages, the
 * ML Detect and dimensions guides). `aws:message-byte-size` and
 * `aws:num-established-tcp-connections` have no "Duration" line on their pages,
 * but AWS's own statistical examples give them 300 and 900: the documented set is
 * accepted and the member stays optional (AWS CLI's page example omits it). The
 * others list the Duration values and, under the strict reading, require one.
 */
export const BUILT_IN_METRICS: Readonly<Record<string, MetricSpec>> = {
  // Cloud-side.
  'aws:message-byte-size': numericMetric(true, 'rules-and-ml', false),
  'aws:num-messages-sent': numericMetric(true, 'rules-and-ml'),
  'aws:num-messages-received': numericMetric(true, 'rules-and-ml'),
  'aws:num-authorization-failures': numericMetric(true, 'rules-and-ml'),
  'aws:source-ip-address': listMetric('ip-address-list', 'rules'),
  'aws:num-connection-attempts': numericMetric(true, 'none'),
  'aws:num-disconnects': numericMetric(true, 'none'),
  // Real (AWS IoT blog) but its spec block was not available: a numeric count of seconds,
  // not ML; its operators and durations are not known, so neither is checked as documented.
  'aws:disconnect-duration': numericMetric(false, 'none', false),
  // Device-side.
  'aws:all-bytes-out': numericMetric(true, 'none'),
  'aws:all-bytes-in': numericMetric(true, 'none'),
  'aws:num-listening-tcp-ports': numericMetric(true, 'none'),
  'aws:num-listening-udp-ports': numericMetric(true, 'none'),
  'aws:all-packets-out': numericMetric(true, 'none'),
  'aws:all-packets-in': numericMetric(true, 'none'),
  'aws:destination-ip-addresses': listMetric('ip-address-list', 'none'),
  'aws:listening-tcp-ports': listMetric('port-list', 'none'),
  'aws:listening-udp-ports': listMetric('port-list', 'none'),
  'aws:num-established-tcp-connections': numericMetric(true, 'none', false),
};

/** How a metric name is classified before its spec is known. */
export type MetricKind = 'built-in' | 'custom' | 'unknown-built-in';

/**
 * Built-in names start with `aws:`; anything else is a custom metric's
 * `metricName`. An `aws:` name outside the catalogue may be one AWS added
 * since: it is checked as a custom metric would be.
 */
export function classifyMetric(metric: string): MetricKind {
  if (Object.hasOwn(BUILT_IN_METRICS, metric)) return 'built-in';
  return metric.startsWith('aws:') ? 'unknown-built-in' : 'custom';
}

/**
 * The spec of a custom metric as far as a behavior reveals its type: custom
 * metrics are created elsewhere (CreateCustomMetric), so the type is read off the
 * operator and value (`number` → numeric operators; `number-list`/`string-list` →
 * `in-set`; `ip-address-list` → `in-cidr-set`). Ports are a built-in type only.
 * Custom metrics never take a dimension; ML Detect accepts them (type `number`).
 */
export function customMetricSpec(type: MetricType): MetricSpec {
  const numeric = !METRIC_TYPES[type].listBased;
  return {
    type,
    // AWS documents no durations for custom metrics: the built-ins' set is a reading.
    durations: numeric ? DURATIONS : [],
    durationListed: false,
    statistics: numeric,
    ml: true,
    dimension: 'none',
  };
}

/** The custom-metric types, in the order the model lists them. */
export const CUSTOM_METRIC_TYPES: readonly MetricType[] = [
  'number',
  'number-list',
  'string-list',
  'ip-address-list',
];

/** Every built-in metric name, for messages and generators. */
export const BUILT_IN_METRIC_NAMES: readonly string[] = Object.keys(BUILT_IN_METRICS);
