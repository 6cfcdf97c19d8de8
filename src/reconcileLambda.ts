import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context } from 'aws-lambda';
import { createPowertoolsTelemetry } from './adapters/telemetry/createPowertoolsTelemetry';
import { makeAuditReconciler, type AuditJobSummary } from './reconcile/makeAuditReconciler';
import { loadReconcileConfig } from './reconcile/loadReconcileConfig';

// Built once per cold start; every scheduled invocation of this container reuses them.
const logger = new Logger({ serviceName: 'security-profile-gateway' });
const metrics = new Metrics({ serviceName: 'security-profile-gateway', namespace: 'SecurityProfileGateway' });
const run = makeAuditReconciler(loadReconcileConfig(process.env), {
  telemetry: createPowertoolsTelemetry(logger, metrics),
});

/**
 * Scheduled entry (EventBridge, e.g. every 15 minutes): judges the audit
 * events left PENDING, then scans every profile for changes made outside the
 * gateway (WARN per change found). Events it could not judge stay PENDING for
 * the next run and are logged at ERROR so an alarm can watch them; events it
 * judged but whose evidence could not decide are logged at WARN and counted
 * (`AuditEventsForReview`), for an auditor to review.
 */
export async function handler(
  _event?: unknown,
  context?: Pick<Context, 'awsRequestId'>,
): Promise<AuditJobSummary> {
  const summary = await run(context ? { lambdaRequestId: context.awsRequestId } : {});
  logger.info('Audit reconcile run', { summary });
  if (summary.failed.length > 0) logger.error('Audit events left PENDING', { failed: summary.failed });
  if (summary.forReview.length > 0) logger.warn('Audit events for review', { events: summary.forReview });
  metrics.addMetric('AuditEventsForReview', MetricUnit.Count, summary.forReview.length);
  if (summary.scan && summary.scan.failed.length > 0) {
    logger.error('Profiles the drift scan could not check', { failed: summary.scan.failed });
  }
  if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
  return summary;
}
