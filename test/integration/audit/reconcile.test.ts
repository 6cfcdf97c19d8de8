import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../src/domain/auditEvent';
import { AuditUnavailableError, ProfileNotFoundError } from '../../../src/domain/errors';
import type { LoadedProfile } from '../../../src/domain/securityProfile';
import { DynamoIotCallLog } from '../../../src/adapters/audit/DynamoIotCallLog';
import { DynamoVersionLedger } from '../../../src/adapters/audit/DynamoVersionLedger';
import { claimsOf } from '../../../src/domain/drift/versionClaim';
import { reconcilePendingAudits } from '../../../src/service/reconcilePendingAudits';
import { aSucceededEvent, anIntent } from '../../fixtures/auditEvents';
import { aProfile } from '../../fixtures/profiles';
import { flakyClient, isOutcomePut } from './flakyClient';
import { startAuditStack, type AuditStack } from './startAuditStack';

// A fresh table per test: a reconcile run takes every PENDING event it finds.
let stack: AuditStack;
beforeEach(async () => {
  stack = await startAuditStack();
});
afterEach(async () => {
  await stack.close();
});

const NOW = new Date('2026-03-01T13:00:00.000Z');
const clock = { now: () => NOW };
const GRACE_MS = 5 * 60_000;

/** IoT as the reconciler sees it: a fixed state per profile name; absent names do not exist. */
function storeHolding(profiles: Record<string, LoadedProfile>) {
  return {
    load: (name: string) => {
      const loaded = profiles[name];
      return loaded ? Promise.resolve(loaded) : Promise.reject(new ProfileNotFoundError(name));
    },
  };
}

/** A change IoT applied whose outcome the audit store kept refusing: the intent stays PENDING. */
async function appliedButNotFinalised(name: string): Promise<AuditEvent> {
  const event = aSucceededEvent({ securityProfileName: name, time: '2026-03-01T12:00:00.000Z' });
  const failing = stack.auditLog({
    client: flakyClient(stack.client, ['fail', 'fail', 'fail'], isOutcomePut),
    finaliseBackoffMs: 1,
  });
  await failing.recordIntent(
    anIntent({ eventId: event.eventId, securityProfileName: name, time: event.time }),
  );
  await expect(failing.recordOutcome(event)).rejects.toBeInstanceOf(AuditUnavailableError);
  // The claim of the version goes beside the outcome (AuditRecorder), and IoT's answer let it through.
  await sources().ledger.claim(claimsOf(event));
  return event;
}

/** A call stopped before its write (its process was killed): only the intent was recorded. */
async function notFinalised(name: string): Promise<AuditEvent> {
  const intent = anIntent({ securityProfileName: name, time: '2026-03-01T12:00:00.000Z' });
  await stack.auditLog().recordIntent(intent);
  return intent;
}

/** The evidence the reconciler reads besides IoT: the ledger and the call records, on the same table. */
function sources() {
  return {
    ledger: new DynamoVersionLedger({ client: stack.client, tableName: stack.tableName }),
    calls: new DynamoIotCallLog({ client: stack.client, tableName: stack.tableName }),
    inFlightMs: 60_000,
  };
}

function reconcile(profiles: Record<string, LoadedProfile>) {
  return reconcilePendingAudits({
    ...sources(),
    trail: stack.trail,
    auditLog: stack.auditLog(),
    store: storeHolding(profiles),
    clock,
    olderThanMs: GRACE_MS,
  });
}

