import { PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { IotCallRecord } from '../../domain/drift/iotCallRecord';
import type { IotCallLog } from '../../service/ports';

/** Options of {@link DynamoIotCallLog}: the audit table holds the call records too. */
export interface DynamoIotCallLogOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
}

/** The partition of one audit event's call records. */
export function callsPartitionKey(auditEventId: string): string {
  return `CALLS#${auditEventId}`;
}

/**
 * CloudTrail's records of the gateway's IoT calls in the audit table: one
 * item per record in the partition `CALLS#<audit event id>`, keyed by
 * CloudTrail's `eventID`, so a record delivered twice is one item.
 */
export class DynamoIotCallLog implements IotCallLog {
  constructor(private readonly options: DynamoIotCallLogOptions) {}

  async record(call: IotCallRecord): Promise<void> {
    await this.options.client.send(
      new PutCommand({
        TableName: this.options.tableName,
        Item: {
          pk: callsPartitionKey(call.auditEventId),
          sk: call.cloudTrailEventId,
          ...call,
        },
      }),
    );
  }

  async callsOf(auditEventId: string): Promise<IotCallRecord[]> {
    const output = await this.options.client.send(
      new QueryCommand({
        TableName: this.options.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': callsPartitionKey(auditEventId) },
        ConsistentRead: true,
      }),
    );
    return (output.Items ?? []).map(fromItem);
  }
}

function fromItem(item: Record<string, unknown>): IotCallRecord {
  const record: IotCallRecord = {
    auditEventId: String(item.auditEventId),
    cloudTrailEventId: String(item.cloudTrailEventId),
    eventName: String(item.eventName),
    eventTime: String(item.eventTime),
  };
  if (typeof item.errorCode === 'string') record.errorCode = item.errorCode;
  const expected = item.expectedVersion;
  if (typeof expected === 'bigint' || typeof expected === 'number') record.expectedVersion = BigInt(expected);
  return record;
}
