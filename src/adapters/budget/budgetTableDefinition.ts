import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

/** TTL attribute (epoch seconds): a window's item is gone soon after its second. */
export const BUDGET_EXPIRES_AT_ATTRIBUTE = 'expiresAt';

/**
 * The budget table: one item per share and second (`pk` = `<bucket>#<epoch
 * second>`) holding the calls taken in it. Nothing in it outlives a minute, so
 * it has no sort key, no index and no backup. `infra/budget-table.yml` mirrors
 * this definition for CloudFormation; a test checks that they agree.
 */
export function budgetTableDefinition(tableName: string): CreateTableCommandInput {
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
  };
}
