import { listingSelection } from '../../domain/authorization/authorizeListing';
import type { CallContext } from '../callContext';
import type { CataloguePage, PageRequest, ProfileCatalogue } from '../ports';
import type { ReadDependencies } from './readDependencies';

/**
 * The profiles the caller may read, by name, from the catalogue: one query per
 * team listed (one for admins and auditors), however many profiles the account
 * holds. The full profile is read from IoT only when asked for (`describe`).
 */
export async function listSecurityProfiles(
  deps: Pick<ReadDependencies, 'policies'> & { catalogue: Pick<ProfileCatalogue, 'list'> },
  ctx: CallContext,
  ownerTeam: string | undefined,
  page: PageRequest,
): Promise<CataloguePage> {
  const policy = await deps.policies.get();
  return deps.catalogue.list(listingSelection(ctx.actor, policy, ownerTeam), page);
}
