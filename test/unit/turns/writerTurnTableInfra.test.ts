import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  TURN_EXPIRES_AT_ATTRIBUTE,
  writerTurnTableDefinition,
} from '../../../src/adapters/turns/writerTurnTableDefinition';

interface TableResource {
  Type: string;
  Properties: Record<string, unknown>;
}

async function infraTable(): Promise<TableResource> {
  const text = await readFile(resolve(import.meta.dirname, '../../../infra/writer-turn-table.yml'), 'utf8');
  const fragment = parse(text) as { Resources: { WriterTurnTable: TableResource } };
  return fragment.Resources.WriterTurnTable;
}

describe('infra/writer-turn-table.yml', () => {
  it('declares the same keys and attributes as the table the local stack creates', async () => {
    const definition: Record<string, unknown> = { ...writerTurnTableDefinition('any') };
    delete definition.TableName;
    const table = await infraTable();
    expect(table.Type).toBe('AWS::DynamoDB::Table');
    expect(table.Properties).toMatchObject(definition);
    expect(table.Properties.AttributeDefinitions).toEqual(definition.AttributeDefinitions);
  });

  it('encrypts the handoffs and expires a profile’s item by the attribute the adapter writes', async () => {
    const table = await infraTable();
    expect(table.Properties).toMatchObject({
      SSESpecification: { SSEEnabled: true },
      TimeToLiveSpecification: { AttributeName: TURN_EXPIRES_AT_ATTRIBUTE, Enabled: true },
    });
  });
});
