import type { ValidationIssue } from '../errors';
import type { Warning } from '../warning';
import { refuses } from './validationRules';

/** A validation's issues sorted by what they do: refuse the request, or warn and let IoT decide. */
export interface Judgement {
  refusals: ValidationIssue[];
  warnings: Warning[];
}

/** Sorts issues by their rule's tier: model, confirmed and the gateway's own rules refuse; readings warn. */
export function judgeIssues(issues: readonly ValidationIssue[]): Judgement {
  const refusals: ValidationIssue[] = [];
  const warnings: Warning[] = [];
  for (const issue of issues) {
    if (refuses(issue.rule)) refusals.push(issue);
    else warnings.push(readingWarning(issue));
  }
  return { refusals, warnings };
}

function readingWarning(issue: ValidationIssue): Warning {
  const where = issue.path ? `${issue.path}: ` : '';
  return {
    code: 'UNCONFIRMED_RULE',
    message: `${where}${issue.message} — a reading no AWS source confirms (${issue.rule ?? 'unnamed'}); IoT decides.`,
    ...(issue.path && { field: issue.path }),
  };
}
