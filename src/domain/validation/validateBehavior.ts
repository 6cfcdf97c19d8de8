import type { Behavior, BehaviorCriteria, ComparisonOperator } from '../securityProfile';
import { at, checkString, report, type Issues } from './checks';
import { STRING_SHAPES } from './constraints';
import {
  BUILT_IN_METRICS,
  CUSTOM_METRIC_TYPES,
  METRIC_TYPES,
  customMetricSpec,
  type MetricSpec,
} from './metricCatalogue';
import { validateCriteria } from './validateCriteria';
import { validateMetricDimension } from './validateMetricDimension';
import { checkedAsCustom, validateMetricName } from './validateMetricName';

/** Checks one behavior: its name, metric, criteria and dimension, against the metric catalogue. */
export function validateBehavior(issues: Issues, path: string, behavior: Behavior): void {
  checkString(issues, at(path, 'name'), behavior.name, STRING_SHAPES.BehaviorName);
  const { metric, criteria } = behavior;
  const target = metric === undefined ? undefined : metricOf(issues, path, metric, criteria);
  if (metric === undefined) {
    report(issues, at(path, 'metric'), 'required: the metric to watch', 'behaviorHasMetric');
  }
  // Without a metric (or with a name that is no metric at all) the criteria and dimension are
  // still checked against the model; only the metric's own rules need it.
  if (criteria) {
    validateCriteria(issues, at(path, 'criteria'), criteria, {
      metric: metric ?? 'the behavior',
      spec: target?.spec,
    });
  } else {
    report(
      issues,
      at(path, 'criteria'),
      'required: a rules comparison or an ML Detect configuration',
      'behaviorHasCriteria',
    );
  }
  if (behavior.metricDimension) {
    validateMetricDimension(
      issues,
      at(path, 'metricDimension'),
      behavior.metricDimension,
      target && { ...target, ml: criteria?.mlDetectionConfig !== undefined },
    );
  }
}

/** The metric's name checked, and what it is, when it names a metric at all. */
function metricOf(
  issues: Issues,
  path: string,
  metric: string,
  criteria: BehaviorCriteria | undefined,
): { metric: string; spec: MetricSpec | undefined; custom: boolean } | undefined {
  const before = issues.length;
  const kind = validateMetricName(issues, at(path, 'metric'), metric);
  if (issues.slice(before).some((issue) => issue.rule === 'metricName')) return undefined;
  const custom = checkedAsCustom(kind);
  return { metric, custom, spec: custom ? customSpec(issues, path, criteria) : BUILT_IN_METRICS[metric] };
}

/**
 * A custom metric's type is declared elsewhere (CreateCustomMetric); the
 * behavior's operator and value say which one it must be. Port sets exist for
 * built-in metrics only.
 */
function customSpec(
  issues: Issues,
  path: string,
  criteria: BehaviorCriteria | undefined,
): MetricSpec | undefined {
  const operator = criteria?.comparisonOperator;
  if (operator === undefined || criteria?.mlDetectionConfig) return customMetricSpec('number');
  const candidates = CUSTOM_METRIC_TYPES.filter((type) => METRIC_TYPES[type].operators.includes(operator));
  if (candidates.length === 0) {
    if (isPortOperator(operator)) {
      report(
        issues,
        at(at(path, 'criteria'), 'comparisonOperator'),
        `${operator} applies to the built-in port metrics only, not to custom metrics`,
        'operatorPerMetric',
      );
    }
    return undefined;
  }
  const value = criteria?.value;
  const byValue = candidates.find((type) => value?.[METRIC_TYPES[type].valueMember] !== undefined);
  return customMetricSpec(byValue ?? candidates[0] ?? 'number');
}

function isPortOperator(operator: ComparisonOperator): boolean {
  return METRIC_TYPES['port-list'].operators.includes(operator);
}
