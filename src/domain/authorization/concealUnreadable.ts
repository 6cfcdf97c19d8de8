import type { Actor } from '../actor';
import { HiddenProfileError } from '../errors';
import type { LoadedProfile } from '../securityProfile';
import { assertAllowed, authorizeRead, type AuthorizationDecision } from './authorizeChange';
import type { TeamPolicy } from './teamPolicy';

/**
 * No existence oracle: a refusal of a caller who may not even read the
 * profile becomes HiddenProfileError, which answers NOT_FOUND as a missing
 * profile does, so the caller learns nothing of a profile it may not see. A
 * caller who may read it (its owner team, admins, auditors) is told the rule.
 * Throws; returns when the decision allows the call.
 */
export function assertAllowedOrHidden(
  actor: Actor,
  loaded: LoadedProfile | undefined,
  policy: TeamPolicy,
  decision: AuthorizationDecision,
): void {
  if (decision.allowed) return;
  if (loaded && !authorizeRead(actor, loaded, policy).allowed) {
    throw new HiddenProfileError(loaded.profile.securityProfileName, {
      rule: decision.rule,
      message: decision.message,
    });
  }
  assertAllowed(decision);
}
