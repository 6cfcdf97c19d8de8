import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPowertoolsTelemetry } from '../../../src/adapters/telemetry/createPowertoolsTelemetry';
import { aSucceededEvent } from '../../fixtures/auditEvents';

/** What Powertools printed on stdout and stderr (WARN and ERROR), one parsed JSON object per line. */
function captureStdout() {
  const lines: Record<string, unknown>[] = [];
  for (const stream of [process.stdout, process.stderr]) {
    vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
      for (const line of String(chunk).split('\n').filter(Boolean))
        lines.push(JSON.parse(line) as Record<string, unknown>);
      return true;
    });
  }
  return lines;
}

describe('telemetry through Powertools', () => {
  afterEach(() => vi.restoreAllMocks());

  it('logs every audit event as one JSON line with the correlation id, and counts its outcome', () => {
    vi.stubEnv('POWERTOOLS_DEV', '');
    const lines = captureStdout();
    const logger = new Logger({ serviceName: 'test', logLevel: 'INFO' });
    logger.setCorrelationId('api-request-42');
    const metrics = new Metrics({ serviceName: 'test', namespace: 'Test' });
    const event = aSucceededEvent({ securityProfileName: 'logged' });

    createPowertoolsTelemetry(logger, metrics).auditEventRecorded(event);
    metrics.publishStoredMetrics();

    const logLine = lines.find((line) => line.message === 'audit event');
    expect(logLine).toMatchObject({
      level: 'INFO',
      correlation_id: 'api-request-42',
      auditEvent: { eventId: event.eventId, securityProfileName: 'logged', outcome: 'SUCCEEDED' },
    });
    const emf = lines.find((line) => line._aws);
    expect(emf?.ChangesApplied).toBe(1);
  });

  it('logs an event whose outcome is unknown at WARN, with its id, and counts it pending', () => {
    vi.stubEnv('POWERTOOLS_DEV', '');
    const lines = captureStdout();
    const logger = new Logger({ serviceName: 'test', logLevel: 'INFO' });
    const metrics = new Metrics({ serviceName: 'test', namespace: 'Test' });
    const event = { ...aSucceededEvent({ securityProfileName: 'unknown' }), outcome: 'PENDING' as const };

    createPowertoolsTelemetry(logger, metrics).auditOutcomeUnknown(event);
    metrics.publishStoredMetrics();

    const logLine = lines.find((line) => line.auditEventId === event.eventId);
    expect(logLine).toMatchObject({ level: 'WARN', securityProfileName: 'unknown' });
    expect(lines.find((line) => line._aws)?.ChangesPending).toBe(1);
  });
});
