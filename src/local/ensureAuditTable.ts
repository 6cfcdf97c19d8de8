import { setTimeout as sleep } from 'node:timers/promises';
import {
  type CreateTableCommandInput,
  CreateTableCommand,
  DescribeTableCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  type TableDescription,
} from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { auditTableDefinition } from '../adapters/audit/auditTableDefinition';
import { catalogueTableDefinition } from '../adapters/catalogue/catalogueTableDefinition';
import { budgetTableDefinition } from '../adapters/budget/budgetTableDefinition';
import { writerTurnTableDefinition } from '../adapters/turns/writerTurnTableDefinition';

const POLL_MS = 100;
const TIMEOUT_MS = 60_000;

/**
 * Creates the audit table (with its indexes) unless it exists, then waits until
 * it and every index are ACTIVE. For the local stack and tests: in AWS,
 * CloudFormation (`infra/audit-table.yml`) owns the table. TTL is not set here:
 * dynalite has no UpdateTimeToLive, and nothing local lives long enough to expire.
 */
export function ensureAuditTable(client: DynamoDBDocumentClient, tableName: string): Promise<void> {
  return ensureTable(client, auditTableDefinition(tableName));
}

/** The same for the profile catalogue's table (`infra/catalogue-table.yml` in AWS). */
export function ensureCatalogueTable(client: DynamoDBDocumentClient, tableName: string): Promise<void> {
  return ensureTable(client, catalogueTableDefinition(tableName));
}

/** The same for the teams' shares of IoT (`infra/budget-table.yml` in AWS). */
export function ensureBudgetTable(client: DynamoDBDocumentClient, tableName: string): Promise<void> {
  return ensureTable(client, budgetTableDefinition(tableName));
}

/** The writer-turn table, the same way (CloudFormation's is `infra/writer-turn-table.yml`). */
export function ensureWriterTurnTable(client: DynamoDBDocumentClient, tableName: string): Promise<void> {
  return ensureTable(client, writerTurnTableDefinition(tableName));
}

async function ensureTable(
  client: DynamoDBDocumentClient,
  definition: CreateTableCommandInput,
): Promise<void> {
  const tableName = definition.TableName ?? '';
  if (!(await describe(client, tableName))) {
    try {
      await client.send(new CreateTableCommand(definition));
    } catch (error) {
      // Another process created it between the describe and the create: fine.
      if (!(error instanceof ResourceInUseException)) throw error;
    }
  }
  await waitUntilActive(client, tableName);
}

async function describe(
  client: DynamoDBDocumentClient,
  tableName: string,
): Promise<TableDescription | undefined> {
  try {
    return (await client.send(new DescribeTableCommand({ TableName: tableName }))).Table;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined;
    throw error;
  }
}

async function waitUntilActive(client: DynamoDBDocumentClient, tableName: string): Promise<void> {
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    const table = await describe(client, tableName);
    if (table && isActive(table)) return;
    if (Date.now() > deadline)
      throw new Error(`Table ${tableName} did not become ACTIVE within ${TIMEOUT_MS} ms.`);
    await sleep(POLL_MS);
  }
}

function isActive(table: TableDescription): boolean {
  return (
    table.TableStatus === 'ACTIVE' &&
    (table.GlobalSecondaryIndexes ?? []).every((index) => index.IndexStatus === 'ACTIVE')
  );
}
