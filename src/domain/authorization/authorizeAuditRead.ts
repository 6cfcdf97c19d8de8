import type { Actor } from '../actor';
import type { AuditEvent, AuditOutcome } from '../auditEvent';
import { isAdmin, isAuditor } from './isAdmin';
import type { TeamPolicy } from './teamPolicy';

/**
 * Which events of a trail a caller may read: all of them (admins and
 * auditors), or those of profiles owned by one of the caller's teams when the
 * event happened.
 */
export type AuditReadScope = { everything: true } | { everything: false; ownerTeams: readonly string[] };

/** The events `actor` may read, from the teams it belongs to and the policy in force. */
export function auditReadScope(actor: Actor, policy: TeamPolicy): AuditReadScope {
  if (isAdmin(actor.teams, policy) || isAuditor(actor.teams, policy)) return { everything: true };
  return { everything: false, ownerTeams: actor.teams };
}

/**
 * May a caller with this scope read `event`? Admins and auditors read every
 * event; anyone else an event of a profile that one of their teams owned when
 * it happened (and, for an event that moved the profile to another owner, the
 * team it moved from). Who owns the name now does not matter: a re-created or
 * transferred profile does not hand its history to its new owner, and the last
 * owner of a deleted profile still reads its trail. An event that names no
 * owner (a call refused before its profile was loaded) is for admins and
 * auditors only; its caller sees it through {@link ownView}.
 */
export function mayReadEvent(scope: AuditReadScope, event: AuditEvent): boolean {
  if (scope.everything) return true;
  return [event.ownerTeam, event.previousOwnerTeam].some(
    (team) => team !== undefined && scope.ownerTeams.includes(team),
  );
}

/**
 * An event as its own caller may see it when the caller may not read the
 * profile: what the caller sent, when, how it ended and why, and nothing of
 * the profile (content, versions, diff, owner, ARN). A refusal the caller was
 * answered NOT_FOUND reads as it was answered, the same as the event of a
 * call on a profile that does not exist.
 */
export function ownView(event: AuditEvent): AuditEvent {
  const own: AuditEvent = { ...event, changes: [] };
  for (const fact of PROFILE_FACTS) delete own[fact];
  if (event.denial) own.outcome = NOT_FOUND_OUTCOME;
  return own;
}

/** The outcome of a call that found no profile (`ERROR_TABLE.NOT_FOUND`; a test keeps them equal). */
export const NOT_FOUND_OUTCOME = 'FAILED' satisfies AuditOutcome;

const PROFILE_FACTS = [
  'before',
  'after',
  'versionBefore',
  'versionAfter',
  'securityProfileArn',
  'incarnation',
  'ownerTeam',
  'previousOwnerTeam',
  'reconciliation',
  'denial',
] as const satisfies readonly (keyof AuditEvent)[];
