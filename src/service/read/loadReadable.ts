import type { Actor } from '../../domain/actor';
import { authorizeRead } from '../../domain/authorization/authorizeChange';
import { ProfileNotFoundError } from '../../domain/errors';
import type { LoadedProfile } from '../../domain/securityProfile';
import type { ReadDependencies } from './readDependencies';

/**
 * The profile, for a caller allowed to read it (its owner team, admins and
 * auditors); undefined when it does not exist, and when the caller may not
 * read it, so that the answer is the same whether it exists or not.
 */
export async function loadReadable(
  deps: Pick<ReadDependencies, 'store' | 'policies'>,
  actor: Actor,
  securityProfileName: string,
): Promise<LoadedProfile | undefined> {
  // The policy first (it is cached): an unusable one fails the call whether the profile exists or not.
  const policy = await deps.policies.get();
  try {
    const loaded = await deps.store.load(securityProfileName);
    return authorizeRead(actor, loaded, policy).allowed ? loaded : undefined;
  } catch (error) {
    if (error instanceof ProfileNotFoundError) return undefined;
    throw error;
  }
}
