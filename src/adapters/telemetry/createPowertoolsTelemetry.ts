import type { Logger } from '@aws-lambda-powertools/logger';
import { MetricUnit, type Metrics } from '@aws-lambda-powertools/metrics';
import type { AuditEvent } from '../../domain/auditEvent';
import { toJsonValue } from '../../domain/diff/toJsonValue';
import type { Telemetry } from '../../service/telemetry';

const OUTCOME_METRICS: Record<AuditEvent['outcome'], string> = {
  SUCCEEDED: 'ChangesApplied',
  DENIED: 'ChangesDenied',
  INVALID: 'ChangesInvalid',
  CONFLICT: 'VersionConflicts',
  FAILED: 'ChangesFailed',
  PENDING: 'ChangesPending',
};

/**
 * Telemetry through Powertools: one structured JSON log line per audit event
 * (with the Lambda's correlation ids that the Logger adds) and EMF metrics.
 */
export function createPowertoolsTelemetry(logger: Logger, metrics: Metrics): Telemetry {
  return {
    auditEventRecorded(event) {
      logger.info('audit event', { auditEvent: toJsonValue(event) });
      metrics.addMetric(OUTCOME_METRICS[event.outcome], MetricUnit.Count, 1);
      if (event.attempts > 1) metrics.addMetric('WriteRetries', MetricUnit.Count, event.attempts - 1);
    },
    auditOutcomeUnknown(event) {
      logger.warn('audit event left PENDING: outcome unknown until reconciled', {
        auditEventId: event.eventId,
        securityProfileName: event.securityProfileName,
        auditEvent: toJsonValue(event),
      });
      metrics.addMetric(OUTCOME_METRICS.PENDING, MetricUnit.Count, 1);
    },
    driftFound(event, refused) {
      const found = {
        auditEventId: event.eventId,
        operation: event.operation,
        securityProfileName: event.securityProfileName,
        versionBefore: toJsonValue(event.versionBefore),
        versionAfter: toJsonValue(event.versionAfter),
        principal: event.attribution?.principal,
        note: event.observation?.note,
      };
      if (event.operation === 'BASELINE') logger.info('audit baseline recorded', found);
      else logger.warn('change made outside the gateway recorded', found);
      if (refused.length > 0) {
        logger.error('versions already claimed by other events', { ...found, refused: toJsonValue(refused) });
      }
      metrics.addMetric(
        event.operation === 'BASELINE' ? 'Baselines' : 'OutOfBandChanges',
        MetricUnit.Count,
        1,
      );
    },
    driftCheckFailed(securityProfileName, error) {
      logger.warn('drift check failed; the scheduled scan will check again', {
        securityProfileName,
        error: error as Error,
      });
    },
    catalogueWriteFailed(securityProfileName, error) {
      logger.warn('profile catalogue not updated; the scheduled scan will mend it', {
        securityProfileName,
        error: error as Error,
      });
    },
    driftDeferred(securityProfileName, pendingEventIds) {
      logger.info('unaccounted version left for later: calls in flight may have made it', {
        securityProfileName,
        pendingEventIds,
      });
    },
    auditWriteFailed(event, error) {
      // The log line is then the only complete record of the change: keep all of it.
      logger.error('audit write failed', { auditEvent: toJsonValue(event), error: error as Error });
      metrics.addMetric('AuditWriteFailures', MetricUnit.Count, 1);
    },
    writerTurnUnavailable(securityProfileName, error) {
      logger.warn('writer turn unavailable; the version check alone orders this write', {
        securityProfileName,
        error: error as Error,
      });
    },
    writeRetried(securityProfileName, attempt, delayMs) {
      logger.info('version conflict, retrying', {
        securityProfileName,
        attempt,
        delayMs: Math.round(delayMs),
      });
    },
    budgetUnavailable(bucket, error) {
      logger.warn('budget store failed; the call went through uncounted', { bucket, error: error as Error });
      metrics.addMetric('BudgetUnavailable', MetricUnit.Count, 1);
    },
    mutationCompleted(outcome, elapsedMs) {
      metrics.addMetric('MutationLatency', MetricUnit.Milliseconds, elapsedMs);
      if (outcome !== 'SUCCEEDED') logger.info('mutation refused or failed', { outcome });
    },
  };
}
