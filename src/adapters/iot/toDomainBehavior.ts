import type {
  Behavior as SdkBehavior,
  BehaviorCriteria as SdkBehaviorCriteria,
  MetricDimension as SdkMetricDimension,
  MetricToRetain as SdkMetricToRetain,
  MetricValue as SdkMetricValue,
} from '@aws-sdk/client-iot';
import type {
  Behavior,
  BehaviorCriteria,
  MetricDimension,
  MetricToRetain,
  MetricValue,
} from '../../domain/securityProfile';
import { omitAbsent } from './omitAbsent';
import { required } from './required';

/**
 * An SDK behavior as the domain holds it. `exactCount` is the behavior's
 * `criteria.value.count` read from the raw response (see `readExactLongs`); it
 * wins over the SDK's number, which is rounded above 2^53.
 */
export function toDomainBehavior(behavior: SdkBehavior, exactCount?: bigint): Behavior {
  return omitAbsent({
    name: required(behavior.name, 'Behavior.name'),
    metric: behavior.metric,
    metricDimension: behavior.metricDimension && toDomainMetricDimension(behavior.metricDimension),
    criteria: behavior.criteria && toDomainCriteria(behavior.criteria, exactCount),
    suppressAlerts: behavior.suppressAlerts,
    exportMetric: behavior.exportMetric,
  });
}

/** An SDK metric-to-retain (additionalMetricsToRetainV2 entry) as the domain holds it. */
export function toDomainMetricToRetain(metric: SdkMetricToRetain): MetricToRetain {
  return omitAbsent({
    metric: required(metric.metric, 'MetricToRetain.metric'),
    metricDimension: metric.metricDimension && toDomainMetricDimension(metric.metricDimension),
    exportMetric: metric.exportMetric,
  });
}

function toDomainCriteria(criteria: SdkBehaviorCriteria, exactCount: bigint | undefined): BehaviorCriteria {
  const ml = criteria.mlDetectionConfig;
  return omitAbsent({
    comparisonOperator: criteria.comparisonOperator,
    value: criteria.value && toDomainMetricValue(criteria.value, exactCount),
    durationSeconds: criteria.durationSeconds,
    consecutiveDatapointsToAlarm: criteria.consecutiveDatapointsToAlarm,
    consecutiveDatapointsToClear: criteria.consecutiveDatapointsToClear,
    statisticalThreshold: criteria.statisticalThreshold && omitAbsent({ ...criteria.statisticalThreshold }),
    mlDetectionConfig: ml && {
      confidenceLevel: required(ml.confidenceLevel, 'MachineLearningDetectionConfig.confidenceLevel'),
    },
  });
}

function toDomainMetricValue(value: SdkMetricValue, exactCount: bigint | undefined): MetricValue {
  return omitAbsent({
    count: exactCount ?? toBigInt(value.count),
    cidrs: value.cidrs && [...value.cidrs],
    ports: value.ports && [...value.ports],
    number: value.number,
    numbers: value.numbers && [...value.numbers],
    strings: value.strings && [...value.strings],
  });
}

function toDomainMetricDimension(dimension: SdkMetricDimension): MetricDimension {
  return omitAbsent({
    dimensionName: required(dimension.dimensionName, 'MetricDimension.dimensionName'),
    operator: dimension.operator,
  });
}

/** The SDK's number for a `long`, as a bigint (exact up to 2^53; the best there is without the raw text). */
export function toBigInt(value: number | bigint | undefined | null): bigint | undefined {
  if (value === undefined || value === null) return undefined;
  return BigInt(value);
}
