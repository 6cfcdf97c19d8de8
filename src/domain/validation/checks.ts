import type { ValidationIssue } from '../errors';
import type { RangeConstraint, StringConstraint } from './constraints';
import type { RuleId } from './validationRules';

/** Where validators collect what is wrong; each check appends and never throws. */
export type Issues = ValidationIssue[];

/** `behaviors` + 1 → `behaviors[1]`; `criteria` under `behaviors[1]` → `behaviors[1].criteria`. */
export function at(path: string, member: string | number): string {
  if (typeof member === 'number') return `${path}[${member}]`;
  return path ? `${path}.${member}` : member;
}

/** Appends one issue under the rule it breaks (whose tier decides whether it refuses or warns). */
export function report(issues: Issues, path: string, message: string, rule: RuleId): void {
  issues.push({ path, message, rule });
}

/**
 * Checks a string against a shape: length in code points, then the full-matched
 * pattern, each under the shape's rules (the model's, unless the shape says otherwise).
 */
export function checkString(issues: Issues, path: string, value: string, shape: StringConstraint): void {
  const length = [...value].length;
  const lengthRule = shape.rule ?? 'modelLength';
  if (shape.min !== undefined && length < shape.min) {
    report(issues, path, `must be at least ${shape.min} characters long (got ${length})`, lengthRule);
    return;
  }
  if (shape.max !== undefined && length > shape.max) {
    report(issues, path, `must be at most ${shape.max} characters long (got ${length})`, lengthRule);
    return;
  }
  if (shape.regex && !shape.regex.test(value)) {
    report(
      issues,
      path,
      `must match the pattern ${shape.pattern ?? ''} (got ${quote(value)})`,
      shape.rule ?? 'modelPattern',
    );
  }
}

/** Checks that a number is an integer within an inclusive range of the model. */
export function checkInteger(
  issues: Issues,
  path: string,
  value: number,
  range: RangeConstraint<number>,
): void {
  if (!Number.isInteger(value)) {
    report(issues, path, `must be an integer (got ${value})`, 'modelRange');
  } else if (value < range.min || value > range.max) {
    report(issues, path, `must be between ${range.min} and ${range.max} (got ${value})`, 'modelRange');
  }
}

/** Checks that a 64-bit integer is within an inclusive range of the model. */
export function checkLong(issues: Issues, path: string, value: bigint, range: RangeConstraint<bigint>): void {
  if (value < range.min || value > range.max) {
    report(issues, path, `must be between ${range.min} and ${range.max} (got ${value})`, 'modelRange');
  }
}

/** Checks that a `double` is a finite number (JSON has no NaN or Infinity). */
export function checkFinite(issues: Issues, path: string, value: number): void {
  if (!Number.isFinite(value)) report(issues, path, `must be a finite number (got ${value})`, 'modelRange');
}

/** Checks that a value is one of a model enum's spellings. */
export function checkEnum(issues: Issues, path: string, value: string, allowed: readonly string[]): void {
  if (!allowed.includes(value))
    report(issues, path, `must be one of ${allowed.join(', ')} (got ${quote(value)})`, 'modelEnum');
}

/** Shows a user value in a message, shortened so a huge input does not make a huge message. */
export function quote(value: string): string {
  const shown = value.length > 64 ? `${value.slice(0, 64)}…` : value;
  return JSON.stringify(shown);
}
