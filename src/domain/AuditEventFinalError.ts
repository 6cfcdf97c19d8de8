/**
 * A write tried to replace an audit event that is already final. Events are
 * append-only: once an outcome is recorded it is never overwritten, so this
 * usually means someone else (the reconcile job, a retried request) finalised
 * it first. Not client-facing: it is logged, never mapped to an error code.
 */
export class AuditEventFinalError extends Error {
  constructor(
    readonly eventId: string,
    options?: { cause?: unknown },
  ) {
    super(`Audit event ${eventId} is already final and cannot be overwritten.`, options);
    this.name = 'AuditEventFinalError';
  }
}
