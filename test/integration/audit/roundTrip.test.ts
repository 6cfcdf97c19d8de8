import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profilePartitionKey } from '../../../src/adapters/audit/auditItemCodec';
import { aSucceededEvent, anIntent } from '../../fixtures/auditEvents';
import { startAuditStack, type AuditStack } from './startAuditStack';

let stack: AuditStack;
beforeAll(async () => {
  stack = await startAuditStack();
});
afterAll(async () => {
  await stack.close();
});

async function rawItem(name: string, eventId: string): Promise<Record<string, unknown> | undefined> {
  const output = await stack.client.send(
    new GetCommand({ TableName: stack.tableName, Key: { pk: profilePartitionKey(name), sk: eventId } }),
  );
  return output.Item;
}

describe('DynamoAuditLog and DynamoAuditTrail against dynalite', () => {
  it('reads back a PENDING intent exactly as it was written', async () => {
    const intent = anIntent({ securityProfileName: 'round-trip-intent' });
    await stack.auditLog().recordIntent(intent);
    expect(await stack.trail.get(intent.securityProfileName, intent.eventId)).toStrictEqual(intent);
  });

  it('reads back every member of a final event, 64-bit numbers and dates exactly', async () => {
    const event = aSucceededEvent({
      securityProfileName: 'round-trip-final',
      input: {
        securityProfileName: 'round-trip-final',
        expectedVersion: 9_007_199_254_740_993n,
        nested: [{ a: null }],
      },
      changes: [
        { path: 'behaviors[name=MessagesSent].criteria.value.count', before: 100n, after: 2n ** 63n - 1n },
      ],
      errorMessage: 'none',
    });
    const log = stack.auditLog();
    await log.recordIntent({
      ...anIntent(),
      eventId: event.eventId,
      securityProfileName: event.securityProfileName,
    });
    await log.recordOutcome(event);
    const stored = await stack.trail.get(event.securityProfileName, event.eventId);
    expect(stored).toStrictEqual(event);
    expect(stored?.before?.lastModifiedDate).toBeInstanceOf(Date);
    expect(stored?.versionAfter).toBe(9_007_199_254_740_994n);
  });

  it('stores versions as DynamoDB numbers and drops the pending marker once final', async () => {
    const event = aSucceededEvent({ securityProfileName: 'round-trip-raw' });
    await stack.auditLog().recordOutcome(event);
    const item = await rawItem(event.securityProfileName, event.eventId);
    expect(item?.versionBefore).toBe(9_007_199_254_740_993n);
    expect(item).not.toHaveProperty('pendingShard');
    expect(item).not.toHaveProperty('expiresAt');
  });

  it('sets expiresAt to the event time plus the retention period when one is configured', async () => {
    const intent = anIntent({ securityProfileName: 'round-trip-ttl', time: '2026-03-01T12:00:00.000Z' });
    await stack.auditLog({ retentionDays: 30 }).recordIntent(intent);
    const item = await rawItem(intent.securityProfileName, intent.eventId);
    expect(item?.expiresAt).toBe(BigInt(Date.parse('2026-03-31T12:00:00.000Z') / 1000));
  });

  it('answers undefined for an event that does not exist', async () => {
    const event = await stack.trail.get('round-trip-none', '01JNZZZZZZZZZZZZZZZZZZZZZZ');
    expect(event).toBeUndefined();
  });
});
