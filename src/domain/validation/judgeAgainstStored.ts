import { deepEqual } from '../diff/deepEqual';
import type { ValidationIssue } from '../errors';
import type { ProfileContent, UpdateSecurityProfileRequest } from '../securityProfile';
import { VALUE_ELEMENT_QUOTAS } from './validateBehaviors';
import { validateProfile } from './validateProfile';
import { validateUpdateRequest } from './validateUpdateRequest';
import { VALIDATION_RULES } from './validationRules';

// Lists whose entries are judged one by one: a behavior, a metric to retain (either spelling).
const ENTRY = /^(behaviors|additionalMetricsToRetainV2|additionalMetricsToRetain)\[(\d+)\]/;
// Members judged whole: a request either sends them as stored or changes them.
const WHOLE = /^(securityProfileDescription|alertTargets|metricsExportConfig)(?=$|[.[])/;

// A rule across both spellings of metrics to retain, reported at the deprecated one (retainSpellings).
const SPELLINGS = ['additionalMetricsToRetain', 'additionalMetricsToRetainV2'] as const;

type EntryList = 'behaviors' | 'additionalMetricsToRetainV2' | 'additionalMetricsToRetain';
type WholeMember = 'securityProfileDescription' | 'alertTargets' | 'metricsExportConfig';
type ListQuota = keyof typeof VALUE_ELEMENT_QUOTAS;

/**
 * Whether an issue's verdict depends on the stored profile: it falls under a
 * rule beyond the model, inside an entry or member a request may send exactly
 * as stored, across the two spellings of metrics to retain, or it is a quota
 * over the whole behaviors list. Such an issue is judged once the profile is
 * loaded (`issuesOfChange`); every other one can be judged on the request
 * alone, before anything is loaded.
 */
export function dependsOnStored(issue: ValidationIssue): boolean {
  if (issue.rule === undefined || VALIDATION_RULES[issue.rule].tier === 'model') return false;
  return (
    ENTRY.test(issue.path) ||
    WHOLE.test(issue.path) ||
    issue.path === SPELLINGS[0] ||
    quotaOf(issue) !== undefined
  );
}

/**
 * The issues of an UpdateSecurityProfile `request` (its own paths) that the
 * request answers for, given the `stored` content it changes. What it sends
 * exactly as stored — a behavior or metric to retain equal to a stored entry,
 * a description, alert targets or export config equal to the stored one, both
 * spellings of metrics to retain as stored — AWS
 * accepted, so it is judged by the model alone: a rule beyond the model about
 * it neither refuses the change nor warns. A quota over the whole list of
 * behaviors is the request's only when the request raises the count: a profile
 * stored over a reading's count can still be changed.
 */
export function issuesOfChange(
  issues: readonly ValidationIssue[],
  stored: ProfileContent,
  request: ProfileContent,
): ValidationIssue[] {
  return issues.filter((issue) => !dependsOnStored(issue) || !asStored(issue, stored, request));
}

/**
 * The issues of an UpdateSecurityProfile `request` that turns `stored` into
 * `next`: the request's own and those across `next`'s members, less what the
 * request sends as stored ({@link issuesOfChange}). A patch's merge and a
 * restore are judged by it.
 */
export function issuesOfUpdate(
  stored: ProfileContent,
  request: UpdateSecurityProfileRequest,
  next: ProfileContent,
): ValidationIssue[] {
  return issuesOfChange(
    [...validateUpdateRequest(request), ...validateProfile(next, request)],
    stored,
    request,
  );
}

function asStored(issue: ValidationIssue, stored: ProfileContent, request: ProfileContent): boolean {
  const entry = ENTRY.exec(issue.path);
  if (entry) {
    const list = entry[1] as EntryList;
    const sent: unknown = request[list]?.[Number(entry[2])];
    return sent !== undefined && (stored[list] ?? []).some((kept: unknown) => deepEqual(kept, sent));
  }
  const whole = WHOLE.exec(issue.path);
  if (whole) {
    const member = whole[1] as WholeMember;
    return request[member] !== undefined && deepEqual(request[member], stored[member]);
  }
  if (issue.path === SPELLINGS[0]) {
    return SPELLINGS.every(
      (member) => request[member] !== undefined && deepEqual(request[member], stored[member]),
    );
  }
  const quota = quotaOf(issue);
  if (quota !== undefined) {
    const count = VALUE_ELEMENT_QUOTAS[quota];
    return count(request.behaviors ?? []) <= count(stored.behaviors ?? []);
  }
  return false;
}

function quotaOf(issue: ValidationIssue): ListQuota | undefined {
  return issue.path === 'behaviors' &&
    issue.rule !== undefined &&
    Object.hasOwn(VALUE_ELEMENT_QUOTAS, issue.rule)
    ? (issue.rule as ListQuota)
    : undefined;
}
