import {
  DescribeSecurityProfileCommand,
  IoTClient,
  ListTagsForResourceCommand,
  UpdateSecurityProfileCommand,
  type DescribeSecurityProfileCommandOutput,
  type UpdateSecurityProfileCommandOutput,
} from '@aws-sdk/client-iot';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type UpdateCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';

/** The SDK clients a hand-written Lambda would build once per cold start. */
export interface DirectClients {
  iot: IoTClient;
  documents: DynamoDBDocumentClient;
  tableName: string;
  /** The profile catalogue's table, which every change keeps up to date. */
  catalogueTableName: string;
  /** The table of the teams' shares of IoT, which every change takes its calls from. */
  budgetTableName: string;
  /** The writer-turn table, whose turn every change takes and releases. */
  turnTableName: string;
  /** ARN of a security profile but for its name (serverless.yml gives the gateway the same). */
  arnPrefix: string;
}

/** The clients of {@link changeDirectly}, configured from the Lambda environment as the gateway's are. */
export function createDirectClients(env: NodeJS.ProcessEnv = process.env): DirectClients {
  return {
    iot: new IoTClient({}),
    documents: DynamoDBDocumentClient.from(new DynamoDBClient({}), {
      marshallOptions: { removeUndefinedValues: true },
    }),
    tableName: env.AUDIT_TABLE_NAME ?? 'SecurityProfileAudit',
    catalogueTableName: env.CATALOGUE_TABLE_NAME ?? 'SecurityProfileCatalogue',
    budgetTableName: env.BUDGET_TABLE_NAME ?? 'SecurityProfileBudget',
    turnTableName: env.WRITER_TURN_TABLE_NAME ?? 'SecurityProfileWriterTurns',
    arnPrefix: env.IOT_SECURITY_PROFILE_ARN_PREFIX ?? 'arn:aws:iot:us-east-1:123456789012:securityprofile/',
  };
}

/**
 * The gateway's AWS calls for one uncontended change, made directly with the SDK clients and
 * nothing around them: describe ∥ list tags ∥ audit intent ∥ the version ledger's newest claim ∥
 * the team's share of IoT calls ∥ the profile's writer turn, then the update, then the audit
 * outcome ∥ the claim of the version it made ∥ the profile's catalogue entry ∥ the turn's
 * release, with items of the same keys and about the same size as the gateway's (eleven calls, as
 * the gateway's audit of changes made outside it, its listings, its fair share and its writer
 * turns make them).
 * @returns the profile's version after the update
 */
export async function changeDirectly(
  clients: DirectClients,
  securityProfileName: string,
  description: string,
): Promise<bigint | number | undefined> {
  const id = `${Date.now().toString(36)}-${randomUUID()}`;
  const input = JSON.stringify({ securityProfileName, securityProfileDescription: description });
  const described = await loadWithIntent(clients, securityProfileName, id, input);
  const updated = await clients.iot.send(
    new UpdateSecurityProfileCommand({
      securityProfileName,
      securityProfileDescription: description,
      expectedVersion: described.version,
    }),
  );
  await recordUpdate(clients, { securityProfileName, id, input, described, updated });
  return updated.version;
}

/** The first hop of a change: describe ∥ list tags ∥ {@link intentAndTurn}. */
export async function loadWithIntent(
  clients: DirectClients,
  securityProfileName: string,
  id: string,
  input: string,
): Promise<DescribeSecurityProfileCommandOutput> {
  const { iot } = clients;
  const [described] = await Promise.all([
    iot.send(new DescribeSecurityProfileCommand({ securityProfileName })),
    iot.send(new ListTagsForResourceCommand({ resourceArn: `${clients.arnPrefix}${securityProfileName}` })),
    intentAndTurn(clients, securityProfileName, id, input),
  ]);
  return described;
}

/** What the first hop of every change writes and reads besides the profile: audit intent ∥ newest claim ∥ team's share ∥ writer turn. */
export async function intentAndTurn(
  clients: DirectClients,
  securityProfileName: string,
  id: string,
  input: string,
): Promise<void> {
  await Promise.all([
    putAudit(clients, securityProfileName, {
      id,
      outcome: 'PENDING',
      pendingShard: 'PENDING',
      inputJson: input,
    }),
    newestClaim(clients, securityProfileName),
    takeShare(clients, 'team-a', 3),
    takeTurn(clients, securityProfileName, id),
  ]);
}

/** The last hop of an update: audit outcome ∥ the version's claim ∥ the catalogue entry ∥ the turn's release. */
export async function recordUpdate(
  clients: DirectClients,
  change: {
    securityProfileName: string;
    id: string;
    input: string;
    described: DescribeSecurityProfileCommandOutput;
    updated: UpdateSecurityProfileCommandOutput;
  },
): Promise<void> {
  const { securityProfileName: name, id, described, updated } = change;
  await Promise.all([
    putAudit(clients, name, {
      id,
      outcome: 'SUCCEEDED',
      inputJson: change.input,
      beforeJson: JSON.stringify({ ...described, $metadata: undefined }),
      afterJson: JSON.stringify({ ...updated, $metadata: undefined }),
      versionBefore: described.version,
      versionAfter: updated.version,
    }),
    claimVersion(clients, name, described.creationDate, updated.version, id),
    recordInCatalogue(clients, name, described.creationDate, updated),
    releaseTurn(clients, name, id),
  ]);
}

