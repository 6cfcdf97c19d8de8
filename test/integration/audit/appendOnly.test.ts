import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEventFinalError } from '../../../src/domain/AuditEventFinalError';
import { AuditUnavailableError } from '../../../src/domain/errors';
import { aSucceededEvent, anIntent } from '../../fixtures/auditEvents';
import { startAuditStack, type AuditStack } from './startAuditStack';

let stack: AuditStack;
beforeAll(async () => {
  stack = await startAuditStack();
});
afterAll(async () => {
  await stack.close();
});

describe('append-only audit events', () => {
  it('refuses to overwrite a final event and keeps the first outcome', async () => {
    const log = stack.auditLog();
    const event = aSucceededEvent({ securityProfileName: 'append-only-final' });
    await log.recordOutcome(event);
    const overwrite = log.recordOutcome({ ...event, outcome: 'FAILED', errorCode: 'UPSTREAM_UNAVAILABLE' });
    await expect(overwrite).rejects.toBeInstanceOf(AuditEventFinalError);
    expect(await stack.trail.get(event.securityProfileName, event.eventId)).toStrictEqual(event);
  });

  it('refuses a second intent with the same id, so the change is not made', async () => {
    const log = stack.auditLog();
    const intent = anIntent({ securityProfileName: 'append-only-intent' });
    await log.recordIntent(intent);
    const again = log.recordIntent({ ...intent, actor: { subject: 'mallory', teams: [], isAdmin: true } });
    await expect(again).rejects.toBeInstanceOf(AuditUnavailableError);
    expect(await stack.trail.get(intent.securityProfileName, intent.eventId)).toStrictEqual(intent);
  });

  it('refuses an intent over a final event', async () => {
    const log = stack.auditLog();
    const event = aSucceededEvent({ securityProfileName: 'append-only-late-intent' });
    await log.recordOutcome(event);
    const late = log.recordIntent({
      ...anIntent(),
      eventId: event.eventId,
      securityProfileName: event.securityProfileName,
    });
    await expect(late).rejects.toBeInstanceOf(AuditUnavailableError);
    expect((await stack.trail.get(event.securityProfileName, event.eventId))?.outcome).toBe('SUCCEEDED');
  });

  it('finalises a PENDING intent in place', async () => {
    const log = stack.auditLog();
    const intent = anIntent({ securityProfileName: 'append-only-finalise' });
    await log.recordIntent(intent);
    const denied = { ...intent, outcome: 'DENIED' as const, errorCode: 'FORBIDDEN' as const };
    await log.recordOutcome(denied);
    expect(await stack.trail.get(intent.securityProfileName, intent.eventId)).toStrictEqual(denied);
  });

  it('writes the final event of a call refused before its intent directly', async () => {
    const invalid = {
      ...anIntent({ securityProfileName: 'append-only-direct' }),
      outcome: 'INVALID' as const,
    };
    await stack.auditLog().recordOutcome(invalid);
    expect(await stack.trail.get(invalid.securityProfileName, invalid.eventId)).toStrictEqual(invalid);
  });

  it('rejects an intent that is not PENDING and an outcome that is', async () => {
    const log = stack.auditLog();
    const finalAsIntent = log.recordIntent(aSucceededEvent());
    const pendingAsOutcome = log.recordOutcome(anIntent());
    await expect(finalAsIntent).rejects.toBeInstanceOf(TypeError);
    await expect(pendingAsOutcome).rejects.toBeInstanceOf(TypeError);
  });
});
