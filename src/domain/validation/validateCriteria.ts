import {
  COMPARISON_OPERATORS,
  CONFIDENCE_LEVELS,
  type BehaviorCriteria,
  type StatisticalThreshold,
} from '../securityProfile';
import { at, checkEnum, checkInteger, checkString, report, type Issues } from './checks';
import { INTEGER_SHAPES, STRING_SHAPES } from './constraints';
import { METRIC_TYPES, type MetricSpec } from './metricCatalogue';
import { validateMetricValue } from './validateMetricValue';

/** The metric a criteria block applies to; `spec` is undefined when the metric itself is invalid. */
export interface CriteriaTarget {
  metric: string;
  spec: MetricSpec | undefined;
}

/**
 * Checks a behavior's `criteria`: an ML Detect behavior (`mlDetectionConfig`)
 * carries no operator, value, statistic or duration; a rules behavior has an
 * operator the metric accepts and either a value or a statistical threshold.
 */
export function validateCriteria(
  issues: Issues,
  path: string,
  criteria: BehaviorCriteria,
  target: CriteriaTarget,
): void {
  const ml = criteria.mlDetectionConfig !== undefined;
  checkModel(issues, path, criteria, ml ? { metric: target.metric, spec: undefined } : target);
  if (criteria.mlDetectionConfig) {
    validateMlCriteria(issues, path, criteria, target);
  } else {
    validateRulesCriteria(issues, path, criteria, target);
  }
}

/**
 * The model's constraints on every member given, whatever kind of behavior it
 * is and whether its metric is known: IoT's framework checks them all. The
 * value's member reading needs the metric, and applies to rules behaviors.
 */
function checkModel(issues: Issues, path: string, criteria: BehaviorCriteria, target: CriteriaTarget): void {
  checkDatapoints(issues, path, criteria);
  const { comparisonOperator, durationSeconds, statisticalThreshold, value, mlDetectionConfig } = criteria;
  if (comparisonOperator !== undefined) {
    checkEnum(issues, at(path, 'comparisonOperator'), comparisonOperator, COMPARISON_OPERATORS);
  }
  if (durationSeconds !== undefined) {
    checkInteger(issues, at(path, 'durationSeconds'), durationSeconds, INTEGER_SHAPES.Int32);
  }
  if (statisticalThreshold?.statistic !== undefined) {
    const where = at(at(path, 'statisticalThreshold'), 'statistic');
    checkString(issues, where, statisticalThreshold.statistic, STRING_SHAPES.EvaluationStatistic);
  }
  if (value !== undefined) validateMetricValue(issues, at(path, 'value'), value, target.spec, target.metric);
  if (mlDetectionConfig) {
    const where = at(at(path, 'mlDetectionConfig'), 'confidenceLevel');
    checkEnum(issues, where, mlDetectionConfig.confidenceLevel, CONFIDENCE_LEVELS);
  }
}

function checkDatapoints(issues: Issues, path: string, criteria: BehaviorCriteria): void {
  for (const member of ['consecutiveDatapointsToAlarm', 'consecutiveDatapointsToClear'] as const) {
    const value = criteria[member];
    if (value !== undefined)
      checkInteger(issues, at(path, member), value, INTEGER_SHAPES.ConsecutiveDatapoints);
  }
}

const RULES_ONLY_MEMBERS = [
  'comparisonOperator',
  'value',
  'statisticalThreshold',
  'durationSeconds',
] as const;

function validateMlCriteria(
  issues: Issues,
  path: string,
  criteria: BehaviorCriteria,
  target: CriteriaTarget,
): void {
  const configPath = at(path, 'mlDetectionConfig');
  for (const member of RULES_ONLY_MEMBERS) {
    if (criteria[member] !== undefined) {
      report(
        issues,
        at(path, member),
        'not allowed in an ML Detect behavior (criteria.mlDetectionConfig is set)',
        'mlCriteriaShape',
      );
    }
  }
  if (target.spec && !target.spec.ml) {
    report(issues, configPath, `${target.metric} is not supported by ML Detect`, 'mlSupportedMetrics');
  }
}

