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

/**
 * The SDK's `MetricValue` with `count` as a bigint. The SDK's type says `number`,
 * but its JSON serializer writes a bigint verbatim (checked on the wire with
 * 3.1169: 2^60 + 1 arrives exact), which a number above 2^53 could not.
 */
export type LosslessMetricValue = Omit<SdkMetricValue, 'count'> & { count?: bigint };
export type LosslessBehaviorCriteria = Omit<SdkBehaviorCriteria, 'value'> & { value?: LosslessMetricValue };
/** The SDK's `Behavior`, carrying a lossless `count`. */
export type LosslessBehavior = Omit<SdkBehavior, 'criteria'> & { criteria?: LosslessBehaviorCriteria };

/** A domain behavior as the SDK sends it: same names and spellings, absent members omitted. */
export function toSdkBehavior(behavior: Behavior): LosslessBehavior {
  return omitAbsent({
    name: behavior.name,
    metric: behavior.metric,
    metricDimension: behavior.metricDimension && toSdkMetricDimension(behavior.metricDimension),
    criteria: behavior.criteria && toSdkCriteria(behavior.criteria),
    suppressAlerts: behavior.suppressAlerts,
    exportMetric: behavior.exportMetric,
  });
}

/** A domain metric-to-retain (additionalMetricsToRetainV2 entry) as the SDK sends it. */
export function toSdkMetricToRetain(metric: MetricToRetain): SdkMetricToRetain {
  return omitAbsent({
    metric: metric.metric,
    metricDimension: metric.metricDimension && toSdkMetricDimension(metric.metricDimension),
    exportMetric: metric.exportMetric,
  });
}

function toSdkCriteria(criteria: BehaviorCriteria): LosslessBehaviorCriteria {
  return omitAbsent({
    comparisonOperator: criteria.comparisonOperator,
    value: criteria.value && toSdkMetricValue(criteria.value),
    durationSeconds: criteria.durationSeconds,
    consecutiveDatapointsToAlarm: criteria.consecutiveDatapointsToAlarm,
    consecutiveDatapointsToClear: criteria.consecutiveDatapointsToClear,
    statisticalThreshold: criteria.statisticalThreshold && omitAbsent({ ...criteria.statisticalThreshold }),
    mlDetectionConfig: criteria.mlDetectionConfig && {
      confidenceLevel: criteria.mlDetectionConfig.confidenceLevel,
    },
  });
}

function toSdkMetricValue(value: MetricValue): LosslessMetricValue {
  return omitAbsent({
    count: value.count,
    cidrs: value.cidrs && [...value.cidrs],
    ports: value.ports && [...value.ports],
    number: value.number,
    numbers: value.numbers && [...value.numbers],
    strings: value.strings && [...value.strings],
  });
}

function toSdkMetricDimension(dimension: MetricDimension): SdkMetricDimension {
  return omitAbsent({ dimensionName: dimension.dimensionName, operator: dimension.operator });
}