describe('finalise failure, then reconcile', () => {
  it('leaves the event PENDING when finalising fails, and reconcile resolves it from IoT', async () => {
    const event = await appliedButNotFinalised('reconcile-applied');
    expect((await stack.trail.get(event.securityProfileName, event.eventId))?.outcome).toBe('PENDING');
    // IoT holds the version and the content the call recorded.
    const written = { ...event.after!, securityProfileName: event.securityProfileName };
    const summary = await reconcile({
      [event.securityProfileName]: { profile: written, ownerTeam: 'team-a' },
    });
    const stored = await stack.trail.get(event.securityProfileName, event.eventId);
    expect(summary.reconciled).toContainEqual({
      eventId: event.eventId,
      securityProfileName: event.securityProfileName,
      outcome: 'SUCCEEDED',
      verdict: 'APPLIED',
    });
    expect(stored).toMatchObject({
      outcome: 'SUCCEEDED',
      ownerTeam: 'team-a',
      completedAt: NOW.toISOString(),
      reconciliation: { verdict: 'APPLIED', currentVersion: written.version },
    });
    expect(await stack.trail.listPending(100)).toEqual([]);
  });

  it('records FAILED, with the version it started from, when IoT shows no write since the call began', async () => {
    const event = await notFinalised('reconcile-not-applied');
    const untouched = aProfile({ securityProfileName: event.securityProfileName, version: 7n });
    await reconcile({ [event.securityProfileName]: { profile: untouched, ownerTeam: 'team-a' } });
    expect(await stack.trail.get(event.securityProfileName, event.eventId)).toMatchObject({
      outcome: 'FAILED',
      versionBefore: 7n,
      reconciliation: { verdict: 'NOT_APPLIED' },
    });
  });

  it('records FAILED with NOT_FOUND when the profile has been deleted', async () => {
    const event = await appliedButNotFinalised('reconcile-deleted');
    await reconcile({});
    expect(await stack.trail.get(event.securityProfileName, event.eventId)).toMatchObject({
      outcome: 'FAILED',
      errorCode: 'NOT_FOUND',
      reconciliation: { verdict: 'PROFILE_DELETED' },
    });
  });

  it('leaves an event younger than the grace period alone: its request may still be running', async () => {
    const recent = anIntent({ securityProfileName: 'reconcile-recent', time: '2026-03-01T12:58:00.000Z' });
    await stack.auditLog().recordIntent(recent);
    const summary = await reconcile({});
    expect(summary).toMatchObject({ examined: 1, skippedRecent: 1, reconciled: [] });
    expect((await stack.trail.get(recent.securityProfileName, recent.eventId))?.outcome).toBe('PENDING');
  });

  it('keeps an event PENDING and reports it when IoT cannot be read', async () => {
    const event = await appliedButNotFinalised('reconcile-iot-down');
    const store = { load: () => Promise.reject(new Error('IoT is down')) };
    const summary = await reconcilePendingAudits({
      ...sources(),
      trail: stack.trail,
      auditLog: stack.auditLog(),
      store,
      clock,
      olderThanMs: GRACE_MS,
    });
    expect(summary.failed).toContainEqual({
      eventId: event.eventId,
      securityProfileName: event.securityProfileName,
      error: 'Error: IoT is down',
    });
    expect((await stack.trail.get(event.securityProfileName, event.eventId))?.outcome).toBe('PENDING');
  });

  it('counts an event finalised by its request after the listing as already final', async () => {
    const event = await appliedButNotFinalised('reconcile-raced');
    const listed = await stack.trail.listPending(10);
    await stack.auditLog().recordOutcome(event);
    const trail = {
      listPending: () => Promise.resolve(listed),
      get: stack.trail.get.bind(stack.trail),
      listBetween: stack.trail.listBetween.bind(stack.trail),
    };
    const profile = aProfile({ securityProfileName: event.securityProfileName });
    const summary = await reconcilePendingAudits({
      ...sources(),
      trail,
      auditLog: stack.auditLog(),
      store: storeHolding({ [event.securityProfileName]: { profile, ownerTeam: 'team-a' } }),
      clock,
      olderThanMs: GRACE_MS,
    });
    expect(summary.alreadyFinal).toEqual([event.eventId]);
    expect(await stack.trail.get(event.securityProfileName, event.eventId)).toStrictEqual(event);
  });
});
