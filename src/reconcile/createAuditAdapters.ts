import { createAuditDocumentClient } from '../adapters/audit/createAuditDocumentClient';
import { DynamoAuditLog } from '../adapters/audit/DynamoAuditLog';
import { DynamoAuditTrail } from '../adapters/audit/DynamoAuditTrail';
import { DynamoIotCallLog } from '../adapters/audit/DynamoIotCallLog';
import { DynamoVersionLedger } from '../adapters/audit/DynamoVersionLedger';
import { DynamoProfileCatalogue } from '../adapters/catalogue/DynamoProfileCatalogue';
import { createIotClient } from '../adapters/iot/createIotClient';
import { IotSecurityProfileStore } from '../adapters/iot/IotSecurityProfileStore';
import type { ReconcileConfig } from './loadReconcileConfig';

/**
 * The adapters of the audit's own functions (the scheduled job and the
 * CloudTrail handler), built once per cold start: the audit table's trail,
 * log, version ledger and call log, and a read-only view of IoT. Endpoints
 * come from the SDK's standard variables.
 */
export function createAuditAdapters(config: ReconcileConfig) {
  const client = createAuditDocumentClient(config.region ? { region: config.region } : {});
  const tableName = config.auditTableName;
  return {
    trail: new DynamoAuditTrail({ client, tableName }),
    auditLog: new DynamoAuditLog({ client, tableName, retentionDays: config.auditRetentionDays }),
    ledger: new DynamoVersionLedger({ client, tableName }),
    calls: new DynamoIotCallLog({ client, tableName }),
    catalogue: new DynamoProfileCatalogue({ client, tableName: config.catalogueTableName }),
    store: new IotSecurityProfileStore({
      client: createIotClient({ region: config.region }),
      ownerTagKey: config.ownerTagKey,
    }),
    clock: { now: () => new Date() },
    inFlightMs: config.inFlightMs,
  };
}
