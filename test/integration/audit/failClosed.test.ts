import { createServer } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAuditDocumentClient } from '../../../src/adapters/audit/createAuditDocumentClient';
import { DynamoAuditLog } from '../../../src/adapters/audit/DynamoAuditLog';
import { AuditUnavailableError } from '../../../src/domain/errors';
import { aSucceededEvent, anIntent } from '../../fixtures/auditEvents';
import { flakyClient, isOutcomePut } from './flakyClient';
import { LOCAL_CLIENT_CONFIG, startAuditStack, type AuditStack } from './startAuditStack';

let stack: AuditStack;
let closedEndpoint: string;
beforeAll(async () => {
  stack = await startAuditStack();
  closedEndpoint = await endpointOfClosedPort();
});
afterAll(async () => {
  await stack.close();
});

/** A loopback port that was free a moment ago and has nothing listening on it now. */
async function endpointOfClosedPort(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return `http://127.0.0.1:${address.port}`;
}

function unreachableLog(): DynamoAuditLog {
  const client = createAuditDocumentClient({
    ...LOCAL_CLIENT_CONFIG,
    endpoint: closedEndpoint,
    maxAttempts: 1,
  });
  return new DynamoAuditLog({
    client,
    tableName: stack.tableName,
    finaliseAttempts: 2,
    finaliseBackoffMs: 1,
  });
}

describe('fail closed', () => {
  it('rejects the intent with AuditUnavailableError, keeping the cause, when the store is unreachable', async () => {
    const written = unreachableLog().recordIntent(anIntent());
    await expect(written).rejects.toBeInstanceOf(AuditUnavailableError);
    await expect(written).rejects.toHaveProperty('cause');
  });

  it('rejects the outcome with AuditUnavailableError once its retries are spent', async () => {
    const written = unreachableLog().recordOutcome(aSucceededEvent());
    await expect(written).rejects.toBeInstanceOf(AuditUnavailableError);
  });

  it('rejects the intent when the table does not exist', async () => {
    const log = stack.auditLog({ tableName: 'NoSuchAuditTable' });
    const written = log.recordIntent(anIntent());
    await expect(written).rejects.toBeInstanceOf(AuditUnavailableError);
  });
});

describe('finalising through transient failures', () => {
  it('retries an outcome whose first put failed and records it', async () => {
    const event = aSucceededEvent({ securityProfileName: 'transient-fail' });
    const client = flakyClient(stack.client, ['fail'], isOutcomePut);
    const log = stack.auditLog({ client, finaliseBackoffMs: 1 });
    await log.recordIntent(
      anIntent({ eventId: event.eventId, securityProfileName: event.securityProfileName }),
    );
    await log.recordOutcome(event);
    expect(await stack.trail.get(event.securityProfileName, event.eventId)).toStrictEqual(event);
  });

  it('accepts its own earlier put when the answer to it was lost', async () => {
    const event = aSucceededEvent({ securityProfileName: 'transient-lost' });
    const client = flakyClient(stack.client, ['lose-response'], isOutcomePut);
    const log = stack.auditLog({ client, finaliseBackoffMs: 1 });
    await log.recordIntent(
      anIntent({ eventId: event.eventId, securityProfileName: event.securityProfileName }),
    );
    const written = log.recordOutcome(event);
    await expect(written).resolves.toBeUndefined();
    expect(await stack.trail.get(event.securityProfileName, event.eventId)).toStrictEqual(event);
  });
});

describe('createAuditDocumentClient', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('takes the endpoint from AWS_ENDPOINT_URL_DYNAMODB', async () => {
    vi.stubEnv('AWS_ENDPOINT_URL_DYNAMODB', stack.endpoint);
    const client = createAuditDocumentClient(LOCAL_CLIENT_CONFIG);
    const intent = anIntent({ securityProfileName: 'endpoint-from-env' });
    await new DynamoAuditLog({ client, tableName: stack.tableName }).recordIntent(intent);
    client.destroy();
    expect(await stack.trail.get(intent.securityProfileName, intent.eventId)).toStrictEqual(intent);
  });
});
