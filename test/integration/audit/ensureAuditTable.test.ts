import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditTableDefinition } from '../../../src/adapters/audit/auditTableDefinition';
import { ensureAuditTable } from '../../../src/local/ensureAuditTable';
import { startAuditStack, type AuditStack } from './startAuditStack';

let stack: AuditStack;
beforeAll(async () => {
  stack = await startAuditStack('EnsuredAudit');
});
afterAll(async () => {
  await stack.close();
});

describe('ensureAuditTable', () => {
  it('creates the table with its key and both indexes, ACTIVE', async () => {
    const { Table } = await stack.client.send(new DescribeTableCommand({ TableName: 'EnsuredAudit' }));
    const definition = auditTableDefinition('EnsuredAudit');
    expect(Table?.TableStatus).toBe('ACTIVE');
    expect(Table?.KeySchema).toEqual(definition.KeySchema);
    expect(
      Table?.GlobalSecondaryIndexes?.map((index) => [index.IndexName, index.KeySchema, index.IndexStatus]),
    ).toEqual(
      definition.GlobalSecondaryIndexes?.map((index) => [index.IndexName, index.KeySchema, 'ACTIVE']),
    );
  });

  it('accepts a table that already exists', async () => {
    const ensured = ensureAuditTable(stack.client, 'EnsuredAudit');
    await expect(ensured).resolves.toBeUndefined();
  });
});
