/** One step of a member path: a structure member, a list position (0-based) or a map key. */
export type PathStep = { member: string } | { index: number } | { key: string };

import type { ModelShape } from './modelTypes';

/**
 * Which kind of constraint is broken: a required member missing, a length, a
 * range, a pattern or an enum of the value itself, or one of the elements of a
 * list, the keys or the values of a map (reported at the list or map).
 */
export type ViolationKind =
  'required' | 'length' | 'range' | 'pattern' | 'enum' | 'elements' | 'keys' | 'values';

/** A constraint of the model that a value breaks, as the service framework words it. */
export interface Violation {
  steps: readonly PathStep[];
  /** The value as the client sent it (undefined for a missing required member). */
  value: unknown;
  kind: ViolationKind;
  /** The shape whose constraint is broken (for elements, keys and values: theirs). */
  shape: ModelShape | undefined;
  /** `Member must …`, `Map keys must satisfy constraint: […]`, … */
  constraint: string;
}

/**
 * The framework's spelling of a path: members joined by dots, list positions
 * 1-based and followed by `member`, map keys followed by `member`
 * (`behaviors.1.member.criteria.value.count`, `alertTargets.SNS.member.roleArn`).
 */
export function awsPath(steps: readonly PathStep[]): string {
  return steps
    .map((step) =>
      'member' in step ? step.member : 'index' in step ? `${step.index + 1}.member` : `${step.key}.member`,
    )
    .join('.');
}

/** A value as Java prints it in the framework's messages: lists `[a, b]`, maps and structures `{k=v}`. */
export function javaString(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(javaString).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.map(([k, v]) => `${k}=${javaString(v)}`).join(', ')}}`;
  }
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean'
    ? String(value)
    : '';
}

/**
 * The InvalidRequestException message of the framework's validation, as AWS
 * sends it: `2 validation errors detected: Value 'x' at 'a.b' failed to satisfy
 * constraint: Member must …; Value null at 'c' failed to satisfy constraint: Member must not be null`.
 */
export function frameworkMessage(violations: readonly Violation[]): string {
  const count = `${violations.length} validation error${violations.length === 1 ? '' : 's'} detected`;
  const each = violations.map(
    (v) =>
      `Value ${v.value === undefined || v.value === null ? 'null' : `'${javaString(v.value)}'`} at '${awsPath(v.steps)}' failed to satisfy constraint: ${v.constraint}`,
  );
  return `${count}: ${each.join('; ')}`;
}
