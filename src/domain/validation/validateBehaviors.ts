import type { ValidationIssue } from '../errors';
import type { Behavior } from '../securityProfile';
import { at, report, type Issues } from './checks';
import { LIST_LIMITS } from './constraints';
import { validateBehavior } from './validateBehavior';
import { countValueElements } from './validateMetricValue';
import type { RuleId } from './validationRules';

/**
 * Checks a list of behaviors as one profile holds them: each behavior, then the
 * profile-wide rules (at most 100 behaviors and 1000 value elements; the
 * readings of unique names, of ML Detect and rules not mixed, and of the
 * custom metrics' sets counted toward the 1000). Paths start at `pathPrefix` (`behaviors[1].…`).
 */
export function validateBehaviors(behaviors: Behavior[], pathPrefix = 'behaviors'): ValidationIssue[] {
  const issues: Issues = [];
  if (behaviors.length > LIST_LIMITS.behaviors) {
    report(
      issues,
      pathPrefix,
      `holds ${behaviors.length} behaviors; a security profile allows at most ${LIST_LIMITS.behaviors}`,
      'modelLength',
    );
  }
  behaviors.forEach((behavior, index) => validateBehavior(issues, at(pathPrefix, index), behavior));
  checkUniqueNames(issues, behaviors, pathPrefix);
  checkNotMixed(issues, behaviors, pathPrefix);
  checkValueElements(issues, behaviors, pathPrefix);
  return issues;
}

function checkUniqueNames(issues: Issues, behaviors: Behavior[], pathPrefix: string): void {
  const firstIndex = new Map<string, number>();
  behaviors.forEach((behavior, index) => {
    const first = firstIndex.get(behavior.name);
    if (first === undefined) {
      firstIndex.set(behavior.name, index);
    } else {
      report(
        issues,
        at(at(pathPrefix, index), 'name'),
        `duplicates ${at(pathPrefix, first)}.name ${JSON.stringify(behavior.name)}; behavior names must be unique within a profile`,
        'uniqueBehaviorNames',
      );
    }
  });
}

function checkNotMixed(issues: Issues, behaviors: Behavior[], pathPrefix: string): void {
  const withCriteria = behaviors.map((b, index) => ({
    index,
    ml: b.criteria?.mlDetectionConfig !== undefined,
    has: b.criteria !== undefined,
  }));
  const first = withCriteria.find((b) => b.has);
  if (!first) return;
  const odd = withCriteria.find((b) => b.has && b.ml !== first.ml);
  if (!odd) return;
  const kind = (ml: boolean): string => (ml ? 'ML Detect' : 'rules-based');
  report(
    issues,
    at(at(pathPrefix, odd.index), 'criteria'),
    `is ${kind(odd.ml)} but ${at(pathPrefix, first.index)} is ${kind(first.ml)}; a profile's behaviors are either all ML Detect or all rules-based`,
    'mlOrRulesProfile',
  );
}

/** The quotas over a whole list of behaviors that can be reported at the list's own path, each with how it counts. */
export const VALUE_ELEMENT_QUOTAS = {
  valueElementQuota: (behaviors: readonly Behavior[]) => valueElements(behaviors, false),
  customValueElementQuota: (behaviors: readonly Behavior[]) => valueElements(behaviors, true),
} as const satisfies Partial<Record<RuleId, (behaviors: readonly Behavior[]) => number>>;

function valueElements(behaviors: readonly Behavior[], withCustomSets: boolean): number {
  return behaviors.reduce((sum, b) => sum + countValueElements(b.criteria?.value, withCustomSets), 0);
}

/**
 * The quota of 1000 value elements: counted as AWS documents it (counts,
 * numbers, CIDRs, ports) it refuses; counting the custom metrics' `numbers`
 * and `strings` as well is a reading, reported only when the documented count
 * is within the quota.
 */
function checkValueElements(issues: Issues, behaviors: Behavior[], pathPrefix: string): void {
  const limit = LIST_LIMITS.valueElements;
  const documented = VALUE_ELEMENT_QUOTAS.valueElementQuota(behaviors);
  if (documented > limit) {
    report(
      issues,
      pathPrefix,
      `hold ${documented} metric value elements (counts, numbers, CIDRs, ports); a security profile allows at most ${limit}`,
      'valueElementQuota',
    );
    return;
  }
  const withCustomSets = VALUE_ELEMENT_QUOTAS.customValueElementQuota(behaviors);
  if (withCustomSets > limit) {
    report(
      issues,
      pathPrefix,
      `hold ${withCustomSets} metric value elements counting the custom metrics' numbers and strings; a security profile allows at most ${limit}`,
      'customValueElementQuota',
    );
  }
}
