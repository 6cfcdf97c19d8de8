import type { AuditEvent, ChangeAttribution } from '../../src/domain/auditEvent';
import { AuditEventFinalError } from '../../src/domain/AuditEventFinalError';
import { AuditUnavailableError } from '../../src/domain/errors';
import type { AuditLog } from '../../src/service/ports';
import { settled } from './settled';

/**
 * The audit table in memory, append-only as DynamoAuditLog's conditional puts make it, and a
 * record of every write it accepted, in order; it can be told to refuse intents or outcomes.
 * test/contract/auditTrail.test.ts holds it (with InMemoryAuditTrail) to DynamoDB.
 */
export class RecordingAuditLog implements AuditLog {
  readonly intents: AuditEvent[] = [];
  readonly outcomes: AuditEvent[] = [];
  readonly progress: AuditEvent[] = [];
  failIntents = false;
  failOutcomes = false;
  private readonly table = new Map<string, AuditEvent>();

  /** Every stored event in its latest state, in no particular order. */
  stored(): AuditEvent[] {
    return [...this.table.values()].map((event) => structuredClone(event));
  }

  recordIntent(event: AuditEvent): Promise<void> {
    return settled(() => this.writeIntent(event));
  }

  recordOutcome(event: AuditEvent): Promise<void> {
    return settled(() => this.writeOutcome(event));
  }

  recordProgress(event: AuditEvent): Promise<void> {
    return settled(() => this.writeProgress(event));
  }

  recordAttribution(
    securityProfileName: string,
    eventId: string,
    attribution: ChangeAttribution,
  ): Promise<boolean> {
    return settled(() => {
      const stored = this.table.get(eventId);
      if (!stored || stored.securityProfileName !== securityProfileName) return false;
      const observed = stored.operation === 'OUT_OF_BAND_CHANGE' || stored.operation === 'BASELINE';
      if (!observed || stored.attribution) return false;
      this.table.set(eventId, { ...stored, attribution: structuredClone(attribution) });
      return true;
    });
  }

  private writeIntent(event: AuditEvent): void {
    if (event.outcome !== 'PENDING') throw new TypeError(`An intent must be PENDING, not ${event.outcome}.`);
    if (this.failIntents) throw new AuditUnavailableError('audit store unreachable');
    if (this.table.has(event.eventId)) {
      throw new AuditUnavailableError(`The audit intent ${event.eventId} could not be recorded.`);
    }
    this.store(event, this.intents);
  }

  private writeOutcome(event: AuditEvent): void {
    if (event.outcome === 'PENDING') throw new TypeError('An outcome cannot be PENDING.');
    if (this.failOutcomes) throw new AuditUnavailableError('audit store unreachable');
    const stored = this.table.get(event.eventId);
    if (stored && stored.outcome !== 'PENDING') throw new AuditEventFinalError(event.eventId);
    this.store(event, this.outcomes);
  }

  private writeProgress(event: AuditEvent): void {
    if (event.outcome !== 'PENDING') throw new TypeError(`Progress must stay PENDING, not ${event.outcome}.`);
    // Only a PENDING event is replaced; none at all fails the same condition as a final one.
    if (this.table.get(event.eventId)?.outcome !== 'PENDING') throw new AuditEventFinalError(event.eventId);
    this.store(event, this.progress);
  }

  private store(event: AuditEvent, record: AuditEvent[]): void {
    this.table.set(event.eventId, structuredClone(event));
    record.push(structuredClone(event));
  }
}
