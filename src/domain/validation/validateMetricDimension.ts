import { DIMENSION_VALUE_OPERATORS, type MetricDimension } from '../securityProfile';
import { at, checkEnum, checkString, report, type Issues } from './checks';
import { STRING_SHAPES } from './constraints';
import type { MetricSpec } from './metricCatalogue';

/** Where a dimension is used: which metric, its spec (when known), and whether the behavior is ML Detect. */
export interface DimensionUse {
  metric: string;
  spec: MetricSpec | undefined;
  custom: boolean;
  ml: boolean;
}

/**
 * Checks a `metricDimension`: its own members, then, when the metric is known
 * (`use`), that it can be scoped by a TOPIC_FILTER dimension (never custom
 * metrics; source-ip-address in rules behaviors only).
 */
export function validateMetricDimension(
  issues: Issues,
  path: string,
  dimension: MetricDimension,
  use: DimensionUse | undefined,
): void {
  checkString(issues, at(path, 'dimensionName'), dimension.dimensionName, STRING_SHAPES.DimensionName);
  if (dimension.operator !== undefined) {
    checkEnum(issues, at(path, 'operator'), dimension.operator, DIMENSION_VALUE_OPERATORS);
  }
  if (!use) return;
  if (use.custom) {
    report(issues, path, `custom metric ${use.metric} cannot be used with a dimension`, 'dimensionSupport');
  } else if (use.spec?.dimension === 'none') {
    report(issues, path, `${use.metric} cannot be used with a dimension`, 'dimensionSupport');
  } else if (use.spec?.dimension === 'rules' && use.ml) {
    report(
      issues,
      path,
      `${use.metric} takes a dimension in rules behaviors only, not in ML Detect`,
      'dimensionSupport',
    );
  }
}
