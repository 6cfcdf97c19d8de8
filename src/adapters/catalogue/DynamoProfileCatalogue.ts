import { DeleteCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CatalogueEntry } from '../../domain/catalogue/catalogueEntry';
import type {
  CataloguePage,
  CatalogueRemoval,
  CatalogueSelection,
  PageRequest,
  ProfileCatalogue,
} from '../../service/ports';
import { ALL_INDEX, ALL_PARTITION, BY_OWNER_INDEX } from './catalogueTableDefinition';
import { mergePage, readCataloguePage } from './cataloguePages';
import { isConditionFailure } from '../dynamo/isConditionFailure';

export interface DynamoProfileCatalogueOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
}

// Dates are stored as epoch milliseconds so the conditions compare them as numbers.
const NEWER =
  'attribute_not_exists(securityProfileName) OR bornAt < :bornAt OR (bornAt = :bornAt AND version <= :version)';

/**
 * The profile catalogue in its own DynamoDB table (`catalogueTableDefinition`).
 * A record is a conditional put that never replaces a later incarnation or
 * version; a listing is one query per partition it covers (the `all` index,
 * or one per owner team, in parallel), so a page costs the same however many
 * profiles the account holds.
 */
export class DynamoProfileCatalogue implements ProfileCatalogue {
  constructor(private readonly options: DynamoProfileCatalogueOptions) {}

  async record(entry: CatalogueEntry, recordedAt: Date): Promise<void> {
    const item = toItem(entry, recordedAt);
    try {
      await this.options.client.send(
        new PutCommand({
          TableName: this.options.tableName,
          Item: item,
          ConditionExpression: NEWER,
          ExpressionAttributeValues: { ':bornAt': item.bornAt, ':version': entry.version },
        }),
      );
    } catch (error) {
      // A later state is already recorded: the catalogue keeps it.
      if (!isConditionFailure(error)) throw error;
    }
  }

  async remove(securityProfileName: string, condition: CatalogueRemoval): Promise<void> {
    const check =
      'recordedBefore' in condition
        ? {
            ConditionExpression: 'recordedAt < :at',
            ExpressionAttributeValues: { ':at': condition.recordedBefore.getTime() },
          }
        : {
            ConditionExpression: 'bornAt = :bornAt',
            ExpressionAttributeValues: { ':bornAt': bornAt(condition.creationDate) },
          };
    try {
      await this.options.client.send(
        new DeleteCommand({ TableName: this.options.tableName, Key: { securityProfileName }, ...check }),
      );
    } catch (error) {
      // Absent, or another incarnation or a newer record holds the name: nothing to forget.
      if (!isConditionFailure(error)) throw error;
    }
  }

  async list(selection: CatalogueSelection, page: PageRequest): Promise<CataloguePage> {
    const { pageSize, after } = readCataloguePage(selection, page);
    const partitions =
      'allTeams' in selection
        ? [{ index: ALL_INDEX, key: 'listing', value: ALL_PARTITION }]
        : selection.ownerTeams.map((team) => ({ index: BY_OWNER_INDEX, key: 'ownerTeam', value: team }));
    const read = await Promise.all(partitions.map((p) => this.query(p, pageSize + 1, after)));
    return mergePage(selection, pageSize, read);
  }

  private async query(
    partition: { index: string; key: string; value: string },
    limit: number,
    after: string | undefined,
  ): Promise<CatalogueEntry[]> {
    const output = await this.options.client.send(
      new QueryCommand({
        TableName: this.options.tableName,
        IndexName: partition.index,
        KeyConditionExpression: after === undefined ? '#p = :p' : '#p = :p AND securityProfileName > :after',
        ExpressionAttributeNames: { '#p': partition.key },
        ExpressionAttributeValues: { ':p': partition.value, ...(after !== undefined && { ':after': after }) },
        Limit: limit,
      }),
    );
    return (output.Items ?? []).map(fromItem);
  }
}

function bornAt(creationDate: Date | undefined): number {
  return creationDate?.getTime() ?? 0;
}

function toItem(entry: CatalogueEntry, recordedAt: Date) {
  return {
    securityProfileName: entry.securityProfileName,
    securityProfileArn: entry.securityProfileArn,
    ownerTeam: entry.ownerTeam,
    listing: ALL_PARTITION,
    version: entry.version,
    bornAt: bornAt(entry.creationDate),
    lastModifiedAt: entry.lastModifiedDate?.getTime(),
    recordedAt: recordedAt.getTime(),
  };
}

function fromItem(item: Record<string, unknown>): CatalogueEntry {
  const entry: CatalogueEntry = {
    securityProfileName: String(item.securityProfileName),
    securityProfileArn: String(item.securityProfileArn),
    version: BigInt(String(item.version)),
  };
  if (typeof item.ownerTeam === 'string') entry.ownerTeam = item.ownerTeam;
  const born = Number(item.bornAt);
  if (born > 0) entry.creationDate = new Date(born);
  if (item.lastModifiedAt !== undefined) entry.lastModifiedDate = new Date(Number(item.lastModifiedAt));
  return entry;
}