function validateRulesCriteria(
  issues: Issues,
  path: string,
  criteria: BehaviorCriteria,
  target: CriteriaTarget,
): void {
  checkOperator(issues, path, criteria, target);
  checkDuration(issues, path, criteria, target);
  const { value, statisticalThreshold } = criteria;
  if (value !== undefined && statisticalThreshold !== undefined) {
    report(
      issues,
      at(path, 'statisticalThreshold'),
      'cannot be combined with criteria.value',
      'rulesCriteriaShape',
    );
  } else if (value === undefined && statisticalThreshold === undefined) {
    report(
      issues,
      at(path, 'value'),
      'required: a rules behavior compares with criteria.value or criteria.statisticalThreshold (ML Detect uses criteria.mlDetectionConfig)',
      'rulesCriteriaShape',
    );
  }
  if (statisticalThreshold !== undefined)
    checkStatistic(issues, path, statisticalThreshold, criteria, target);
}

function checkOperator(
  issues: Issues,
  path: string,
  criteria: BehaviorCriteria,
  target: CriteriaTarget,
): void {
  const where = at(path, 'comparisonOperator');
  const operator = criteria.comparisonOperator;
  if (operator === undefined) {
    report(
      issues,
      where,
      'required in a rules behavior (ML Detect behaviors set criteria.mlDetectionConfig instead)',
      'rulesCriteriaShape',
    );
    return;
  }
  if (!(COMPARISON_OPERATORS as readonly string[]).includes(operator) || !target.spec) return;
  const allowed = METRIC_TYPES[target.spec.type].operators;
  if (!allowed.includes(operator)) {
    report(
      issues,
      where,
      `${target.metric} accepts ${allowed.join(', ')} (got ${operator})`,
      'operatorPerMetric',
    );
  }
}

function checkDuration(
  issues: Issues,
  path: string,
  criteria: BehaviorCriteria,
  target: CriteriaTarget,
): void {
  const duration = criteria.durationSeconds;
  const where = at(path, 'durationSeconds');
  if (duration === undefined) {
    if (target.spec?.durationListed) {
      report(
        issues,
        where,
        `required for ${target.metric} in a rules behavior (one of ${target.spec.durations.join(', ')})`,
        'durationRequired',
      );
    }
    return;
  }
  if (!Number.isInteger(duration) || !target.spec) return;
  const allowed = target.spec.durations;
  if (allowed.length === 0) {
    report(
      issues,
      where,
      `${target.metric} is a list-based metric and takes no durationSeconds`,
      'noDurationOnListMetrics',
    );
  } else if (!allowed.includes(duration)) {
    report(
      issues,
      where,
      `must be one of ${allowed.join(', ')} for ${target.metric} (got ${duration})`,
      target.spec.durationListed ? 'documentedDurations' : 'undocumentedDurations',
    );
  }
}

function checkStatistic(
  issues: Issues,
  path: string,
  threshold: StatisticalThreshold,
  criteria: BehaviorCriteria,
  target: CriteriaTarget,
): void {
  const where = at(path, 'statisticalThreshold');
  if (threshold.statistic === undefined) {
    report(
      issues,
      at(where, 'statistic'),
      'required: the percentile (p0 … p100) the threshold resolves to',
      'statisticalThresholdShape',
    );
  }
  if (target.spec && !target.spec.statistics) {
    report(
      issues,
      where,
      `${target.metric} is a list-based metric; statistical thresholds apply to numeric metrics only`,
      'statisticalThresholdShape',
    );
    return;
  }
  if (criteria.durationSeconds === undefined && !target.spec?.durationListed) {
    report(
      issues,
      at(path, 'durationSeconds'),
      'required with criteria.statisticalThreshold (the accumulation window)',
      'durationRequired',
    );
  }
}
