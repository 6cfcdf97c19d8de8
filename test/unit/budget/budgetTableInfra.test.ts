import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  BUDGET_EXPIRES_AT_ATTRIBUTE,
  budgetTableDefinition,
} from '../../../src/adapters/budget/budgetTableDefinition';
import { DEFAULT_BUDGETS, parseTeamPolicy } from '../../../src/domain/authorization/teamPolicy';

interface TableResource {
  Type: string;
  Properties: Record<string, unknown>;
}

async function infraTable(): Promise<TableResource> {
  const text = await readFile(resolve(import.meta.dirname, '../../../infra/budget-table.yml'), 'utf8');
  return (parse(text) as { Resources: { BudgetTable: TableResource } }).Resources.BudgetTable;
}

describe('infra/budget-table.yml', () => {
  it('declares the same key and attributes as the table the local stack creates', async () => {
    const definition: Record<string, unknown> = { ...budgetTableDefinition('any') };
    delete definition.TableName;

    const table = await infraTable();

    expect(table.Type).toBe('AWS::DynamoDB::Table');
    expect(table.Properties).toMatchObject(definition);
    expect(table.Properties).not.toHaveProperty('GlobalSecondaryIndexes');
  });

  it('encrypts the counts and lets TTL delete the windows of the past', async () => {
    const table = await infraTable();

    expect(table.Properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      SSESpecification: { SSEEnabled: true },
      TimeToLiveSpecification: { AttributeName: BUDGET_EXPIRES_AT_ATTRIBUTE, Enabled: true },
    });
  });
});

describe('the budgets deployed', () => {
  it('are the code’s defaults in the example policy', async () => {
    const text = await readFile(
      resolve(import.meta.dirname, '../../../infra/team-policy.example.json'),
      'utf8',
    );

    const { budgets } = parseTeamPolicy(JSON.parse(text), 'example');

    expect({ teamDefault: budgets.teamDefault, admins: budgets.admins }).toEqual(DEFAULT_BUDGETS);
  });
});
