import type { Actor } from '../../domain/actor';
import { IOT_CALLS } from '../../domain/budget/shareOf';
import { ValidationError } from '../../domain/errors';
import { LIST_LIMITS } from '../../domain/validation/constraints';
import type { Behavior } from '../../domain/securityProfile';
import { judgeBehaviors, type FieldMessage } from '../../domain/validation';
import type { SecurityProfileStore } from '../ports';
import type { ReadDependencies } from './readDependencies';

type ValidateDependencies = Pick<ReadDependencies, 'fairShare'> & {
  store: Pick<SecurityProfileStore, 'validateBehaviors'>;
};

/** The verdict on a list of behaviors: the gateway's rules and IoT's ValidateSecurityProfileBehaviors. */
export interface BehaviorsValidation {
  /** Neither the gateway nor IoT found an error. */
  valid: boolean;
  errors: FieldMessage[];
  /** What readings no AWS source confirms found: IoT decides on them. */
  warnings: FieldMessage[];
}

/**
 * Judges behaviors of no profile in particular (one that does not exist yet,
 * or changes not made yet): the gateway's rules in their tiers, then IoT's
 * own verdict, which may know more. IoT's messages are placed on the field
 * they name where they name one; an error IoT reports on a field the gateway
 * already found wrong is not repeated. Changes nothing; not audited; IoT's
 * call comes from the caller's share of IoT.
 */
export async function validateBehaviors(
  deps: ValidateDependencies,
  actor: Actor,
  behaviors: Behavior[],
): Promise<BehaviorsValidation> {
  const gateway = judgeBehaviors(behaviors);
  // More behaviors than the model allows: IoT refuses the list as the gateway did, so it is not asked.
  if (behaviors.length > LIST_LIMITS.behaviors)
    return { valid: false, errors: gateway.errors, warnings: gateway.warnings };
  const asked = await deps.fairShare.beside(actor, IOT_CALLS.validate, () => iotErrors(deps, behaviors));
  if (asked.status === 'rejected') throw asked.reason;
  const iot = asked.value;
  const known = new Set(gateway.errors.map((error) => error.field));
  const errors = [...gateway.errors, ...iot.filter((error) => !known.has(error.field))];
  return { valid: errors.length === 0, errors, warnings: gateway.warnings };
}

async function iotErrors(
  deps: { store: Pick<SecurityProfileStore, 'validateBehaviors'> },
  behaviors: Behavior[],
): Promise<FieldMessage[]> {
  try {
    const verdict = await deps.store.validateBehaviors(behaviors);
    const errors = verdict.errors.map((issue) => ({ field: issue.path, message: issue.message }));
    if (verdict.valid || errors.length > 0) return errors;
    return [{ field: 'behaviors', message: 'IoT found the behaviors invalid and named no problem' }];
  } catch (error) {
    // IoT refused the request itself (more than 100 behaviors, a type it cannot read): its findings.
    if (!(error instanceof ValidationError)) throw error;
    return error.issues.map((issue) => ({ field: issue.path, message: issue.message }));
  }
}
