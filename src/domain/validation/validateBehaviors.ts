import type { ValidationIssue } from '../errors';
import type { Behavior } from '../securityProfile';
import { at, report, type Issues } from './checks';
import { LIST_LIMITS } from './constraints';
import { validateBehavior } from './validateBehavior';
import { countValueElements } from './validateMetricValue';

/**
 * Checks a list of behaviors as one profile holds them: each behavior, then the
 * profile-wide rules (at most 100 behaviors and 1000 value elements; the
 * readings of unique names and of ML Detect and rules not mixed). Paths start at `pathPrefix` (`behaviors[1].…`).
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
  const elements = behaviors.reduce((sum, b) => sum + countValueElements(b.criteria?.value), 0);
  if (elements > LIST_LIMITS.valueElements) {
    report(
      issues,
      pathPrefix,
      `hold ${elements} metric value elements (counts, CIDRs, ports, numbers, strings); a security profile allows at most ${LIST_LIMITS.valueElements}`,
      'valueElementQuota',
    );
  }
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
