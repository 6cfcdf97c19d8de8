import {
  GetCommand,
  QueryCommand,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { AuditEvent } from '../../domain/auditEvent';
import { eventIdBounds } from '../../domain/newEventId';
import type { AuditPage, AuditTrail, PageRequest, TrailFilter } from '../../service/ports';
import { fromAuditItem, profilePartitionKey, type AuditItem } from './auditItemCodec';
import { partCount, payloadPartitionKey } from './auditPayload';
import { BY_ACTOR_INDEX, PENDING_INDEX, PENDING_SHARD } from './auditTableDefinition';
import { encodeCursor, readPageRequest, type PageKey } from './pageCursor';
import { trailFilterExpression } from './trailFilterExpression';

/** Options of {@link DynamoAuditTrail}. */
export interface DynamoAuditTrailOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
}

// The attributes DynamoDB puts in a LastEvaluatedKey: the table's key plus the index's.
const TABLE_KEY = ['pk', 'sk'] as const;
const BY_ACTOR_KEY = ['pk', 'sk', 'actorSubject'] as const;
// DynamoDB filters after it reads: a filtered page keeps reading, at most this many queries.
const MAX_QUERIES_PER_PAGE = 4;

/**
 * Reads the audit trail: newest first, cursor-paginated. A page may hold fewer
 * than `first` events when DynamoDB's 1 MB limit cuts a query short; `hasNextPage`
 * then still says more follow.
 */
export class DynamoAuditTrail implements AuditTrail {
  constructor(private readonly options: DynamoAuditTrailOptions) {}

  /**
   * One profile's events, newest first (strongly consistent: a change just made is listed),
   * narrowed by `filter` in DynamoDB's FilterExpression.
   */
  async listByProfile(
    securityProfileName: string,
    page: PageRequest = {},
    filter: TrailFilter = {},
  ): Promise<AuditPage> {
    const pk = profilePartitionKey(securityProfileName);
    const narrowed = trailFilterExpression(filter);
    return this.queryPage(
      {
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': pk, ...narrowed?.values },
        ...(narrowed && {
          FilterExpression: narrowed.expression,
          ExpressionAttributeNames: narrowed.names,
        }),
        ConsistentRead: true,
      },
      TABLE_KEY,
      { pk },
      page,
    );
  }

  /** The events an actor caused, newest first (from the `byActor` index: eventually consistent). */
  async listByActor(subject: string, page: PageRequest = {}): Promise<AuditPage> {
    return this.queryPage(
      {
        IndexName: BY_ACTOR_INDEX,
        KeyConditionExpression: 'actorSubject = :subject',
        ExpressionAttributeValues: { ':subject': subject },
      },
      BY_ACTOR_KEY,
      { actorSubject: subject },
      page,
    );
  }

  /** Up to `limit` events still PENDING, oldest first (from the sparse `pending` index). */
  async listPending(limit: number): Promise<AuditEvent[]> {
    if (!Number.isInteger(limit) || limit < 1)
      throw new RangeError(`limit must be a positive integer, got ${limit}.`);
    const items = await this.queryItems(
      {
        IndexName: PENDING_INDEX,
        KeyConditionExpression: 'pendingShard = :shard',
        ExpressionAttributeValues: { ':shard': PENDING_SHARD },
      },
      limit,
    );
    return this.decodeAll(items);
  }

  /** One event, or undefined when the profile has no event with that id. */
  async get(securityProfileName: string, eventId: string): Promise<AuditEvent | undefined> {
    const output = await this.options.client.send(
      new GetCommand({
        TableName: this.options.tableName,
        Key: { pk: profilePartitionKey(securityProfileName), sk: eventId },
        ConsistentRead: true,
      }),
    );
    return output.Item ? this.decode(output.Item) : undefined;
  }

