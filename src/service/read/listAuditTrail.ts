import type { Actor } from '../../domain/actor';
import { isAdmin } from '../../domain/authorization/isAdmin';
import { AuthorizationError } from '../../domain/errors';
import type { CallContext } from '../callContext';
import type { AuditPage, PageRequest } from '../ports';
import { loadReadable } from './loadReadable';
import type { ReadDependencies } from './readDependencies';

/** The audit trail of one profile, newest first, for its owner team and admins. */
export async function listAuditTrail(
  deps: ReadDependencies,
  ctx: CallContext,
  securityProfileName: string,
  page: PageRequest,
): Promise<AuditPage> {
  const loaded = await loadReadable(deps, ctx.actor, securityProfileName);
  if (!loaded) await requireAdminForDeleted(deps, ctx.actor, securityProfileName);
  return deps.trail.listByProfile(securityProfileName, page);
}

/** A deleted profile has no owner tag left to ask: only admins read its history. */
async function requireAdminForDeleted(
  deps: Pick<ReadDependencies, 'policies'>,
  actor: Actor,
  securityProfileName: string,
): Promise<void> {
  const policy = await deps.policies.get();
  if (isAdmin(actor.teams, policy)) return;
  throw new AuthorizationError(
    'ADMIN_ONLY_UNOWNED',
    undefined,
    `security profile '${securityProfileName}' does not exist (any more); only an admin team may read its audit trail`,
  );
}
