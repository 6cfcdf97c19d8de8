import type { AuditEvent } from '../domain/auditEvent';

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
  /** The audit store refused an event: logged at ERROR with the whole event. */
  auditWriteFailed(event: AuditEvent, error: unknown): void;
  /** IoT answered VersionConflictException and the service will try again. */
  writeRetried(securityProfileName: string, attempt: number, delayMs: number): void;
  /** End-to-end latency of one mutation, whatever its outcome. */
  mutationCompleted(outcome: AuditEvent['outcome'], elapsedMs: number): void;
}
