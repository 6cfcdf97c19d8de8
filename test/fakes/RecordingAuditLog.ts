import type { AuditEvent } from '../../src/domain/auditEvent';
import { AuditUnavailableError } from '../../src/domain/errors';
import type { AuditLog } from '../../src/service/ports';

/** Keeps every audit write in order; can be told to refuse intents or outcomes. */
export class RecordingAuditLog implements AuditLog {
  readonly intents: AuditEvent[] = [];
  readonly outcomes: AuditEvent[] = [];
  failIntents = false;
  failOutcomes = false;

  recordIntent(event: AuditEvent): Promise<void> {
    if (this.failIntents) return Promise.reject(new AuditUnavailableError('audit store unreachable'));
    this.intents.push(structuredClone(event));
    return Promise.resolve();
  }

  recordOutcome(event: AuditEvent): Promise<void> {
    if (this.failOutcomes) return Promise.reject(new Error('audit store unreachable'));
    this.outcomes.push(structuredClone(event));
    return Promise.resolve();
  }
}
