import type { Actor } from '../../domain/actor';
import { authorizeRead } from '../../domain/authorization/authorizeChange';
import { ProfileNotFoundError } from '../../domain/errors';
import { IOT_CALLS } from '../../domain/budget/shareOf';
import type { SecurityProfileStore } from '../ports';
import type { ReadDependencies } from './readDependencies';

/**
 * The targets a profile is attached to, for a caller who may read the profile
 * (its owner team, admins, auditors); undefined when it does not exist, and
 * when the caller may not read it (no existence oracle). The targets are read
 * beside the profile and dropped unread when the caller may not see them.
 */
export async function listSecurityProfileTargets(
  deps: Pick<ReadDependencies, 'policies' | 'fairShare'> & {
    store: Pick<SecurityProfileStore, 'load' | 'listTargets'>;
  },
  actor: Actor,
  securityProfileName: string,
): Promise<string[] | undefined> {
  // The policy first (it is cached): an unusable one fails the call whether the profile exists or not.
  const policy = await deps.policies.get();
  // The calls come from the caller's share, taken beside them, as a read's: a spent share answers THROTTLED.
  const read = await deps.fairShare.beside(actor, IOT_CALLS.targets, () =>
    Promise.allSettled([deps.store.load(securityProfileName), deps.store.listTargets(securityProfileName)]),
  );
  if (read.status === 'rejected') throw read.reason;
  const [loaded, targets] = read.value;
  if (loaded.status === 'rejected') {
    if (loaded.reason instanceof ProfileNotFoundError) return undefined;
    throw loaded.reason;
  }
  if (!authorizeRead(actor, loaded.value, policy).allowed) return undefined;
  if (targets.status === 'rejected') throw targets.reason;
  return targets.value;
}
