import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

/** TTL attribute (epoch seconds): a profile's turn item goes a day after its last writer. */
export const TURN_EXPIRES_AT_ATTRIBUTE = 'expiresAt';

/**
 * The writer-turn table: one item per profile name (`pk`), holding whose turn
 * it is, until when, and the profile as the last writer left it. Apart from the
 * audit table, whose items the gateway may never update. `infra/writer-turn-table.yml`
 * mirrors this definition for CloudFormation; a test checks that they agree.
 */
export function writerTurnTableDefinition(tableName: string): CreateTableCommandInput {
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
  };
}
