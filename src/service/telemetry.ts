import type { AuditEvent } from '../domain/auditEvent';
import type { VersionClaim } from '../domain/drift/versionClaim';

/**
 * What the service reports besides its answer: one structured log line per
 * audit event and the metrics on-call engineers watch. A port, so the service
 * does not depend on Powertools and tests can record what was reported.
 */
export interface Telemetry {
  /** Every final audit event, as one log line, plus the outcome metric. */
  auditEventRecorded(event: AuditEvent): void;
  /**
   * A change IoT may or may not have applied (it failed while handling the
   * write): the event stays PENDING for the reconcile job, and this says so
   * loudly, at WARN with the event's id, whether or not the store took it.
   */
  auditOutcomeUnknown(event: AuditEvent): void;
  /**
   * The audit recorded a change made outside the gateway (or a baseline):
   * logged at WARN with its versions and who made it when known; `refused`
   * are versions another event already held (logged at ERROR: two events
   * would claim one version).
   */
  driftFound(event: AuditEvent, refused: readonly VersionClaim[]): void;
  /** The drift check of a call failed (the scheduled scan will find what it missed): logged at WARN. */
  driftCheckFailed(securityProfileName: string, error: unknown): void;
  /** A version no event accounts for was left for later: calls of the gateway in flight may have made it. */
  driftDeferred(securityProfileName: string, pendingEventIds: readonly string[]): void;
  /**
   * The profile catalogue could not record what a change left (the change
   * stands; the next drift scan mends the entry): logged at WARN.
   */
  catalogueWriteFailed(securityProfileName: string, error: unknown): void;
  /** The audit store refused an event: logged at ERROR with the whole event. */
  auditWriteFailed(event: AuditEvent, error: unknown): void;
  /**
   * The writer-turn table could not be read or written: the call goes on
   * without its turn, IoT's version check alone ordering it (logged at WARN).
   */
  writerTurnUnavailable(securityProfileName: string, error: unknown): void;
  /** IoT answered VersionConflictException and the service will try again. */
  writeRetried(securityProfileName: string, attempt: number, delayMs: number): void;
  /** The budget store failed, so a call went through uncounted (the share fails open): logged at WARN, counted. */
  budgetUnavailable(bucket: string, error: unknown): void;
  /** End-to-end latency of one mutation, whatever its outcome. */
  mutationCompleted(outcome: AuditEvent['outcome'], elapsedMs: number): void;
}
