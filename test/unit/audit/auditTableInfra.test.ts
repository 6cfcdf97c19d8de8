import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { auditTableDefinition } from '../../../src/adapters/audit/auditTableDefinition';
import { catalogueTableDefinition } from '../../../src/adapters/catalogue/catalogueTableDefinition';

interface TableResource {
  Type: string;
  Properties: Record<string, unknown>;
}

async function infraTable(): Promise<TableResource> {
  const text = await readFile(resolve(import.meta.dirname, '../../../infra/audit-table.yml'), 'utf8');
  const fragment = parse(text) as { Resources: { AuditTable: TableResource } };
  return fragment.Resources.AuditTable;
}

describe('infra/audit-table.yml', () => {
  it('declares the same keys, attributes and indexes as the table the local stack creates', async () => {
    const definition: Record<string, unknown> = { ...auditTableDefinition('any') };
    delete definition.TableName;
    const table = await infraTable();
    expect(table.Type).toBe('AWS::DynamoDB::Table');
    expect(table.Properties).toMatchObject(definition);
    expect(table.Properties.GlobalSecondaryIndexes).toEqual(definition.GlobalSecondaryIndexes);
  });

  it('keeps the trail recoverable, encrypted, undeletable and expiring by expiresAt', async () => {
    const table = await infraTable();
    expect(table).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
    expect(table.Properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      DeletionProtectionEnabled: true,
      SSESpecification: { SSEEnabled: true },
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
    });
  });
});

describe('infra/catalogue-table.yml', () => {
  it('declares the same keys, attributes and indexes as the table the local stack creates', async () => {
    const text = await readFile(resolve(import.meta.dirname, '../../../infra/catalogue-table.yml'), 'utf8');
    const fragment = parse(text) as { Resources: { CatalogueTable: TableResource } };
    const definition: Record<string, unknown> = { ...catalogueTableDefinition('any') };
    delete definition.TableName;
    const table = fragment.Resources.CatalogueTable;
    expect(table.Type).toBe('AWS::DynamoDB::Table');
    expect(table.Properties).toMatchObject(definition);
    expect(table.Properties.GlobalSecondaryIndexes).toEqual(definition.GlobalSecondaryIndexes);
    expect(table.Properties).toMatchObject({ SSESpecification: { SSEEnabled: true } });
  });
});
