import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

/** GSI of events by the actor's subject, sorted by event id: "what did I change?". */
export const BY_ACTOR_INDEX = 'byActor';

/**
 * Sparse GSI of events still PENDING: only a PENDING item carries `pendingShard`,
 * so the index holds exactly the events the reconcile job has to look at.
 */
export const PENDING_INDEX = 'pending';

/** The one value of `pendingShard`. A handful of in-flight events never needs more than one partition. */
export const PENDING_SHARD = 'PENDING';

/** TTL attribute (epoch seconds), present only when a retention period is configured. */
export const EXPIRES_AT_ATTRIBUTE = 'expiresAt';

/**
 * The audit table: one partition per profile (`pk` = `PROFILE#<name>`), sorted by
 * event id (`sk`, a ULID, so by time). Both indexes sort by the same `sk`, and
 * project everything so a page is one query. `infra/audit-table.yml` mirrors this
 * definition for CloudFormation; a test checks that they agree.
 */
export function auditTableDefinition(tableName: string): CreateTableCommandInput {
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      { AttributeName: 'pk', AttributeType: 'S' },
      { AttributeName: 'sk', AttributeType: 'S' },
      { AttributeName: 'actorSubject', AttributeType: 'S' },
      { AttributeName: 'pendingShard', AttributeType: 'S' },
    ],
    KeySchema: [
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: BY_ACTOR_INDEX,
        KeySchema: [
          { AttributeName: 'actorSubject', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
      {
        IndexName: PENDING_INDEX,
        KeySchema: [
          { AttributeName: 'pendingShard', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
    ],
  };
}
