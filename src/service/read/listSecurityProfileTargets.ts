import type { Actor } from '../../domain/actor';
import { authorizeRead } from '../../domain/authorization/authorizeChange';
import { ProfileNotFoundError } from '../../domain/errors';
import type { SecurityProfileStore, TeamPolicySource } from '../ports';

/**
 * The targets a profile is attached to, for a caller who may read the profile
 * (its owner team, admins, auditors); undefined when it does not exist, and
 * when the caller may not read it (no existence oracle). The targets are read
 * beside the profile and dropped unread when the caller may not see them.
 */
export async function listSecurityProfileTargets(
  deps: { store: Pick<SecurityProfileStore, 'load' | 'listTargets'>; policies: TeamPolicySource },
  actor: Actor,
  securityProfileName: string,
): Promise<string[] | undefined> {
  // The policy first (it is cached): an unusable one fails the call whether the profile exists or not.
  const policy = await deps.policies.get();
  const [loaded, targets] = await Promise.allSettled([
    deps.store.load(securityProfileName),
    deps.store.listTargets(securityProfileName),
  ]);
  if (loaded.status === 'rejected') {
    if (loaded.reason instanceof ProfileNotFoundError) return undefined;
    throw loaded.reason;
  }
  if (!authorizeRead(actor, loaded.value, policy).allowed) return undefined;
  if (targets.status === 'rejected') throw targets.reason;
  return targets.value;
}
