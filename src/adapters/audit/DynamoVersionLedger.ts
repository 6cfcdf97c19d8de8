import { GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AuditOperation } from '../../domain/auditEvent';
import type { VersionClaim } from '../../domain/drift/versionClaim';
import type { VersionLedger } from '../../service/ports';
import { isConditionFailure } from '../dynamo/isConditionFailure';

/** Options of {@link DynamoVersionLedger}: the audit table holds the ledger too. */
export interface DynamoVersionLedgerOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
}

// Twenty digits hold any 64-bit version, so the sort key orders versions as numbers.
const VERSION_DIGITS = 20;

/** The partition of a name's claims. */
export function ledgerPartitionKey(securityProfileName: string): string {
  return `VERSIONS#${securityProfileName}`;
}

/**
 * The version ledger in the audit table: one item per claimed version, in the
 * partition `VERSIONS#<name>`, sorted by `<creationDate>#<version>` (ISO-8601
 * dates sort as times), so the newest incarnation's newest versions come first
 * in a descending query. A claim is a conditional put: it creates the item or
 * finds it held by the same event.
 */
export class DynamoVersionLedger implements VersionLedger {
  constructor(private readonly options: DynamoVersionLedgerOptions) {}

  async claim(claims: readonly VersionClaim[]): Promise<VersionClaim[]> {
    const refused = await Promise.all(claims.map((claim) => this.claimOne(claim)));
    return refused.filter((holder): holder is VersionClaim => holder !== undefined);
  }

  async newest(securityProfileName: string, limit: number, creationDate?: string): Promise<VersionClaim[]> {
    const pk = ledgerPartitionKey(securityProfileName);
    const output = await this.options.client.send(
      new QueryCommand({
        TableName: this.options.tableName,
        KeyConditionExpression:
          creationDate === undefined ? 'pk = :pk' : 'pk = :pk AND begins_with(sk, :incarnation)',
        ExpressionAttributeValues: {
          ':pk': pk,
          ...(creationDate !== undefined && { ':incarnation': `${creationDate}#` }),
        },
        ScanIndexForward: false,
        Limit: limit,
        ConsistentRead: true,
      }),
    );
    return (output.Items ?? []).map(fromItem);
  }

  async get(
    securityProfileName: string,
    creationDate: string,
    version: bigint,
  ): Promise<VersionClaim | undefined> {
    const output = await this.options.client.send(
      new GetCommand({
        TableName: this.options.tableName,
        Key: { pk: ledgerPartitionKey(securityProfileName), sk: sortKey(creationDate, version) },
        ConsistentRead: true,
      }),
    );
    return output.Item ? fromItem(output.Item) : undefined;
  }

  /** Undefined when the claim now holds; the holder when another event holds the version. */
  private async claimOne(claim: VersionClaim): Promise<VersionClaim | undefined> {
    try {
      await this.options.client.send(
        new PutCommand({
          TableName: this.options.tableName,
          Item: toItem(claim),
          ConditionExpression: 'attribute_not_exists(pk) OR eventId = :eventId',
          ExpressionAttributeValues: { ':eventId': claim.eventId },
        }),
      );
      return undefined;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      return this.get(claim.securityProfileName, claim.creationDate, claim.version);
    }
  }
}

function sortKey(creationDate: string, version: bigint): string {
  return `${creationDate}#${version.toString().padStart(VERSION_DIGITS, '0')}`;
}

function toItem(claim: VersionClaim): Record<string, unknown> {
  return {
    pk: ledgerPartitionKey(claim.securityProfileName),
    sk: sortKey(claim.creationDate, claim.version),
    securityProfileName: claim.securityProfileName,
    creationDate: claim.creationDate,
    version: claim.version,
    eventId: claim.eventId,
    operation: claim.operation,
    changedAt: claim.changedAt,
  };
}

function fromItem(item: Record<string, unknown>): VersionClaim {
  const version = item.version;
  const claim: VersionClaim = {
    securityProfileName: String(item.securityProfileName),
    creationDate: String(item.creationDate),
    version: typeof version === 'bigint' ? version : BigInt(String(version)),
    eventId: String(item.eventId),
    operation: String(item.operation) as AuditOperation,
  };
  if (typeof item.changedAt === 'string') claim.changedAt = item.changedAt;
  return claim;
}
