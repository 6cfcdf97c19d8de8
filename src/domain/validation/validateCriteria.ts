import {
  COMPARISON_OPERATORS,
  CONFIDENCE_LEVELS,
  type BehaviorCriteria,
  type MachineLearningDetectionConfig,
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
  checkDatapoints(issues, path, criteria);
  if (criteria.mlDetectionConfig) {
    validateMlCriteria(issues, path, criteria, criteria.mlDetectionConfig, target);
  } else {
    validateRulesCriteria(issues, path, criteria, target);
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
  config: MachineLearningDetectionConfig,
  target: CriteriaTarget,
): void {
  const configPath = at(path, 'mlDetectionConfig');
  checkEnum(issues, at(configPath, 'confidenceLevel'), config.confidenceLevel, CONFIDENCE_LEVELS);
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
  if (value !== undefined && target.spec) {
    validateMetricValue(issues, at(path, 'value'), value, target.spec, target.metric);
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
  const before = issues.length;
  checkEnum(issues, where, operator, COMPARISON_OPERATORS);
  if (issues.length > before || !target.spec) return;
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
  const before = issues.length;
  checkInteger(issues, where, duration, INTEGER_SHAPES.Int32);
  if (issues.length > before || !target.spec) return;
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
  if (threshold.statistic !== undefined) {
    checkString(issues, at(where, 'statistic'), threshold.statistic, STRING_SHAPES.EvaluationStatistic);
  } else {
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
