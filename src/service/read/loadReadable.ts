import type { Actor } from '../../domain/actor';
import { authorizeRead } from '../../domain/authorization/authorizeChange';
import { IOT_CALLS } from '../../domain/budget/shareOf';
import { ProfileNotFoundError } from '../../domain/errors';
import type { LoadedProfile } from '../../domain/securityProfile';
import type { ReadDependencies } from './readDependencies';

/**
 * The profile, for a caller allowed to read it (its owner team, admins and
 * auditors); undefined when it does not exist, and when the caller may not
 * read it, so that the answer is the same whether it exists or not.
 */
export async function loadReadable(
  deps: Pick<ReadDependencies, 'store' | 'policies' | 'fairShare'>,
  actor: Actor,
  securityProfileName: string,
): Promise<LoadedProfile | undefined> {
  // The policy first (it is cached): an unusable one fails the call whether the profile exists or not.
  const policy = await deps.policies.get();
  // The load's calls come from the caller's share, taken beside it: a spent share answers THROTTLED.
  const loaded = await deps.fairShare.beside(actor, IOT_CALLS.read, () =>
    deps.store.load(securityProfileName),
  );
  if (loaded.status === 'rejected') {
    if (loaded.reason instanceof ProfileNotFoundError) return undefined;
    throw loaded.reason;
  }
  return authorizeRead(actor, loaded.value, policy).allowed ? loaded.value : undefined;
}