  async listBetween(securityProfileName: string, from: Date, to: Date, limit: number): Promise<AuditEvent[]> {
    const items = await this.queryItems(
      {
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
        ExpressionAttributeValues: {
          ':pk': profilePartitionKey(securityProfileName),
          ':from': eventIdBounds(from).floor,
          ':to': eventIdBounds(to).ceiling,
        },
        ConsistentRead: true,
      },
      limit,
    );
    return this.decodeAll(items);
  }

  private decodeAll(items: readonly AuditItem[]): Promise<AuditEvent[]> {
    return Promise.all(items.map((item) => this.decode(item)));
  }

  /** The event of an item, with the parts of its payload read first when it was split. */
  private async decode(item: AuditItem): Promise<AuditEvent> {
    const count = partCount(item);
    if (count === 0) return fromAuditItem(item);
    return fromAuditItem(item, await this.readParts(String(item.sk), String(item.payloadKey), count));
  }

  private async readParts(eventId: string, writeToken: string, count: number): Promise<Uint8Array[]> {
    const items = await this.queryItems({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :token)',
      ExpressionAttributeValues: { ':pk': payloadPartitionKey(eventId), ':token': `${writeToken}#` },
      ConsistentRead: true,
    });
    const parts = items.map((part) => part.data as Uint8Array);
    if (parts.length !== count) {
      throw new Error(`Audit event ${eventId} has ${parts.length} of its ${count} payload parts.`);
    }
    return parts;
  }

  /** The items a query matches, up to `limit`, read on across the pages DynamoDB cuts its answer into. */
  private async queryItems(
    query: Omit<QueryCommandInput, 'TableName' | 'Limit' | 'ExclusiveStartKey'>,
    limit = Number.POSITIVE_INFINITY,
  ): Promise<AuditItem[]> {
    const items: AuditItem[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const output = await this.options.client.send(
        new QueryCommand({
          ...query,
          TableName: this.options.tableName,
          ...(Number.isFinite(limit) && { Limit: limit - items.length }),
          ExclusiveStartKey: startKey,
        }),
      );
      items.push(...(output.Items ?? []));
      startKey = output.LastEvaluatedKey;
    } while (startKey && items.length < limit);
    return items;
  }

  private async queryPage(
    query: Omit<QueryCommandInput, 'TableName'>,
    keyNames: readonly string[],
    fixed: PageKey,
    page: PageRequest,
  ): Promise<AuditPage> {
    const { pageSize, startKey } = readPageRequest(page, keyNames, fixed);
    const items: AuditItem[] = [];
    let lastKey: Record<string, unknown> | undefined = startKey;
    // One more than asked: whether it comes back says if there is a next page.
    for (let queries = 0; queries < MAX_QUERIES_PER_PAGE; queries++) {
      const output = await this.options.client.send(
        new QueryCommand({
          ...query,
          TableName: this.options.tableName,
          ScanIndexForward: false,
          Limit: pageSize + 1 - items.length,
          ExclusiveStartKey: lastKey,
        }),
      );
      items.push(...(output.Items ?? []));
      lastKey = output.LastEvaluatedKey;
      if (!lastKey || items.length > pageSize) break;
    }
    const kept = items.slice(0, pageSize);
    const events = await this.decodeAll(kept);
    const edges = kept.map((item, i) => ({ cursor: encodeCursor(keyOf(item, keyNames)), event: events[i]! }));
    const hasNextPage = items.length > pageSize || lastKey !== undefined;
    // A filtered page that found fewer events than asked resumes where the reading stopped,
    // past the events the filter left out, rather than after its last event.
    const resumeAt = items.length <= pageSize && lastKey ? encodeCursor(keyOf(lastKey, keyNames)) : undefined;
    return { edges, endCursor: resumeAt ?? edges.at(-1)?.cursor, hasNextPage };
  }
}

function keyOf(item: AuditItem, keyNames: readonly string[]): PageKey {
  return Object.fromEntries(keyNames.map((name) => [name, String(item[name])]));
}
