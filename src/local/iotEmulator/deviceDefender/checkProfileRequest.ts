import type { Behavior, MetricToRetain, MetricValue } from '../../../domain/securityProfile';
import { BUILT_IN_METRICS } from './builtInMetrics';
import { checkBehaviors, dimensionUseProblem, metricNameProblem } from './checkBehaviors';

/** The content members CreateSecurityProfile and UpdateSecurityProfile share, as the model reads them. */
export interface ProfileRequest {
  behaviors?: Behavior[];
  alertTargets?: Record<string, unknown>;
  additionalMetricsToRetain?: string[];
  additionalMetricsToRetainV2?: MetricToRetain[];
  deleteBehaviors?: boolean;
  deleteAlertTargets?: boolean;
  deleteAdditionalMetricsToRetain?: boolean;
}

/** "Behavior metric value elements per security profile": 1000 (Device Defender quotas). */
const MAX_VALUE_ELEMENTS = 1000;

/**
 * Device Defender's checks of a create or update request, after the model's:
 * the behaviors, the metrics to retain, the value-element quota and the
 * delete flags. Answers the problems in the handler's words; IoT stops at the
 * first, and so does the emulator.
 */
export function checkProfileRequest(request: ProfileRequest): string[] {
  const problems = checkBehaviors(request.behaviors ?? []);
  const elements = (request.behaviors ?? []).reduce((sum, b) => sum + valueElements(b.criteria?.value), 0);
  if (elements > MAX_VALUE_ELEMENTS) {
    problems.push(
      `behaviors hold ${elements} metric value elements; a security profile allows at most ${MAX_VALUE_ELEMENTS}`,
    );
  }
  for (const metric of request.additionalMetricsToRetain ?? []) {
    const problem = metricNameProblem(metric);
    if (problem) problems.push(`Additional metric to retain ${metric} is malformed. ${problem}`);
  }
  for (const entry of request.additionalMetricsToRetainV2 ?? []) {
    const problem = metricToRetainProblem(entry);
    if (problem) problems.push(`Metric to retain ${entry.metric} is malformed. ${problem}`);
  }
  problems.push(...deleteFlagProblems(request));
  return problems;
}

function metricToRetainProblem(entry: MetricToRetain): string | undefined {
  const nameProblem = metricNameProblem(entry.metric);
  if (nameProblem || !entry.metricDimension) return nameProblem;
  const builtIn = Object.hasOwn(BUILT_IN_METRICS, entry.metric) ? BUILT_IN_METRICS[entry.metric] : undefined;
  return dimensionUseProblem(entry.metric, builtIn, false);
}

/**
 * "If true, delete all behaviors defined for this security profile. If any
 * behaviors are defined in the current invocation, an exception occurs." — the
 * model says so of deleteBehaviors, deleteAlertTargets and
 * deleteAdditionalMetricsToRetain (of the deprecated list it names). An empty
 * list or map defines none.
 */
function deleteFlagProblems(request: ProfileRequest): string[] {
  const pairs = [
    ['deleteBehaviors', 'behaviors', request.deleteBehaviors, request.behaviors?.length],
    [
      'deleteAlertTargets',
      'alertTargets',
      request.deleteAlertTargets,
      Object.keys(request.alertTargets ?? {}).length,
    ],
    [
      'deleteAdditionalMetricsToRetain',
      'additionalMetricsToRetain',
      request.deleteAdditionalMetricsToRetain,
      request.additionalMetricsToRetain?.length,
    ],
  ] as const;
  return pairs
    .filter(([, , flag, size]) => flag === true && (size ?? 0) > 0)
    .map(([flag, member]) => `${flag} cannot be true while ${member} are defined in the same request`);
}

/** Counts as the quota does: a count or number is one element, a set each of its members. */
function valueElements(value: MetricValue | undefined): number {
  if (!value) return 0;
  const scalars = (value.count !== undefined ? 1 : 0) + (value.number !== undefined ? 1 : 0);
  const lists = [value.cidrs, value.ports, value.numbers, value.strings];
  return lists.reduce((sum, list) => sum + (list?.length ?? 0), scalars);
}
