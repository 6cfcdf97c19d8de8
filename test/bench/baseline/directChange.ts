import {
  DescribeSecurityProfileCommand,
  IoTClient,
  ListTagsForResourceCommand,
  UpdateSecurityProfileCommand,
} from '@aws-sdk/client-iot';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';

/** The SDK clients a hand-written Lambda would build once per cold start. */
export interface DirectClients {
  iot: IoTClient;
  documents: DynamoDBDocumentClient;
  tableName: string;
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
    arnPrefix: env.IOT_SECURITY_PROFILE_ARN_PREFIX ?? 'arn:aws:iot:us-east-1:123456789012:securityprofile/',
  };
}

/**
 * The gateway's AWS calls for one uncontended change, made directly with the SDK clients and
 * nothing around them: describe ∥ list tags ∥ audit intent, then the update, then the audit
 * outcome, with audit items of the same keys and about the same size as the gateway's.
 * @returns the profile's version after the update
 */
export async function changeDirectly(
  clients: DirectClients,
  securityProfileName: string,
  description: string,
): Promise<bigint | number | undefined> {
  const { iot } = clients;
  const id = `${Date.now().toString(36)}-${randomUUID()}`;
  const input = JSON.stringify({ securityProfileName, securityProfileDescription: description });
  const [described] = await Promise.all([
    iot.send(new DescribeSecurityProfileCommand({ securityProfileName })),
    iot.send(new ListTagsForResourceCommand({ resourceArn: `${clients.arnPrefix}${securityProfileName}` })),
    putAudit(clients, securityProfileName, {
      id,
      outcome: 'PENDING',
      pendingShard: 'PENDING',
      inputJson: input,
    }),
  ]);
  const updated = await iot.send(
    new UpdateSecurityProfileCommand({
      securityProfileName,
      securityProfileDescription: description,
      expectedVersion: described.version,
    }),
  );
  await putAudit(clients, securityProfileName, {
    id,
    outcome: 'SUCCEEDED',
    inputJson: input,
    beforeJson: JSON.stringify({ ...described, $metadata: undefined }),
    afterJson: JSON.stringify({ ...updated, $metadata: undefined }),
    versionBefore: described.version,
    versionAfter: updated.version,
  });
  return updated.version;
}

async function putAudit(
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
