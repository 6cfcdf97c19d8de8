import type { MetricDimension } from './securityProfile';

/** What identifies one entry of `additionalMetricsToRetainV2`: the metric and its dimension, if any. */
export interface MetricToRetainKey {
  metric: string;
  metricDimension?: MetricDimension;
}

/**
 * The canonical identity of a metric to retain, e.g. `metric=aws:num-messages-sent`
 * or `metric=aws:num-messages-sent,dimensionName=TopicFilter,operator=IN`.
 * Two entries with the same key are the same setting; it doubles as the
 * selector in diff paths (`additionalMetricsToRetainV2[metric=…]`).
 */
export function metricToRetainKey(key: MetricToRetainKey): string {
  const dimension = key.metricDimension;
  if (!dimension) return `metric=${key.metric}`;
  // IoT treats an absent operator as IN, so `{dimensionName}` and `{dimensionName, operator: 'IN'}` are one key.
  return `metric=${key.metric},dimensionName=${dimension.dimensionName},operator=${dimension.operator ?? 'IN'}`;
}
