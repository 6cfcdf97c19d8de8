import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

/** Sparse GSI of the entries of owned profiles, by owner team, sorted by name. */
export const BY_OWNER_INDEX = 'byOwner';

/** GSI of every entry, sorted by name: the listing of admins and auditors. */
export const ALL_INDEX = 'all';

/** The one value of `listing`, which puts every entry in the `all` index's one partition. */
export const ALL_PARTITION = 'ALL';

/**
 * The profile catalogue's table: one item per profile name (`securityProfileName`),
 * and two indexes that list names in order, by owner team and all together.
 * Both project everything, so a page is one query per team listed.
 * `infra/catalogue-table.yml` mirrors this definition; a test checks they agree.
 */
export function catalogueTableDefinition(tableName: string): CreateTableCommandInput {
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      { AttributeName: 'securityProfileName', AttributeType: 'S' },
      { AttributeName: 'ownerTeam', AttributeType: 'S' },
      { AttributeName: 'listing', AttributeType: 'S' },
    ],
    KeySchema: [{ AttributeName: 'securityProfileName', KeyType: 'HASH' }],
    GlobalSecondaryIndexes: [
      {
        IndexName: BY_OWNER_INDEX,
        KeySchema: [
          { AttributeName: 'ownerTeam', KeyType: 'HASH' },
          { AttributeName: 'securityProfileName', KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
      {
        IndexName: ALL_INDEX,
        KeySchema: [
          { AttributeName: 'listing', KeyType: 'HASH' },
          { AttributeName: 'securityProfileName', KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
    ],
  };
}
