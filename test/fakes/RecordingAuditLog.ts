import type { AuditEvent } from '../../src/domain/auditEvent';
import { AuditUnavailableError } from '../../src/domain/errors';
import type { AuditLog } from '../../src/service/ports';

/** Keeps every audit write in order; can be told to refuse intents or outcomes. */
export class RecordingAuditLog implements AuditLog {
  readonly intents: AuditEvent[] = [];
  readonly outcomes: AuditEvent[] = [];
  readonly progress: AuditEvent[] = [];
  failIntents = false;
  failOutcomes = false;

  recordIntent(event: AuditEvent): Promise<void> {
    if (this.failIntents) return Promise.reject(new AuditUnavailableError('audit store unreachable'));
    this.intents.push(structuredClone(event));
    return Promise.resolve();
  }

  recordOutcome(event: AuditEvent): Promise<void> {
    // The port's contract, as the DynamoDB adapter enforces it.
    if (event.outcome === 'PENDING') return Promise.reject(new TypeError('An outcome cannot be PENDING.'));
    if (this.failOutcomes) return Promise.reject(new Error('audit store unreachable'));
    this.outcomes.push(structuredClone(event));
    return Promise.resolve();
  }

  recordProgress(event: AuditEvent): Promise<void> {
    if (event.outcome !== 'PENDING') return Promise.reject(new TypeError('Progress must stay PENDING.'));
    if (!this.intents.some((intent) => intent.eventId === event.eventId)) {
      return Promise.reject(new Error('No PENDING event to replace.'));
    }
    this.progress.push(structuredClone(event));
    return Promise.resolve();
  }
}
