import type { AuditEvent } from '../../src/domain/auditEvent';
import type { Telemetry } from '../../src/service/telemetry';

/** Remembers what the service reported. */
export class RecordingTelemetry implements Telemetry {
  readonly recorded: AuditEvent[] = [];
  readonly failedWrites: AuditEvent[] = [];
  readonly unknownOutcomes: AuditEvent[] = [];
  readonly retries: { attempt: number; delayMs: number }[] = [];
  readonly turnFailures: unknown[] = [];
  readonly completed: AuditEvent['outcome'][] = [];

  auditEventRecorded(event: AuditEvent): void {
    this.recorded.push(event);
  }
  auditOutcomeUnknown(event: AuditEvent): void {
    this.unknownOutcomes.push(event);
  }
  readonly drift: AuditEvent[] = [];
  readonly deferred: { securityProfileName: string; pending: readonly string[] }[] = [];
  driftFound(event: AuditEvent): void {
    this.drift.push(event);
  }
  readonly driftFailures: unknown[] = [];
  driftCheckFailed(_name: string, error: unknown): void {
    this.driftFailures.push(error);
  }
  readonly catalogueFailures: unknown[] = [];
  catalogueWriteFailed(_name: string, error: unknown): void {
    this.catalogueFailures.push(error);
  }
  driftDeferred(securityProfileName: string, pending: readonly string[]): void {
    this.deferred.push({ securityProfileName, pending });
  }
  auditWriteFailed(event: AuditEvent): void {
    this.failedWrites.push(event);
  }
  writerTurnUnavailable(_name: string, error: unknown): void {
    this.turnFailures.push(error);
  }
  writeRetried(_name: string, attempt: number, delayMs: number): void {
    this.retries.push({ attempt, delayMs });
  }
  readonly budgetFailures: { bucket: string; error: unknown }[] = [];
  budgetUnavailable(bucket: string, error: unknown): void {
    this.budgetFailures.push({ bucket, error });
  }
  mutationCompleted(outcome: AuditEvent['outcome']): void {
    this.completed.push(outcome);
  }
}
