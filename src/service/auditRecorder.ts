import type { AuditEvent } from '../domain/auditEvent';
import { completed, failed } from '../domain/auditEventSteps';
import { AuditUnavailableError } from '../domain/errors';
import { outcomeOf } from './errorTable';
import { claimsOf } from '../domain/drift/versionClaim';
import type { AuditLog, Clock, VersionLedger } from './ports';
import type { Telemetry } from './telemetry';
import type { Warning } from '../domain/warning';

/** A warning the payload carries when the change was applied but its audit event stayed PENDING. */
export const AUDIT_PENDING_WARNING: Warning = {
  code: 'AUDIT_PENDING',
  message:
    'The change was applied, but its audit event could not be finalised; it stays PENDING until reconciled.',
};

/**
 * Stages 5 and 7: the audit intent before the write and the final event after it.
 * The intent fails closed; the outcome never hides an applied change. A
 * successful change also claims the version it produced in the version
 * ledger, in parallel with its outcome.
 */
export class AuditRecorder {
  constructor(
    private readonly auditLog: AuditLog,
    private readonly telemetry: Telemetry,
    private readonly clock: Clock,
    private readonly ledger: Pick<VersionLedger, 'claim'>,
  ) {}

  /** Writes the intent; rejects with AuditUnavailableError so the change is not made. */
  async recordIntent(event: AuditEvent): Promise<void> {
    try {
      await this.auditLog.recordIntent(event);
    } catch (error) {
      this.telemetry.auditWriteFailed(event, error);
      throw error instanceof AuditUnavailableError
        ? error
        : new AuditUnavailableError('The audit trail could not record the change, so it was not made.', {
            cause: error,
          });
    }
  }

  /**
   * Finalises the event. Returns the warnings for the caller: a failure here is
   * logged with the whole event (the log is then the record) and never thrown,
   * because the caller must learn what IoT did.
   */
  async recordOutcome(event: AuditEvent): Promise<Warning[]> {
    const final = completed(event, this.clock.now());
    const [recorded] = await Promise.allSettled([this.auditLog.recordOutcome(final), this.claim(final)]);
    if (recorded.status === 'fulfilled') {
      this.telemetry.auditEventRecorded(final);
      return [];
    }
    this.telemetry.auditWriteFailed(final, recorded.reason);
    return final.outcome === 'SUCCEEDED' ? [AUDIT_PENDING_WARNING] : [];
  }

  /**
   * Claims the version a change produced. Never throws: a claim lost here is
   * mended by the next drift check, which finds the final event that holds it,
   * or by the reconciler, for which a claim is proof that IoT confirmed it.
   */
  private async claim(event: AuditEvent): Promise<void> {
    const claims = claimsOf(event);
    if (claims.length === 0) return;
    try {
      const refused = await this.ledger.claim(claims);
      if (refused.length > 0) this.telemetry.driftFound(event, refused);
    } catch (error) {
      this.telemetry.auditWriteFailed(event, error);
    }
  }

  /**
   * Keeps the event PENDING, now with what the call knows (the version it
   * started from, the profile it would have produced, the error; see
   * `outcomeUnknown`), so the reconcile job can judge it. Never throws: the log
   * line is the fallback record.
   */
  async recordUnknownOutcome(pending: AuditEvent): Promise<void> {
    this.telemetry.auditOutcomeUnknown(pending);
    try {
      await this.auditLog.recordProgress(pending);
    } catch (writeError) {
      this.telemetry.auditWriteFailed(pending, writeError);
    }
  }

  /** Finalises the event of a refused or failed call with the error's outcome and code. */
  async recordFailure(event: AuditEvent, error: unknown): Promise<void> {
    await this.recordOutcome(failed(event, error, outcomeOf(error)));
  }
}
