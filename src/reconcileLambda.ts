import { Logger } from '@aws-lambda-powertools/logger';
import { makeAuditReconciler } from './reconcile/makeAuditReconciler';
import { loadReconcileConfig } from './reconcile/loadReconcileConfig';
import type { ReconcileSummary } from './service/reconcilePendingAudits';

// Built once per cold start; every scheduled invocation of this container reuses them.
const logger = new Logger({ serviceName: 'security-profile-gateway' });
const reconcile = makeAuditReconciler(loadReconcileConfig(process.env));

/**
 * Scheduled entry (EventBridge, e.g. every 15 minutes): resolves audit events
 * left PENDING. Events it could not judge stay PENDING for the next run and are
 * logged at ERROR so an alarm can watch them.
 */
export async function handler(): Promise<ReconcileSummary> {
  const summary = await reconcile();
  logger.info('Audit reconcile run', { summary });
  if (summary.failed.length > 0) logger.error('Audit events left PENDING', { failed: summary.failed });
  return summary;
}
