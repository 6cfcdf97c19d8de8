import { describe, expect, it } from 'vitest';
import type { AuditOutcome } from '../../src/domain/auditEvent';
import type { Telemetry } from '../../src/service/telemetry';
import { aSucceededEvent, anIntent } from '../fixtures/auditEvents';

const OUTCOMES: AuditOutcome[] = ['PENDING', 'SUCCEEDED', 'DENIED', 'INVALID', 'CONFLICT', 'FAILED'];

/**
 * What the service relies on from Telemetry: it reports from inside the pipeline without a
 * guard, so no report may throw, whatever the event (64-bit numbers, any outcome) or the error.
 */
export function describeTelemetryContract(implementation: string, underTest: () => Telemetry): void {
  describe(`Telemetry contract: ${implementation}`, () => {
    it.each(OUTCOMES)('reports a %s event and its end without throwing', (outcome) => {
      const telemetry = underTest();
      const event = { ...aSucceededEvent(), outcome, attempts: 3 };

      const report = () => {
        telemetry.auditEventRecorded(event);
        telemetry.mutationCompleted(outcome, 12.5);
      };

      expect(report).not.toThrow();
    });

    it.each([
      ['an Error', new Error('ConditionalCheckFailed')],
      ['a string', 'socket hang up'],
      ['undefined', undefined],
    ])('reports a failed audit write whose error is %s without throwing', (_what, error) => {
      const telemetry = underTest();

      const report = () => telemetry.auditWriteFailed(anIntent({ versionBefore: 2n ** 63n - 1n }), error);

      expect(report).not.toThrow();
    });

    it('reports an event whose outcome is unknown without throwing', () => {
      const telemetry = underTest();

      const report = () => telemetry.auditOutcomeUnknown(anIntent({ versionAfter: 2n ** 63n - 1n }));

      expect(report).not.toThrow();
    });

    it('reports drift found, refused claims and drift left for later without throwing', () => {
      const telemetry = underTest();
      const event = { ...aSucceededEvent(), operation: 'OUT_OF_BAND_CHANGE' as const };
      const claim = {
        securityProfileName: event.securityProfileName,
        creationDate: '2026-01-05T09:00:00.000Z',
        version: 2n ** 63n - 1n,
        eventId: 'other',
        operation: 'UPDATE' as const,
      };

      const report = () => {
        telemetry.driftFound(event, []);
        telemetry.driftFound({ ...event, operation: 'BASELINE' }, [claim]);
        telemetry.driftDeferred(event.securityProfileName, ['01JN']);
        telemetry.driftCheckFailed(event.securityProfileName, new Error('ledger unreachable'));
        telemetry.catalogueWriteFailed(event.securityProfileName, new Error('catalogue unreachable'));
      };

      expect(report).not.toThrow();
    });

    it('reports a budget store that failed without throwing', () => {
      const telemetry = underTest();

      const report = () => telemetry.budgetUnavailable('team#team-a', new Error('table unreachable'));

      expect(report).not.toThrow();
    });

    it('reports a writer turn it could not take without throwing', () => {
      const telemetry = underTest();

      const report = () => telemetry.writerTurnUnavailable('team-a-sensors', new Error('table unreachable'));

      expect(report).not.toThrow();
    });

    it('reports a retry with a fractional delay without throwing', () => {
      const telemetry = underTest();

      const report = () => telemetry.writeRetried('team-a-sensors', 2, 13.7);

      expect(report).not.toThrow();
    });
  });
}
