import type { CallContext } from '../callContext';
import type { AuditPage, PageRequest } from '../ports';
import type { ReadDependencies } from './readDependencies';

/** The caller's own audit events, newest first. */
export function listMyAuditEvents(
  deps: Pick<ReadDependencies, 'trail'>,
  ctx: CallContext,
  page: PageRequest,
): Promise<AuditPage> {
  return deps.trail.listByActor(ctx.actor.subject, page);
}
