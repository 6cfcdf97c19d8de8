import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AuditEvent, ChangeAttribution } from '../../domain/auditEvent';
import { AuditEventFinalError } from '../../domain/AuditEventFinalError';
import { AuditUnavailableError } from '../../domain/errors';
import type { AuditLog } from '../../service/ports';
import { profilePartitionKey, toAuditItems } from './auditItemCodec';
import { stringifyTyped } from './typedJson';
import { isConditionFailure } from '../dynamo/isConditionFailure';

/** Options of {@link DynamoAuditLog}; the constructor fills in the defaults. */
export interface DynamoAuditLogOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  /** Days to keep events (DynamoDB TTL on `expiresAt`); undefined keeps them forever. */
  retentionDays?: number;
  /** Puts of one outcome before giving up, each on top of the SDK's own retries. Default 3. */
  finaliseAttempts?: number;
  /** First pause between those puts; doubled each time, with full jitter. Default 50 ms. */
  finaliseBackoffMs?: number;
}

// A retried put may find the item its own earlier attempt wrote (the response was lost),
// which the write token lets it accept; otherwise a final event is never replaced.
const INTENT_CONDITION: PutCondition = {
  expression: 'attribute_not_exists(pk) OR writeToken = :token',
  values: {},
};
const PROGRESS_CONDITION: PutCondition = {
  expression: 'outcome = :pending OR writeToken = :token',
  values: { ':pending': 'PENDING' },
};
const OUTCOME_CONDITION: PutCondition = {
  expression: 'attribute_not_exists(pk) OR outcome = :pending OR writeToken = :token',
  values: { ':pending': 'PENDING' },
};

interface PutCondition {
  expression: string;
  values: Record<string, string>;
}

// Retrying these cannot help: the request itself is wrong or the table is missing.
const PERMANENT_ERRORS = new Set([
  'ValidationException',
  'ResourceNotFoundException',
  'SerializationException',
]);

/**
 * The audit trail in DynamoDB (stages 5 and 7), append-only by conditional puts:
 * the intent only creates, the outcome only creates or replaces a PENDING event.
 */
export class DynamoAuditLog implements AuditLog {
  private readonly options: Required<Omit<DynamoAuditLogOptions, 'retentionDays'>> & {
    retentionDays?: number;
  };

  constructor(options: DynamoAuditLogOptions) {
    // `??`, not a spread of defaults: an explicit `undefined` must not disable the bound on retries.
    this.options = {
      ...options,
      finaliseAttempts: options.finaliseAttempts ?? 3,
      finaliseBackoffMs: options.finaliseBackoffMs ?? 50,
    };
  }

  /**
   * Writes the PENDING event if no event with its id exists. Any failure rejects
   * with AuditUnavailableError (cause kept): the change must then not be made.
   */
  async recordIntent(event: AuditEvent): Promise<void> {
    if (event.outcome !== 'PENDING') throw new TypeError(`An intent must be PENDING, not ${event.outcome}.`);
    try {
      await this.put(event, INTENT_CONDITION, randomUUID());
    } catch (error) {
      throw new AuditUnavailableError(`The audit intent ${event.eventId} could not be recorded.`, {
        cause: error,
      });
    }
  }

  /**
   * Writes the final event, replacing its PENDING intent if there is one (a call
   * refused before its intent writes the final event directly). Transient
   * failures are retried with backoff, then reject with AuditUnavailableError;
   * an event that is already final rejects at once with AuditEventFinalError.
   */
  async recordOutcome(event: AuditEvent): Promise<void> {
    if (event.outcome === 'PENDING') throw new TypeError('An outcome cannot be PENDING.');
    await this.putWithRetries(event, OUTCOME_CONDITION);
  }

  /**
   * Replaces a PENDING event with a fuller PENDING one (what the call learnt
   * before its outcome became unknown). Only a PENDING event can be replaced,
   * so a final event never turns back into PENDING. Fails like recordOutcome.
   */
  async recordProgress(event: AuditEvent): Promise<void> {
    if (event.outcome !== 'PENDING') throw new TypeError(`Progress must stay PENDING, not ${event.outcome}.`);
    await this.putWithRetries(event, PROGRESS_CONDITION);
  }

  async recordAttribution(
    securityProfileName: string,
    eventId: string,
    attribution: ChangeAttribution,
  ): Promise<boolean> {
    try {
      await this.options.client.send(
        new UpdateCommand({
          TableName: this.options.tableName,
          Key: { pk: profilePartitionKey(securityProfileName), sk: eventId },
          UpdateExpression: 'SET attributionJson = :attribution',
          ConditionExpression:
            'operation IN (:outOfBand, :baseline) AND attribute_not_exists(attributionJson)',
          ExpressionAttributeValues: {
            ':attribution': stringifyTyped(attribution),
            ':outOfBand': 'OUT_OF_BAND_CHANGE',
            ':baseline': 'BASELINE',
          },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  private async putWithRetries(event: AuditEvent, condition: PutCondition): Promise<void> {
    const token = randomUUID();
    for (let attempt = 1; ; attempt++) {
      try {
        await this.put(event, condition, token);
        return;
      } catch (error) {
        if (isConditionFailure(error)) {
          throw new AuditEventFinalError(event.eventId, { cause: error });
        }
        if (attempt >= this.options.finaliseAttempts || PERMANENT_ERRORS.has(errorName(error))) {
          throw new AuditUnavailableError(`The audit event ${event.eventId} could not be recorded.`, {
            cause: error,
          });
        }
        await sleep(Math.random() * this.options.finaliseBackoffMs * 2 ** (attempt - 1));
      }
    }
  }

  /**
   * The event's item, by a conditional put, after the parts of its payload when
   * it had to be split: an item is never visible before what it names is stored.
   */
  private async put(event: AuditEvent, condition: PutCondition, token: string): Promise<void> {
    const { item, parts } = toAuditItems(event, {
      retentionDays: this.options.retentionDays,
      writeToken: token,
    });
    const { client, tableName } = this.options;
    await Promise.all(parts.map((part) => client.send(new PutCommand({ TableName: tableName, Item: part }))));
    await client.send(
      new PutCommand({
        TableName: tableName,
        Item: item,
        ConditionExpression: condition.expression,
        ExpressionAttributeValues: { ...condition.values, ':token': token },
      }),
    );
  }
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : '';
}
