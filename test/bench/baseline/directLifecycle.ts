import {
  CreateSecurityProfileCommand,
  DescribeSecurityProfileCommand,
  ListTagsForResourceCommand,
  UpdateSecurityProfileCommand,
} from '@aws-sdk/client-iot';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import {
  claimVersion,
  intentAndTurn,
  loadWithIntent,
  putAudit,
  recordInCatalogue,
  recordUpdate,
  releaseTurn,
  type DirectClients,
} from './directChange';

const BEHAVIORS = [
  {
    name: 'Authorization',
    metric: 'aws:num-authorization-failures',
    criteria: { comparisonOperator: 'greater-than' as const, value: { count: 5 }, durationSeconds: 300 },
  },
];

/** A describe of a name that must not exist yet: a hand-written create checks as the gateway does. */
async function absent<T>(call: Promise<T>): Promise<void> {
  try {
    await call;
  } catch (error) {
    if (error instanceof Error && error.name === 'ResourceNotFoundException') return;
    throw error;
  }
  throw new Error('the profile to create already exists');
}

/**
 * The gateway's AWS calls for one create, made directly: describe ∥ list tags (both finding no
 * profile) ∥ audit intent ∥ newest claim ∥ the team's share ∥ the writer turn, then the create
 * with its owner tag, then a describe (CreateSecurityProfile answers neither the version nor the
 * creation date the audit and the catalogue record), then the audit outcome ∥ the version's claim
 * ∥ the catalogue entry ∥ the turn's release.
 */
export async function createDirectly(clients: DirectClients, securityProfileName: string): Promise<void> {
  const { iot } = clients;
  const id = `${Date.now().toString(36)}-${randomUUID()}`;
  const input = JSON.stringify({ securityProfileName, behaviors: BEHAVIORS });
  const resourceArn = `${clients.arnPrefix}${securityProfileName}`;
  await Promise.all([
    absent(iot.send(new DescribeSecurityProfileCommand({ securityProfileName }))),
    absent(iot.send(new ListTagsForResourceCommand({ resourceArn }))),
    intentAndTurn(clients, securityProfileName, id, input),
  ]);
  await iot.send(
    new CreateSecurityProfileCommand({
      securityProfileName,
      securityProfileDescription: 'Created by the benchmark',
      behaviors: BEHAVIORS,
      tags: [{ Key: 'team', Value: 'team-a' }],
    }),
  );
  const created = await iot.send(new DescribeSecurityProfileCommand({ securityProfileName }));
  await Promise.all([
    putAudit(clients, securityProfileName, {
      id,
      outcome: 'SUCCEEDED',
      inputJson: input,
      afterJson: JSON.stringify({ ...created, $metadata: undefined }),
      versionAfter: created.version,
    }),
    claimVersion(clients, securityProfileName, created.creationDate, created.version, id, 'CREATE'),
    recordInCatalogue(clients, securityProfileName, created.creationDate, created),
    releaseTurn(clients, securityProfileName, id),
  ]);
}

/**
 * The gateway's AWS calls for one restore, made directly: the first hop of a change
 * (`loadWithIntent`) ∥ the restored event, then the update to the event's description, then the
 * last hop of an update (`recordUpdate`).
 */
export async function restoreDirectly(
  clients: DirectClients,
  securityProfileName: string,
  restoredEventId: string,
): Promise<void> {
  const id = `${Date.now().toString(36)}-${randomUUID()}`;
  const input = JSON.stringify({ securityProfileName, auditEventId: restoredEventId });
  const [described, restored] = await Promise.all([
    loadWithIntent(clients, securityProfileName, id, input),
    clients.documents.send(
      new GetCommand({
        TableName: clients.tableName,
        Key: { pk: `PROFILE#${securityProfileName}`, sk: restoredEventId },
        ConsistentRead: true,
      }),
    ),
  ]);
  const after = JSON.parse(String(restored.Item?.afterJson ?? '{}')) as {
    securityProfileDescription?: string;
  };
  const updated = await clients.iot.send(
    new UpdateSecurityProfileCommand({
      securityProfileName,
      securityProfileDescription: after.securityProfileDescription ?? 'restored',
      expectedVersion: described.version,
    }),
  );
  await recordUpdate(clients, { securityProfileName, id, input, described, updated });
}
