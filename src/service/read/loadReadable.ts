import type { Actor } from '../../domain/actor';
import { assertAllowed, authorizeRead } from '../../domain/authorization/authorizeChange';
import { ProfileNotFoundError } from '../../domain/errors';
import type { LoadedProfile } from '../../domain/securityProfile';
import type { ReadDependencies } from './readDependencies';

/**
 * The profile, for a caller allowed to read it (its owner team and admins);
 * undefined when it does not exist. Rejects with AuthorizationError otherwise.
 */
export async function loadReadable(
  deps: Pick<ReadDependencies, 'store' | 'policies'>,
  actor: Actor,
  securityProfileName: string,
): Promise<LoadedProfile | undefined> {
  try {
    const loaded = await deps.store.load(securityProfileName);
    const policy = await deps.policies.get();
    assertAllowed(authorizeRead(actor, loaded, policy));
    return loaded;
  } catch (error) {
    if (error instanceof ProfileNotFoundError) return undefined;
    throw error;
  }
}
