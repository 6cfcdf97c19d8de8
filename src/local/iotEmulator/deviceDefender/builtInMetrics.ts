/**
 * Device Defender's built-in metrics as AWS documents them, written for the
 * emulator from the sources (not shared with the gateway):
 * - cloud-side metrics page, https://docs.aws.amazon.com/iot-device-defender/latest/devguide/detect-cloud-side-metrics.html
 * - device-side metrics page, https://docs.aws.amazon.com/iot-device-defender/latest/devguide/detect-device-side-metrics.html
 * - ML Detect, https://docs.aws.amazon.com/iot-device-defender/latest/devguide/dd-detect-ml.html ("Supported metrics")
 * - dimensions, https://docs.aws.amazon.com/iot/latest/developerguide/scoping-security-behavior.html
 */

/** What a metric measures, which fixes the operators it takes. */
export type MetricKind = 'number' | 'ip-address-list' | 'port-list';

/** One built-in metric. */
export interface BuiltInMetric {
  kind: MetricKind;
  /**
   * The page's "Duration" line ("Valid values are 300, 600, 900, 1800, or 3600
   * seconds"): `durationSeconds`, when given, must be one of them. Metrics
   * without the line accept any duration here.
   */
  durationsListed: boolean;
  /** Listed among ML Detect's supported metrics. */
  ml: boolean;
  /** Which behaviors may scope it with a TOPIC_FILTER dimension. */
  dimension: 'none' | 'rules' | 'rules-and-ml';
}

const count = (
  ml: boolean,
  dimension: BuiltInMetric['dimension'],
  durationsListed = true,
): BuiltInMetric => ({
  kind: 'number',
  durationsListed,
  ml,
  dimension,
});
const list = (kind: MetricKind, dimension: BuiltInMetric['dimension'] = 'none'): BuiltInMetric => ({
  kind,
  durationsListed: false,
  ml: false,
  dimension,
});

/** "Valid values are 300, 600, 900, 1800, or 3600 seconds." */
export const DOCUMENTED_DURATIONS: readonly number[] = [300, 600, 900, 1800, 3600];

export const BUILT_IN_METRICS: Readonly<Record<string, BuiltInMetric>> = {
  // Cloud-side. Message size has no Duration line; the dimensions guide lists the first four
  // and source IP ("only available for Rules Detect"), ML Detect all but source IP.
  'aws:message-byte-size': count(true, 'rules-and-ml', false),
  'aws:num-messages-sent': count(true, 'rules-and-ml'),
  'aws:num-messages-received': count(true, 'rules-and-ml'),
  'aws:num-authorization-failures': count(true, 'rules-and-ml'),
  'aws:source-ip-address': list('ip-address-list', 'rules'),
  'aws:num-connection-attempts': count(true, 'none'),
  'aws:num-disconnects': count(true, 'none'),
  // A duration in seconds; not among ML Detect's metrics. Its own spec block (operators,
  // durations) was not available, so nothing beyond "a number" is checked.
  'aws:disconnect-duration': count(false, 'none', false),
  // Device-side. Established connections has no Duration line.
  'aws:all-bytes-out': count(true, 'none'),
  'aws:all-bytes-in': count(true, 'none'),
  'aws:num-listening-tcp-ports': count(true, 'none'),
  'aws:num-listening-udp-ports': count(true, 'none'),
  'aws:all-packets-out': count(true, 'none'),
  'aws:all-packets-in': count(true, 'none'),
  'aws:destination-ip-addresses': list('ip-address-list'),
  'aws:listening-tcp-ports': list('port-list'),
  'aws:listening-udp-ports': list('port-list'),
  'aws:num-established-tcp-connections': count(true, 'none', false),
};

/** The operators of each kind ("Operators:" on each metric's page). */
export const OPERATORS: Readonly<Record<MetricKind, readonly string[]>> = {
  number: ['less-than', 'less-than-equals', 'greater-than', 'greater-than-equals'],
  'ip-address-list': ['in-cidr-set', 'not-in-cidr-set'],
  'port-list': ['in-port-set', 'not-in-port-set'],
};

/**
 * Operators a custom metric can take: the model's comparisonOperator
 * documentation lists them per custom metric type (string-list and number-list
 * `in-set`/`not-in-set`, ip-address-list the CIDR sets, number the four
 * comparisons). Port sets exist for built-in metrics only.
 */
export const CUSTOM_METRIC_OPERATORS: readonly string[] = [
  ...OPERATORS.number,
  ...OPERATORS['ip-address-list'],
  'in-set',
  'not-in-set',
];

/** Operators that compare against a set: their metric is list-based and takes no `durationSeconds`. */
export const SET_OPERATORS: readonly string[] = [
  ...OPERATORS['ip-address-list'],
  ...OPERATORS['port-list'],
  'in-set',
  'not-in-set',
];
