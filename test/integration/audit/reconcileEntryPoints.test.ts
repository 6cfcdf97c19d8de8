import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startIotEmulator, type IotEmulator } from '../../../src/local/iotEmulator/startIotEmulator';
import type { AuditJobSummary } from '../../../src/reconcile/makeAuditReconciler';
import { DEMO_PROFILES } from '../../../src/local/iotEmulator';
import { ensureCatalogueTable } from '../../../src/local/ensureAuditTable';
import { anIntent } from '../../fixtures/auditEvents';
import { LOCAL_CLIENT_CONFIG, startAuditStack, type AuditStack } from './startAuditStack';

const ROOT = resolve(import.meta.dirname, '../../..');
const CATALOGUE_TABLE = 'ReconcileCatalogue';

let stack: AuditStack;
let iot: IotEmulator;
beforeAll(async () => {
  [stack, iot] = await Promise.all([startAuditStack(), startIotEmulator({ port: 0, seedDemo: true })]);
  await ensureCatalogueTable(stack.client, CATALOGUE_TABLE);
});
afterAll(async () => {
  await Promise.all([stack.close(), iot.close()]);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

/** The environment `npm run audit:reconcile` and the Lambda read: the SDK's standard variables only. */
function reconcileEnv(): Record<string, string> {
  return {
    AWS_ENDPOINT_URL_DYNAMODB: stack.endpoint,
    AWS_ENDPOINT_URL_IOT: iot.url,
    AWS_REGION: LOCAL_CLIENT_CONFIG.region,
    AWS_ACCESS_KEY_ID: LOCAL_CLIENT_CONFIG.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CLIENT_CONFIG.credentials.secretAccessKey,
    AUDIT_TABLE_NAME: stack.tableName,
    CATALOGUE_TABLE_NAME: CATALOGUE_TABLE,
    POWERTOOLS_LOG_LEVEL: 'SILENT',
  };
}

/** PENDING intents an hour old: one on a demo profile written since, one on a profile that never existed. */
async function recordStaleIntents(): Promise<{ written: string; missing: string }> {
  const time = new Date(Date.now() - 3_600_000);
  const written = anIntent({ securityProfileName: 'PossibleIssue', time: time.toISOString() });
  const missing = anIntent({
    securityProfileName: `NoSuchProfile${time.getTime()}`,
    time: time.toISOString(),
  });
  await stack.auditLog().recordIntent(written);
  await stack.auditLog().recordIntent(missing);
  return { written: written.eventId, missing: missing.eventId };
}

describe('npm run audit:reconcile', () => {
  it('reconciles the PENDING events, then scans every profile (a baseline of each seen first), and prints the summary as JSON', async () => {
    const ids = await recordStaleIntents();
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/local/reconcileAudit.ts'],
      { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...reconcileEnv() }, timeout: 60_000 },
    );
    const summary = JSON.parse(stdout) as AuditJobSummary;
    expect(summary.reconciled).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ eventId: ids.written, verdict: 'UNDETERMINED', outcome: 'FAILED' }),
        expect.objectContaining({ eventId: ids.missing, verdict: 'PROFILE_DELETED', outcome: 'FAILED' }),
      ]),
    );
    expect(summary.failed).toEqual([]);
    expect(summary.scan).toMatchObject({ profiles: DEMO_PROFILES.length, failed: [] });
    expect(summary.scan?.baselines).toHaveLength(DEMO_PROFILES.length);
  });
});

describe('the scheduled reconcile Lambda', () => {
  it('runs the same reconciliation and returns its summary', async () => {
    const ids = await recordStaleIntents();
    for (const [name, value] of Object.entries(reconcileEnv())) vi.stubEnv(name, value);
    const { handler } = await import('../../../src/reconcileLambda');
    const summary = await handler();
    expect(summary.reconciled.map((event) => event.eventId)).toEqual(
      expect.arrayContaining([ids.written, ids.missing]),
    );
    expect(await stack.trail.listPending(10)).toEqual([]);
    // Neither call's evidence decides (one profile was written since, the other never existed): for review.
    expect(summary.forReview.map((event) => [event.eventId, event.verdict]).sort()).toEqual(
      [
        [ids.written, 'UNDETERMINED'],
        [ids.missing, 'PROFILE_DELETED'],
      ].sort(),
    );
    // The profiles the command line's run saw have their baseline: nothing new to record.
    expect(summary.scan).toMatchObject({ profiles: DEMO_PROFILES.length, baselines: [], outOfBand: [] });
  });
});
