import { checkString, quote, report, type Issues } from './checks';
import { STRING_SHAPES } from './constraints';
import { classifyMetric, type MetricKind } from './metricCatalogue';

/**
 * Checks a metric name (`aws:num-messages-sent` or a custom metric's name) and
 * says what kind it is; an `aws:` name outside the catalogue is reported as a
 * reading (AWS may have added the metric since).
 */
export function validateMetricName(issues: Issues, path: string, metric: string): MetricKind {
  const before = issues.length;
  checkString(issues, path, metric, STRING_SHAPES.BehaviorMetric);
  const kind = classifyMetric(metric);
  if (kind === 'unknown-built-in' && issues.length === before) {
    report(
      issues,
      path,
      `${quote(metric)} is not a Device Defender built-in metric (custom metric names have no aws: prefix)`,
      'knownAwsMetric',
    );
  }
  return kind;
}

/**
 * Whether a metric of this kind is checked as a custom metric: only a name
 * without the `aws:` prefix is. An unknown `aws:` name is neither built-in nor
 * custom: it may be a metric AWS added since, whose rules no source gives, so
 * only the model checks it (and `knownAwsMetric` warns).
 */
export function checkedAsCustom(kind: MetricKind): boolean {
  return kind === 'custom';
}
