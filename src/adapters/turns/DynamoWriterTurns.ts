import {
  GetCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
  type UpdateCommandOutput,
} from '@aws-sdk/lib-dynamodb';
import type { TurnHandoff, TurnState, TurnTry, WriterTurns } from '../../service/ports';
import { parseTyped, stringifyTyped } from '../audit/typedJson';
import { TURN_EXPIRES_AT_ATTRIBUTE } from './writerTurnTableDefinition';
import { isConditionFailure } from '../dynamo/isConditionFailure';

/** Options of {@link DynamoWriterTurns}. */
export interface DynamoWriterTurnsOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  /** Epoch ms now, for the item's TTL. */
  now?: () => number;
}

// A handoff past this size is not kept (the item limit is 400 KB): the next writer describes instead.
const MAX_HANDOFF_CHARS = 300_000;
const DAY_SECONDS = 86_400;

/**
 * Writer turns in DynamoDB: one item per profile name, holding `heldBy`,
 * `heldUntil`, the line of `waiters` (a string set) and the `handoff`. Taking
 * a turn is one conditional update (free, run out, or already this holder's)
 * that returns the item as it was, so the handoff comes in the same request;
 * a release is one update conditional on still holding the turn, which may
 * hand it to the first waiter. Every write pushes the item's TTL a day on.
 */
export class DynamoWriterTurns implements WriterTurns {
  constructor(private readonly options: DynamoWriterTurnsOptions) {}

  async take(securityProfileName: string, holder: string, nowMs: number, untilMs: number): Promise<TurnTry> {
    try {
      const output = await this.update(securityProfileName, {
        UpdateExpression: `SET heldBy = :holder, heldUntil = :until, ${TTL} DELETE waiters :holders`,
        ConditionExpression: 'attribute_not_exists(heldBy) OR heldUntil <= :now OR heldBy = :holder',
        ExpressionAttributeValues: {
          ':holder': holder,
          ':holders': new Set([holder]),
          ':until': untilMs,
          ':now': nowMs,
        },
        ReturnValues: 'ALL_OLD',
      });
      const contended = waitersOf(output.Attributes).some((id) => id !== holder);
      return { taken: true, ...handoffOf(output.Attributes), ...(contended && { contended }) };
    } catch (error) {
      if (isConditionFailure(error)) return { taken: false };
      throw error;
    }
  }

  async look(securityProfileName: string): Promise<TurnState> {
    const output = await this.options.client.send(
      new GetCommand({
        TableName: this.options.tableName,
        Key: { pk: securityProfileName },
        ConsistentRead: true,
      }),
    );
    const item = output.Item ?? {};
    const waiters = waitersOf(item).sort();
    return {
      ...(typeof item.heldBy === 'string' && { heldBy: item.heldBy }),
      ...(item.heldUntil !== undefined && { heldUntil: Number(item.heldUntil) }),
      waiters,
      ...handoffOf(item),
    };
  }

  async join(securityProfileName: string, holder: string): Promise<void> {
    await this.update(securityProfileName, {
      UpdateExpression: `ADD waiters :holders SET ${TTL}`,
      ExpressionAttributeValues: { ':holders': new Set([holder]) },
    });
  }

  async release(
    securityProfileName: string,
    holder: string,
    handoff?: TurnHandoff,
    next?: { holder: string; untilMs: number },
  ): Promise<void> {
    const encoded = handoff && stringifyTyped(handoff);
    const keep = encoded !== undefined && encoded.length <= MAX_HANDOFF_CHARS;
    // Without a handoff of its own, the previous one stays: the version check judges it.
    const sets = [TTL, ...(keep ? ['handoff = :handoff'] : []), ...(next ? NEXT_HOLDER : [])];
    const removes = [...(next ? [] : ['heldBy', 'heldUntil']), ...(encoded && !keep ? ['handoff'] : [])];
    try {
      await this.update(securityProfileName, {
        UpdateExpression: [
          `SET ${sets.join(', ')}`,
          ...(removes.length > 0 ? [`REMOVE ${removes.join(', ')}`] : []),
          ...(next ? ['DELETE waiters :next'] : []),
        ].join(' '),
        ConditionExpression: 'heldBy = :holder',
        ExpressionAttributeValues: {
          ':holder': holder,
          ...(keep && { ':handoff': encoded }),
          ...(next && {
            ':nextHolder': next.holder,
            ':next': new Set([next.holder]),
            ':until': next.untilMs,
          }),
        },
      });
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  async leave(securityProfileName: string, holder: string): Promise<void> {
    await Promise.all([
      this.update(securityProfileName, {
        UpdateExpression: 'DELETE waiters :holders',
        ExpressionAttributeValues: { ':holders': new Set([holder]) },
      }),
      this.release(securityProfileName, holder),
    ]);
  }

  /** One UpdateItem of a profile's item; every write moves its expiry a day past now. */
  private update(
    securityProfileName: string,
    input: Omit<ConstructorParameters<typeof UpdateCommand>[0], 'TableName' | 'Key'>,
  ): Promise<UpdateCommandOutput> {
    const uses = input.UpdateExpression?.includes(TTL) ?? false;
    const nowMs = this.options.now?.() ?? Date.now();
    return this.options.client.send(
      new UpdateCommand({
        ...input,
        TableName: this.options.tableName,
        Key: { pk: securityProfileName },
        ...(uses && {
          ExpressionAttributeNames: { '#expiresAt': TURN_EXPIRES_AT_ATTRIBUTE },
          ExpressionAttributeValues: {
            ...input.ExpressionAttributeValues,
            ':expiresAt': Math.ceil(nowMs / 1_000) + DAY_SECONDS,
          },
        }),
      }),
    );
  }
}

const TTL = '#expiresAt = :expiresAt';
const NEXT_HOLDER = ['heldBy = :nextHolder', 'heldUntil = :until'];

/** The waiters of an item (a string set, absent when empty: DynamoDB keeps no empty set). */
function waitersOf(item: Record<string, unknown> | undefined): string[] {
  const waiters = item?.waiters;
  return waiters instanceof Set ? [...(waiters as Set<unknown>)].map(String) : [];
}

function handoffOf(item: Record<string, unknown> | undefined): { handoff?: TurnHandoff } {
  const text = item?.handoff;
  return typeof text === 'string' ? { handoff: parseTyped(text) as TurnHandoff } : {};
}
