import { auditReadScope, mayReadEvent } from '../../domain/authorization/authorizeAuditRead';
import type { CallContext } from '../callContext';
import type { AuditPage, PageRequest } from '../ports';
import type { ReadDependencies } from './readDependencies';

/** Which trail of a profile name: one incarnation of it, or all of them. */
export interface TrailSelection {
  /** The incarnation's `creationDate`; undefined lists every incarnation. */
  creationDate?: Date;
}

/**
 * The audit trail of one profile name, newest first, holding only the events
 * the caller may read (`mayReadEvent`): admins and auditors read them all,
 * anyone else those of the times one of their teams owned the profile. It
 * does not ask IoT who owns the name today, so the answer is the same whether
 * the profile exists, was deleted, or was re-created for another team.
 */
export async function listAuditTrail(
  deps: Pick<ReadDependencies, 'policies' | 'trail'>,
  ctx: CallContext,
  securityProfileName: string,
  page: PageRequest,
  selection: TrailSelection = {},
): Promise<AuditPage> {
  const scope = auditReadScope(ctx.actor, await deps.policies.get());
  const listed = await deps.trail.listByProfile(securityProfileName, page, {
    ...(selection.creationDate && { creationDate: selection.creationDate.toISOString() }),
    ...(!scope.everything && { ownerTeams: scope.ownerTeams }),
  });
  // The trail filtered already; the rule is applied again here, where it is decided.
  return { ...listed, edges: listed.edges.filter(({ event }) => mayReadEvent(scope, event)) };
}
