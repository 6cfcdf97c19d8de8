import { expect } from 'vitest';
import type { LocalStack } from '../../../../src/local/localStack';
import { loadReconcileConfig } from '../../../../src/reconcile/loadReconcileConfig';
import { makeAuditReconciler, type AuditJobSummary } from '../../../../src/reconcile/makeAuditReconciler';

const QUIET = {
  driftFound: () => undefined,
  driftDeferred: () => undefined,
  driftCheckFailed: () => undefined,
};

/**
 * The audit job (`npm run audit:reconcile`), run as if its grace period had
 * passed, once CloudTrail's records so far are delivered (`drainFirst`); no
 * event may be left PENDING for failing.
 */
export async function reconcileNow(stack: LocalStack, drainFirst = true): Promise<AuditJobSummary> {
  if (drainFirst) await stack.cloudTrail.drained();
  const config = loadReconcileConfig(process.env);
  const later = () => new Date(Date.now() + config.graceMs + config.inFlightMs);
  const summary = await makeAuditReconciler(config, { telemetry: QUIET, clock: { now: later } })();
  expect(summary.failed).toEqual([]);
  return summary;
}
