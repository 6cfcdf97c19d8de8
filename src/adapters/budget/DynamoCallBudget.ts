import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { BudgetAnswer, CallBudget } from '../../service/ports';
import { BUDGET_EXPIRES_AT_ATTRIBUTE } from './budgetTableDefinition';
import { isConditionFailure } from '../dynamo/isConditionFailure';

/** How long a window's item is kept after its second: DynamoDB's TTL deletes it within days, unread. */
const KEEP_SECONDS = 60;

export interface DynamoCallBudgetOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
}

/**
 * The budget in DynamoDB: a fixed window of one second per share, one item
 * each. A take is one conditional UpdateItem that adds the calls unless the
 * window would pass its bound, so every Lambda instance counts in the same
 * place and a refused take counts nothing. The window's first take always
 * passes, so an operation dearer than a whole budget still runs once a second.
 */
export class DynamoCallBudget implements CallBudget {
  constructor(private readonly options: DynamoCallBudgetOptions) {}

  async take(bucket: string, calls: number, perSecond: number, now: Date): Promise<BudgetAnswer> {
    const second = Math.floor(now.getTime() / 1000);
    try {
      await this.options.client.send(
        new UpdateCommand({
          TableName: this.options.tableName,
          Key: { pk: `${bucket}#${second}` },
          UpdateExpression: 'ADD calls :calls SET #expiresAt = if_not_exists(#expiresAt, :expiresAt)',
          ConditionExpression: 'attribute_not_exists(calls) OR calls <= :room',
          ExpressionAttributeNames: { '#expiresAt': BUDGET_EXPIRES_AT_ATTRIBUTE },
          ExpressionAttributeValues: {
            ':calls': calls,
            ':room': perSecond - calls,
            ':expiresAt': second + KEEP_SECONDS,
          },
        }),
      );
      return { granted: true };
    } catch (error) {
      if (isConditionFailure(error)) {
        return { granted: false, retryAt: new Date((second + 1) * 1000) };
      }
      throw error;
    }
  }
}
