import { auditReadScope, mayReadEvent, ownView } from '../../domain/authorization/authorizeAuditRead';
import type { CallContext } from '../callContext';
import type { AuditPage, PageRequest } from '../ports';
import type { ReadDependencies } from './readDependencies';

/**
 * The caller's own audit events, newest first. An event on a profile the
 * caller may not read (a refused change of another team's profile) is shown
 * as `ownView`: what the caller sent and how it ended, nothing of the profile.
 */
export async function listMyAuditEvents(
  deps: Pick<ReadDependencies, 'policies' | 'trail'>,
  ctx: CallContext,
  page: PageRequest,
): Promise<AuditPage> {
  const [policy, listed] = await Promise.all([
    deps.policies.get(),
    deps.trail.listByActor(ctx.actor.subject, page),
  ]);
  const scope = auditReadScope(ctx.actor, policy);
  return {
    ...listed,
    edges: listed.edges.map(({ cursor, event }) => ({
      cursor,
      event: mayReadEvent(scope, event) ? event : ownView(event),
    })),
  };
}
