import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createAuditDocumentClient } from '../../../src/adapters/audit/createAuditDocumentClient';
import { DynamoAuditLog, type DynamoAuditLogOptions } from '../../../src/adapters/audit/DynamoAuditLog';
import { DynamoAuditTrail } from '../../../src/adapters/audit/DynamoAuditTrail';
import { ensureAuditTable } from '../../../src/local/ensureAuditTable';
import { startDynalite } from '../../../src/local/startDynalite';

/** Credentials and region for loopback: dynalite checks neither, the SDK needs both. */
export const LOCAL_CLIENT_CONFIG = {
  region: 'eu-west-1',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
};

/** dynalite on a free loopback port with the audit table, and the adapters over HTTP. */
export interface AuditStack {
  endpoint: string;
  tableName: string;
  client: DynamoDBDocumentClient;
  trail: DynamoAuditTrail;
  /** An audit log on this table; `options` replace the defaults (another client, retention, …). */
  auditLog(options?: Partial<DynamoAuditLogOptions>): DynamoAuditLog;
  close(): Promise<void>;
}

export async function startAuditStack(tableName = 'SecurityProfileAudit'): Promise<AuditStack> {
  const dynalite = await startDynalite({ port: 0 });
  const client = createAuditDocumentClient({ ...LOCAL_CLIENT_CONFIG, endpoint: dynalite.endpoint });
  await ensureAuditTable(client, tableName);
  return {
    endpoint: dynalite.endpoint,
    tableName,
    client,
    trail: new DynamoAuditTrail({ client, tableName }),
    auditLog: (options = {}) => new DynamoAuditLog({ client, tableName, ...options }),
    close: async () => {
      client.destroy();
      await dynalite.close();
    },
  };
}
