import type { Behavior } from '../securityProfile';
import { judgeIssues } from './judgeIssues';
import { validateBehaviors } from './validateBehaviors';

/** One finding about a field: where (`behaviors[1].criteria`) and what. */
export interface FieldMessage {
  field: string;
  message: string;
}

/** What the gateway makes of a list of behaviors on its own: what it would refuse, what it would only warn of. */
export interface BehaviorsJudgement {
  /** No refusal (warnings allowed): IoT would be asked. */
  valid: boolean;
  errors: FieldMessage[];
  warnings: FieldMessage[];
}

/**
 * Judges a list of behaviors by every rule, tiers applied: model and
 * confirmed rules are errors, unconfirmed readings warnings (docs/validation-rules.md).
 * For ValidateSecurityProfileBehaviors-like uses; a change judges its behaviors the same way.
 */
export function judgeBehaviors(behaviors: Behavior[], pathPrefix = 'behaviors'): BehaviorsJudgement {
  const { refusals, warnings } = judgeIssues(validateBehaviors(behaviors, pathPrefix));
  return {
    valid: refusals.length === 0,
    errors: refusals.map((issue) => ({ field: issue.path, message: issue.message })),
    warnings: warnings.map((warning) => ({ field: warning.field ?? '', message: warning.message })),
  };
}
