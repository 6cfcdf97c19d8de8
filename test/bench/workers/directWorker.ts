import {
  DescribeSecurityProfileCommand,
  IoTClient,
  ListTagsForResourceCommand,
  UpdateSecurityProfileCommand,
} from '@aws-sdk/client-iot';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import { BENCH_PROFILE } from './mutationEvents';
import { serveRequests } from './serveRequests';

// The gateway's AWS calls made directly with the SDK clients, with nothing around them: the
// floor the gateway's overhead and critical path are measured against. Same calls, same
// parallelism as the design (describe ∥ tags ∥ intent, then update, then outcome), audit items
// of the same keys and about the same size.
const iot = new IoTClient({});
const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}), {
  marshallOptions: { removeUndefinedValues: true },
});
const tableName = process.env.AUDIT_TABLE_NAME ?? 'SecurityProfileAudit';
const arn = `arn:aws:iot:us-east-1:123456789012:securityprofile/${BENCH_PROFILE}`;

async function threeHops(description: string): Promise<number> {
  const id = `${Date.now().toString(36)}-${randomUUID()}`;
  const input = JSON.stringify({
    securityProfileName: BENCH_PROFILE,
    securityProfileDescription: description,
  });
  const [described] = await Promise.all([
    iot.send(new DescribeSecurityProfileCommand({ securityProfileName: BENCH_PROFILE })),
    iot.send(new ListTagsForResourceCommand({ resourceArn: arn })),
    putAudit(
      { id, outcome: 'PENDING', pendingShard: 'PENDING', inputJson: input },
      'attribute_not_exists(pk)',
    ),
  ]);
  const updated = await iot.send(
    new UpdateSecurityProfileCommand({
      securityProfileName: BENCH_PROFILE,
      securityProfileDescription: description,
      expectedVersion: described.version,
    }),
  );
  await putAudit(
    {
      id,
      outcome: 'SUCCEEDED',
      inputJson: input,
      beforeJson: JSON.stringify({ ...described, $metadata: undefined }),
      afterJson: JSON.stringify({ ...updated, $metadata: undefined }),
      versionBefore: described.version,
      versionAfter: updated.version,
    },
    'attribute_not_exists(pk) OR outcome = :pending',
  );
  return 1;
}

async function putAudit(fields: Record<string, unknown> & { id: string }, condition: string): Promise<void> {
  const { id, ...rest } = fields;
  await documents.send(
    new PutCommand({
      TableName: tableName,
      Item: {
        pk: `PROFILE#${BENCH_PROFILE}`,
        sk: id,
        actorSubject: 'bench',
        time: new Date().toISOString(),
        ...rest,
      },
      ConditionExpression: condition,
      ...(condition.includes(':pending') && { ExpressionAttributeValues: { ':pending': 'PENDING' } }),
    }),
  );
}

async function singleUpdate(description: string): Promise<number> {
  await iot.send(
    new UpdateSecurityProfileCommand({
      securityProfileName: BENCH_PROFILE,
      securityProfileDescription: description,
    }),
  );
  return 1;
}

serveRequests(
  {
    sequential: (kind, tag) => (i) =>
      kind === 'single' ? singleUpdate(`${tag} ${i}`) : threeHops(`${tag} ${i}`),
  },
  { ready: true, importMs: 0 },
);
