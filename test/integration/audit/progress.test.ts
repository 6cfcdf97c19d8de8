import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anIntent } from '../../fixtures/auditEvents';
import { startAuditStack, type AuditStack } from './startAuditStack';

let stack: AuditStack;
beforeAll(async () => {
  stack = await startAuditStack();
});
afterAll(async () => {
  await stack.close();
});

// What any AuditLog does with progress is in test/contract/auditTrailContract.ts; here, DynamoDB's own index.
describe('an event whose outcome is unknown', () => {
  it('keeps what the call learnt, still PENDING and still listed for the reconciler', async () => {
    const log = stack.auditLog();
    const intent = anIntent({ securityProfileName: 'progress-kept' });
    await log.recordIntent(intent);
    const progress = {
      ...intent,
      versionBefore: 7n,
      versionAfter: 8n,
      errorCode: 'UPSTREAM_UNAVAILABLE' as const,
    };
    await log.recordProgress(progress);
    expect(await stack.trail.get(intent.securityProfileName, intent.eventId)).toStrictEqual(progress);
    expect((await stack.trail.listPending(100)).map((e) => e.eventId)).toContain(intent.eventId);
  });
});
