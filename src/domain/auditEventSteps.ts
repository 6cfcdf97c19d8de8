import type { AuditEvent, AuditOutcome, FieldChange } from './auditEvent';
import { ownerTeam } from './authorization/authorizeChange';
import { GatewayError, HiddenProfileError } from './errors';
import { incarnationOf } from './incarnation';
import type { LoadedProfile, SecurityProfile } from './securityProfile';

/**
 * The audit event of one call, built step by step as the change pipeline
 * learns more. Each step returns a new event and leaves its argument as it
 * was, so the intent written before the change never shares state with the
 * outcome written after it.
 */

/** What is known when a call reaches the pipeline, before anything is loaded. */
export type NewAuditEvent = Pick<
  AuditEvent,
  'eventId' | 'time' | 'request' | 'actor' | 'operation' | 'securityProfileName' | 'input'
> &
  Pick<AuditEvent, 'restoredEventId'>;

/** A PENDING event for a call: the audit intent. */
export function pendingEvent(call: NewAuditEvent): AuditEvent {
  return {
    eventId: call.eventId,
    time: call.time,
    request: call.request,
    actor: call.actor,
    operation: call.operation,
    securityProfileName: call.securityProfileName,
    outcome: 'PENDING',
    attempts: 0,
    changes: [],
    input: call.input,
    ...(call.restoredEventId !== undefined && { restoredEventId: call.restoredEventId }),
  };
}

/**
 * Whose profile an attempt loaded: its ARN, incarnation and owner team, which
 * decide who may read the event. Nothing of its content: a caller who may
 * not read the profile must not find it in the event of a refused call.
 * Unchanged when there is no profile (as for a create).
 */
export function withOwner(event: AuditEvent, loaded: LoadedProfile | undefined): AuditEvent {
  if (!loaded) return event;
  const next: AuditEvent = { ...event, securityProfileArn: loaded.profile.securityProfileArn };
  const incarnation = incarnationOf(loaded.profile);
  const owner = ownerTeam(loaded);
  // Each attempt reloads: a tag removed since the last attempt must not linger.
  delete next.incarnation;
  delete next.ownerTeam;
  if (incarnation) next.incarnation = incarnation;
  if (owner !== undefined) next.ownerTeam = owner;
  return next;
}

/**
 * The profile an attempt starts from, once the caller was authorized to
 * change it: its content and version join the event (with whose it is, see
 * {@link withOwner}). Unchanged when there is no profile.
 */
export function withLoaded(event: AuditEvent, loaded: LoadedProfile | undefined): AuditEvent {
  if (!loaded) return event;
  return { ...withOwner(event, loaded), before: loaded.profile, versionBefore: loaded.profile.version };
}

/** The number of IoT writes made so far. */
export function withAttempts(event: AuditEvent, attempts: number): AuditEvent {
  return { ...event, attempts };
}

/**
 * The change is done: the profile it left (none after a delete) and the field
 * changes. A profile the call created gives the event its ARN and incarnation.
 */
export function succeeded(
  event: AuditEvent,
  after: SecurityProfile | undefined,
  changes: FieldChange[],
): AuditEvent {
  const incarnation = after && !event.incarnation ? incarnationOf(after) : undefined;
  return {
    ...event,
    outcome: 'SUCCEEDED',
    ...(after && { after, versionAfter: after.version }),
    ...(incarnation && { securityProfileArn: incarnation.securityProfileArn, incarnation }),
    changes,
  };
}

/**
 * The owner a change gave the profile (a create, a transfer): its team reads
 * the event from now on, and the owner before, when there was another one,
 * keeps reading it as `previousOwnerTeam`.
 */
export function withNewOwner(event: AuditEvent, owner: { team: string | undefined }): AuditEvent {
  const next: AuditEvent = { ...event };
  delete next.ownerTeam;
  delete next.previousOwnerTeam;
  if (event.ownerTeam !== undefined && event.ownerTeam !== owner.team) {
    next.previousOwnerTeam = event.ownerTeam;
  }
  if (owner.team !== undefined) next.ownerTeam = owner.team;
  return next;
}

/** The call was refused or failed, with the outcome its error stands for. */
export function failed(event: AuditEvent, error: unknown, outcome: AuditOutcome): AuditEvent {
  return {
    ...event,
    outcome,
    errorCode: error instanceof GatewayError ? error.code : 'INTERNAL_SERVER_ERROR',
    errorMessage: error instanceof Error ? error.message : String(error),
    // The caller was answered NOT_FOUND; the trail keeps the rule that refused it.
    ...(error instanceof HiddenProfileError && { denial: error.denial }),
  };
}

/**
 * IoT failed while handling the write, which may or may not have been applied:
 * the event stays PENDING with what the write would have produced (the profile
 * and its version), so the reconcile job can tell applied from not applied.
 */
export function outcomeUnknown(
  event: AuditEvent,
  wouldBe: { after: SecurityProfile | undefined; versionAfter: bigint | undefined },
  error: GatewayError,
): AuditEvent {
  return {
    ...event,
    ...(wouldBe.after && { after: wouldBe.after }),
    ...(wouldBe.versionAfter !== undefined && { versionAfter: wouldBe.versionAfter }),
    outcome: 'PENDING',
    errorCode: error.code,
    errorMessage: error.message,
  };
}

/** The time the event was finalised. */
export function completed(event: AuditEvent, at: Date): AuditEvent {
  return { ...event, completedAt: at.toISOString() };
}
