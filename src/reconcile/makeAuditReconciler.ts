import { createAuditDocumentClient } from '../adapters/audit/createAuditDocumentClient';
import { DynamoAuditLog } from '../adapters/audit/DynamoAuditLog';
import { DynamoAuditTrail } from '../adapters/audit/DynamoAuditTrail';
import { DynamoIotCallLog } from '../adapters/audit/DynamoIotCallLog';
import { DynamoVersionLedger } from '../adapters/audit/DynamoVersionLedger';
import { createIotClient } from '../adapters/iot/createIotClient';
import { IotSecurityProfileStore } from '../adapters/iot/IotSecurityProfileStore';
import type { RequestMeta } from '../domain/auditEvent';
import type { LoadedProfile } from '../domain/securityProfile';
import { scanForDrift, type ScanSummary } from '../service/drift/scanForDrift';
import { reconcilePendingAudits, type ReconcileSummary } from '../service/reconcilePendingAudits';
import type { Telemetry } from '../service/telemetry';
import type { ReconcileConfig } from './loadReconcileConfig';

/** What one run of the audit job did: the PENDING events it judged, then the drift scan. */
export interface AuditJobSummary extends ReconcileSummary {
  /** Absent when the scan is turned off (`AUDIT_SCAN=false`). */
  scan?: ScanSummary;
}

/** What the job reports as it goes, and what it tells of each profile it saw. */
export interface AuditJobOptions {
  telemetry: Pick<Telemetry, 'driftFound' | 'driftDeferred' | 'driftCheckFailed'>;
  /** Told each profile the scan found (the profile catalogue keeps itself exact with it). */
  observed?: (profile: LoadedProfile) => Promise<void>;
}

/**
 * The composition root of the audit job, shared by `npm run audit:reconcile`
 * and the scheduled Lambda: builds the clients once and returns one run,
 * which first judges the events left PENDING (`reconcilePendingAudits`), then
 * scans every profile for changes made outside the gateway (`scanForDrift`),
 * so a change a PENDING call may have made is never taken for one made
 * outside. Endpoints come from the SDK's standard variables.
 */
export function makeAuditReconciler(
  config: ReconcileConfig,
  options: AuditJobOptions,
): (request?: Partial<RequestMeta>) => Promise<AuditJobSummary> {
  const documents = createAuditDocumentClient(config.region ? { region: config.region } : {});
  const tableName = config.auditTableName;
  const trail = new DynamoAuditTrail({ client: documents, tableName });
  const auditLog = new DynamoAuditLog({
    client: documents,
    tableName,
    retentionDays: config.auditRetentionDays,
  });
  const ledger = new DynamoVersionLedger({ client: documents, tableName });
  const calls = new DynamoIotCallLog({ client: documents, tableName });
  const store = new IotSecurityProfileStore({
    client: createIotClient({ region: config.region }),
    ownerTagKey: config.ownerTagKey,
  });
  const clock = { now: () => new Date() };
  const shared = { trail, auditLog, ledger, clock, inFlightMs: config.inFlightMs };
  return async (request = {}) => {
    const reconciled = await reconcilePendingAudits({
      ...shared,
      calls,
      store,
      olderThanMs: config.graceMs,
      batchSize: config.batchSize,
    });
    if (!config.scan) return reconciled;
    const scan = await scanForDrift({
      ...shared,
      telemetry: options.telemetry,
      directory: store,
      store,
      request: { apiRequestId: 'audit-job', lambdaRequestId: 'local', ...request },
      ...(options.observed && { observed: options.observed }),
    });
    return { ...reconciled, scan };
  };
}
