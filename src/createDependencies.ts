import { setTimeout as sleep } from 'node:timers/promises';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { createAuditDocumentClient } from './adapters/audit/createAuditDocumentClient';
import { DynamoAuditLog } from './adapters/audit/DynamoAuditLog';
import { DynamoAuditTrail } from './adapters/audit/DynamoAuditTrail';
import { DynamoVersionLedger } from './adapters/audit/DynamoVersionLedger';
import { DynamoProfileCatalogue } from './adapters/catalogue/DynamoProfileCatalogue';
import { DynamoCallBudget } from './adapters/budget/DynamoCallBudget';
import { DynamoWriterTurns } from './adapters/turns/DynamoWriterTurns';
import { createIotClient, createIotConnections } from './adapters/iot/createIotClient';
import { IotSecurityProfileStore } from './adapters/iot/IotSecurityProfileStore';
import { boundByRequest } from './adapters/iot/requestIotCallBound';
import { createTeamPolicySource } from './adapters/policy/createTeamPolicySource';
import { createPowertoolsTelemetry } from './adapters/telemetry/createPowertoolsTelemetry';
import {
  makeUnexpectedErrorReporter,
  type UnexpectedErrorReporter,
} from './adapters/telemetry/makeUnexpectedErrorReporter';
import type { GatewayConfig } from './config';
import { newEventId } from './domain/newEventId';
import { AuditRecorder } from './service/auditRecorder';
import { FairShare } from './service/budget/FairShare';
import { DriftWatch } from './service/drift/DriftWatch';
import type { TeamPolicySource } from './service/ports';
import { SecurityProfileService } from './service/SecurityProfileService';

/** Everything a request needs, built once per cold start. */
export interface Dependencies {
  config: GatewayConfig;
  service: SecurityProfileService;
  policies: TeamPolicySource;
  logger: Logger;
  metrics: Metrics;
  /** The one error boundary's log: every unexpected error, once, before it is masked. */
  reportUnexpected: UnexpectedErrorReporter;
}

const SERVICE_NAME = 'security-profile-gateway';

/**
 * The composition root: the only place that chooses implementations. The only
 * call it starts is the team policy's read; clients connect on first use.
 */
export function createDependencies(config: GatewayConfig): Dependencies {
  const logger = new Logger({ serviceName: SERVICE_NAME });
  const metrics = new Metrics({ serviceName: SERVICE_NAME, namespace: 'SecurityProfileGateway' });
  const telemetry = createPowertoolsTelemetry(logger, metrics);
  const clock = { now: () => new Date() };
  const documents = createAuditDocumentClient();
  const policies = createTeamPolicySource(config.teamPolicy);
  // Read the policy during the Lambda's init rather than on the first request's path. A failure
  // here is not final: the first request reads again, and fails closed if it still cannot.
  policies.get().catch(() => undefined);
  const auditLog = new DynamoAuditLog({
    client: documents,
    tableName: config.auditTableName,
    retentionDays: config.auditRetentionDays,
  });
  const trail = new DynamoAuditTrail({ client: documents, tableName: config.auditTableName });
  const ledger = new DynamoVersionLedger({ client: documents, tableName: config.auditTableName });
  const drift = new DriftWatch({
    ledger,
    trail,
    auditLog,
    telemetry,
    clock,
    inFlightMs: config.auditInFlightMs,
  });
  const iotConnections = createIotConnections();
  // The budget's writes go through the audit's client: one connection pool to DynamoDB.
  const fairShare = new FairShare({
    budget: new DynamoCallBudget({ client: documents, tableName: config.budgetTableName }),
    policies,
    clock,
    telemetry,
  });
  const service = new SecurityProfileService({
    store: new IotSecurityProfileStore({
      client: boundByRequest(createIotClient({ region: config.region, connections: iotConnections })),
      // An update resent after a lost answer would conflict with itself: the SDK retries only throttling.
      writeClient: boundByRequest(
        createIotClient({ region: config.region, retryScope: 'throttlingOnly', connections: iotConnections }),
      ),
      ownerTagKey: config.ownerTagKey,
      arnPrefix: config.iotArnPrefix,
    }),
    trail,
    policies,
    audit: new AuditRecorder(auditLog, telemetry, clock, ledger),
    drift,
    catalogue: new DynamoProfileCatalogue({ client: documents, tableName: config.catalogueTableName }),
    fairShare,
    turns: new DynamoWriterTurns({ client: documents, tableName: config.writerTurnTableName }),
    turn: config.writerTurn,
    telemetry,
    clock,
    newEventId,
    sleep: (ms) => sleep(ms),
    random: Math.random,
    retry: {
      maxAttempts: config.maxWriteAttempts,
      ...config.backoff,
      deadlineReserveMs: config.deadlineReserveMs,
    },
  });
  const reportUnexpected = makeUnexpectedErrorReporter(logger, metrics);
  return { config, service, policies, logger, metrics, reportUnexpected };
}
