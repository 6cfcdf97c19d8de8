import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { afterEach, beforeEach, vi } from 'vitest';
import { createPowertoolsTelemetry } from '../../src/adapters/telemetry/createPowertoolsTelemetry';
import type { Telemetry } from '../../src/service/telemetry';
import { RecordingTelemetry } from '../fakes/RecordingTelemetry';
import { describeTelemetryContract } from './telemetryContract';

// Powertools writes its log lines and metrics to stdout and stderr; the contract only asks that it does not throw.
beforeEach(() => {
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describeTelemetryContract('the recording fake', () => new RecordingTelemetry());

// Metrics are serialised when published, as at the end of every request: publish after each report.
describeTelemetryContract('Powertools, publishing after each report', (): Telemetry => {
  const metrics = new Metrics({ serviceName: 'test', namespace: 'Test' });
  const telemetry = createPowertoolsTelemetry(
    new Logger({ serviceName: 'test', logLevel: 'DEBUG' }),
    metrics,
  );
  const publish = () => metrics.publishStoredMetrics();
  return {
    auditEventRecorded: (event) => {
      telemetry.auditEventRecorded(event);
      publish();
    },
    auditOutcomeUnknown: (event) => {
      telemetry.auditOutcomeUnknown(event);
      publish();
    },
    driftFound: (event, refused) => {
      telemetry.driftFound(event, refused);
      publish();
    },
    driftCheckFailed: (name, error) => {
      telemetry.driftCheckFailed(name, error);
      publish();
    },
    catalogueWriteFailed: (name, error) => {
      telemetry.catalogueWriteFailed(name, error);
      publish();
    },
    writerTurnUnavailable: (name, error) => {
      telemetry.writerTurnUnavailable(name, error);
      publish();
    },
    driftDeferred: (name, pending) => {
      telemetry.driftDeferred(name, pending);
      publish();
    },
    auditWriteFailed: (event, error) => {
      telemetry.auditWriteFailed(event, error);
      publish();
    },
    writeRetried: (name, attempt, delayMs) => {
      telemetry.writeRetried(name, attempt, delayMs);
      publish();
    },
    budgetUnavailable: (bucket, error) => {
      telemetry.budgetUnavailable(bucket, error);
      publish();
    },
    mutationCompleted: (outcome, elapsedMs) => {
      telemetry.mutationCompleted(outcome, elapsedMs);
      publish();
    },
  };
});