/** The profile's writer turn taken: one conditional UpdateItem, as the gateway's first try makes it. */
export async function takeTurn(clients: DirectClients, profile: string, holder: string): Promise<void> {
  const now = Date.now();
  await updateTurn(clients, profile, {
    UpdateExpression:
      'SET heldBy = :holder, heldUntil = :until, #expiresAt = :expiresAt DELETE waiters :holders',
    ConditionExpression: 'attribute_not_exists(heldBy) OR heldUntil <= :now OR heldBy = :holder',
    ExpressionAttributeValues: {
      ':holder': holder,
      ':holders': new Set([holder]),
      ':until': now + 5_000,
      ':now': now,
    },
    ReturnValues: 'ALL_OLD',
  });
}

/** The turn given back: one UpdateItem conditional on still holding it. */
export async function releaseTurn(clients: DirectClients, profile: string, holder: string): Promise<void> {
  await updateTurn(clients, profile, {
    UpdateExpression: 'SET #expiresAt = :expiresAt REMOVE heldBy, heldUntil',
    ConditionExpression: 'heldBy = :holder',
    ExpressionAttributeValues: { ':holder': holder },
  });
}

/** One UpdateItem of the profile's turn item, its expiry a day on, as the gateway's writes move it. */
async function updateTurn(
  clients: DirectClients,
  profile: string,
  input: Omit<UpdateCommandInput, 'TableName' | 'Key' | 'ExpressionAttributeNames'>,
): Promise<void> {
  await clients.documents.send(
    new UpdateCommand({
      ...input,
      TableName: clients.turnTableName,
      Key: { pk: profile },
      ExpressionAttributeNames: { '#expiresAt': 'expiresAt' },
      ExpressionAttributeValues: {
        ...input.ExpressionAttributeValues,
        ':expiresAt': Math.ceil(Date.now() / 1000) + 86_400,
      },
    }),
  );
}

/** The change's IoT calls taken from the team's share of this second: one conditional UpdateItem. */
export async function takeShare(clients: DirectClients, team: string, calls: number): Promise<void> {
  const second = Math.floor(Date.now() / 1000);
  try {
    await clients.documents.send(
      new UpdateCommand({
        TableName: clients.budgetTableName,
        Key: { pk: `team#${team}#${second}` },
        UpdateExpression: 'ADD calls :calls SET #expiresAt = if_not_exists(#expiresAt, :expiresAt)',
        ConditionExpression: 'attribute_not_exists(calls) OR calls <= :room',
        ExpressionAttributeNames: { '#expiresAt': 'expiresAt' },
        ExpressionAttributeValues: { ':calls': calls, ':room': 1_000_000, ':expiresAt': second + 60 },
      }),
    );
  } catch (error) {
    // The call was made either way; a share exceeded is the gateway's business, not the baseline's.
    if (!(error instanceof Error) || error.name !== 'ConditionalCheckFailedException') throw error;
  }
}

/** The newest claim of the profile's version ledger, read as the gateway reads it beside its load. */
export async function newestClaim(clients: DirectClients, profile: string): Promise<void> {
  await clients.documents.send(
    new QueryCommand({
      TableName: clients.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `VERSIONS#${profile}` },
      ScanIndexForward: false,
      Limit: 1,
      ConsistentRead: true,
    }),
  );
}

/** The profile's entry in the catalogue of owners and versions: a put that never goes back. */
export async function recordInCatalogue(
  clients: DirectClients,
  profile: string,
  creationDate: Date | undefined,
  updated: { version?: number | bigint; securityProfileArn?: string; lastModifiedDate?: Date },
): Promise<void> {
  const bornAt = creationDate?.getTime() ?? 0;
  await clients.documents.send(
    new PutCommand({
      TableName: clients.catalogueTableName,
      Item: {
        securityProfileName: profile,
        securityProfileArn: updated.securityProfileArn,
        ownerTeam: 'team-a',
        listing: 'ALL',
        version: updated.version,
        bornAt,
        lastModifiedAt: updated.lastModifiedDate?.getTime(),
        recordedAt: Date.now(),
      },
      ConditionExpression:
        'attribute_not_exists(securityProfileName) OR bornAt < :bornAt OR (bornAt = :bornAt AND version <= :version)',
      ExpressionAttributeValues: { ':bornAt': bornAt, ':version': updated.version },
    }),
  );
}

/** The claim of the version the update made: a conditional put, as the gateway's ledger makes it. */
export async function claimVersion(
  clients: DirectClients,
  profile: string,
  creationDate: Date | undefined,
  version: number | bigint | undefined,
  eventId: string,
  operation = 'UPDATE',
): Promise<void> {
  const created = creationDate?.toISOString() ?? '';
  await clients.documents.send(
    new PutCommand({
      TableName: clients.tableName,
      Item: {
        pk: `VERSIONS#${profile}`,
        sk: `${created}#${String(version).padStart(20, '0')}`,
        securityProfileName: profile,
        creationDate: created,
        version,
        eventId,
        operation,
      },
      ConditionExpression: 'attribute_not_exists(pk) OR eventId = :eventId',
      ExpressionAttributeValues: { ':eventId': eventId },
    }),
  );
}

export async function putAudit(
  clients: DirectClients,
  profile: string,
  fields: Record<string, unknown> & { id: string; outcome: string },
): Promise<void> {
  const { id, ...rest } = fields;
  const pending = fields.outcome === 'PENDING';
  await clients.documents.send(
    new PutCommand({
      TableName: clients.tableName,
      Item: {
        pk: `PROFILE#${profile}`,
        sk: id,
        actorSubject: 'bench',
        time: new Date().toISOString(),
        ...rest,
      },
      ConditionExpression: pending
        ? 'attribute_not_exists(pk)'
        : 'attribute_not_exists(pk) OR outcome = :pending',
      ...(!pending && { ExpressionAttributeValues: { ':pending': 'PENDING' } }),
    }),
  );
}
