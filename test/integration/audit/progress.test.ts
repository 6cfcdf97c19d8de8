import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEventFinalError } from '../../../src/domain/AuditEventFinalError';
import { aSucceededEvent, anIntent } from '../../fixtures/auditEvents';
import { startAuditStack, type AuditStack } from './startAuditStack';

let stack: AuditStack;
beforeAll(async () => {
  stack = await startAuditStack();
});
afterAll(async () => {
  await stack.close();
});

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

  it('never turns a final event back into PENDING', async () => {
    const log = stack.auditLog();
    const event = aSucceededEvent({ securityProfileName: 'progress-after-final' });
    await log.recordOutcome(event);
    const late = log.recordProgress({ ...event, outcome: 'PENDING' });
    await expect(late).rejects.toBeInstanceOf(AuditEventFinalError);
    expect(await stack.trail.get(event.securityProfileName, event.eventId)).toStrictEqual(event);
  });

  it('can still be finalised afterwards', async () => {
    const log = stack.auditLog();
    const intent = anIntent({ securityProfileName: 'progress-then-final' });
    await log.recordIntent(intent);
    await log.recordProgress({ ...intent, versionBefore: 1n });
    const final = { ...intent, outcome: 'SUCCEEDED' as const, versionBefore: 1n, versionAfter: 2n };
    await log.recordOutcome(final);
    expect(await stack.trail.get(intent.securityProfileName, intent.eventId)).toStrictEqual(final);
  });
});
