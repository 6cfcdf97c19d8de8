import type { Behavior, BehaviorCriteria, MetricDimension } from '../../../domain/securityProfile';
import {
  BUILT_IN_METRICS,
  CUSTOM_METRIC_OPERATORS,
  DOCUMENTED_DURATIONS,
  OPERATORS,
  SET_OPERATORS,
  type BuiltInMetric,
} from './builtInMetrics';

/**
 * Device Defender's own checks of behaviors, beyond the model: only the rules
 * AWS documents, each in the words of Device Defender's handler, which names
 * the behavior and the member (`Behavior Authorization is malformed.
 * consecutiveDatapointsToAlarm 100000 should be in range[1,10]` is AWS's own).
 * Where AWS's sources are silent the emulator accepts (docs/emulator.md).
 */
export function checkBehaviors(behaviors: readonly Behavior[]): string[] {
  const problems: string[] = [];
  for (const behavior of behaviors) {
    const malformed = (detail: string): void => {
      problems.push(`Behavior ${behavior.name} is malformed. ${detail}`);
    };
    if (behavior.metric === undefined) continue;
    checkMetric(behavior.metric, behavior.criteria, behavior.metricDimension, malformed);
  }
  return problems;
}

/** Checks a metric name and the criteria and dimension used with it. */
function checkMetric(
  metric: string,
  criteria: BehaviorCriteria | undefined,
  dimension: MetricDimension | undefined,
  malformed: (detail: string) => void,
): void {
  const nameProblem = metricNameProblem(metric);
  if (nameProblem) {
    malformed(nameProblem);
    return;
  }
  const builtIn = Object.hasOwn(BUILT_IN_METRICS, metric) ? BUILT_IN_METRICS[metric] : undefined;
  if (criteria) checkCriteria(metric, builtIn, criteria, malformed);
  const ml = criteria?.mlDetectionConfig !== undefined;
  const dimensionProblem = dimension && dimensionUseProblem(metric, builtIn, ml);
  if (dimensionProblem) malformed(dimensionProblem);
}

function checkCriteria(
  metric: string,
  builtIn: BuiltInMetric | undefined,
  criteria: BehaviorCriteria,
  malformed: (detail: string) => void,
): void {
  const operator = criteria.comparisonOperator;
  const operators = builtIn ? OPERATORS[builtIn.kind] : CUSTOM_METRIC_OPERATORS;
  if (operator !== undefined && !operators.includes(operator)) {
    malformed(`comparisonOperator ${operator} is not valid for metric ${metric}`);
  }
  // "Cannot be used with list-based metric datatypes" (the model's durationSeconds documentation).
  const listBased = builtIn
    ? builtIn.kind !== 'number'
    : operator !== undefined && SET_OPERATORS.includes(operator);
  const duration = criteria.durationSeconds;
  if (duration !== undefined && listBased) {
    malformed(`durationSeconds cannot be used with list-based metric ${metric}`);
  } else if (duration !== undefined && builtIn?.durationsListed && !DOCUMENTED_DURATIONS.includes(duration)) {
    malformed(`durationSeconds ${duration} should be one of [${DOCUMENTED_DURATIONS.join(', ')}]`);
  }
  if (criteria.mlDetectionConfig && builtIn && !builtIn.ml) {
    malformed(`mlDetectionConfig is not supported for metric ${metric}`);
  }
}

/**
 * A metric is a built-in or a custom metric's name; both are 1 to 128 of
 * `[a-zA-Z0-9:_-]` (CloudFormation's schema for the member; the model's
 * MetricName for custom metrics).
 */
export function metricNameProblem(metric: string): string | undefined {
  if (/^[a-zA-Z0-9:_-]{1,128}$/.test(metric)) return undefined;
  return `metric ${metric} should be 1 to 128 characters of [a-zA-Z0-9:_-]`;
}

/**
 * A TOPIC_FILTER dimension scopes only the metrics the dimensions guide lists
 * (source IP for Rules Detect only), never a custom metric ("This can't be used
 * with custom metrics", the model).
 */
export function dimensionUseProblem(
  metric: string,
  builtIn: BuiltInMetric | undefined,
  ml: boolean,
): string | undefined {
  if (!builtIn) return `metricDimension cannot be used with custom metric ${metric}`;
  if (builtIn.dimension === 'none') return `metricDimension cannot be used with metric ${metric}`;
  if (builtIn.dimension === 'rules' && ml) {
    return `metricDimension cannot be used with metric ${metric} in an ML Detect behavior`;
  }
  return undefined;
}
