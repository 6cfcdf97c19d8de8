import { createAuditDocumentClient } from '../adapters/audit/createAuditDocumentClient';
import { DynamoAuditLog } from '../adapters/audit/DynamoAuditLog';
import { DynamoAuditTrail } from '../adapters/audit/DynamoAuditTrail';
import { createIotClient } from '../adapters/iot/createIotClient';
import { IotSecurityProfileStore } from '../adapters/iot/IotSecurityProfileStore';
import { reconcilePendingAudits, type ReconcileSummary } from '../service/reconcilePendingAudits';
import type { ReconcileConfig } from './loadReconcileConfig';

/**
 * The composition root of the reconcile job, shared by `npm run audit:reconcile`
 * and the scheduled Lambda: builds the clients once and returns one run of
 * `reconcilePendingAudits`. Endpoints come from the SDK's standard variables.
 */
export function makeAuditReconciler(config: ReconcileConfig): () => Promise<ReconcileSummary> {
  const documents = createAuditDocumentClient(config.region ? { region: config.region } : {});
  const trail = new DynamoAuditTrail({ client: documents, tableName: config.auditTableName });
  const auditLog = new DynamoAuditLog({
    client: documents,
    tableName: config.auditTableName,
    retentionDays: config.auditRetentionDays,
  });
  const store = new IotSecurityProfileStore({
    client: createIotClient({ region: config.region }),
    ownerTagKey: config.ownerTagKey,
  });
  const clock = { now: () => new Date() };
  return () =>
    reconcilePendingAudits({
      trail,
      auditLog,
      store,
      clock,
      olderThanMs: config.graceMs,
      batchSize: config.batchSize,
    });
}
