import type { AuditEvent, AuditOutcome, AuditReconciliation } from '../domain/auditEvent';
import { AuditEventFinalError } from '../domain/AuditEventFinalError';
import { claimsOf } from '../domain/drift/versionClaim';
import { ProfileNotFoundError } from '../domain/errors';
import { resolvePendingEvent } from '../domain/resolvePendingEvent';
import type { LoadedProfile } from '../domain/securityProfile';
import type { AuditLog, Clock, SecurityProfileStore } from './ports';
import { gatherEvidence, type EvidenceSources } from './reconcile/gatherEvidence';

/** What the reconcile job needs. */
export interface ReconcileDependencies extends EvidenceSources {
  trail: EvidenceSources['trail'] & { listPending(limit: number): Promise<AuditEvent[]> };
  auditLog: Pick<AuditLog, 'recordOutcome'>;
  store: Pick<SecurityProfileStore, 'load'>;
  clock: Clock;
  /**
   * Grace period: only events older than this are judged. It must exceed the API
   * Lambda's timeout, so a request still running is never finalised under it.
   */
  olderThanMs: number;
  /** Pending events read per run (oldest first). Default 100. */
  batchSize?: number;
}

/** One event the run finalised. */
export interface ReconciledEvent {
  eventId: string;
  securityProfileName: string;
  outcome: AuditOutcome;
  verdict: AuditReconciliation['verdict'];
}

/** What one run did, for the CLI's output and the scheduled Lambda's log. */
export interface ReconcileSummary {
  /** PENDING events read. */
  examined: number;
  /** Too recent to judge: their request may still be running. */
  skippedRecent: number;
  reconciled: ReconciledEvent[];
  /**
   * Those of `reconciled` an auditor must review: the evidence could not decide
   * (UNDETERMINED), or the profile is gone and nothing tells what the call did
   * (PROFILE_DELETED). The scheduled job logs them at WARN and counts them.
   */
  forReview: ReconciledEvent[];
  /** Finalised by someone else (the request's own late write) between the read and the write. */
  alreadyFinal: string[];
  /** Left PENDING for the next run: IoT or the audit store failed. */
  failed: Array<{ eventId: string; securityProfileName: string; error: string }>;
}

/**
 * Resolves audit events that stayed PENDING (their request could not record
 * an outcome) from the evidence the audit holds (`gatherEvidence`) and IoT's
 * current state, loaded once per profile per run, by `resolvePendingEvent`'s
 * rules; an event judged APPLIED claims its version. Oldest first, so an
 * earlier call is judged before a later one builds on its verdict.
 * Idempotent and safe to run concurrently: the outcome write only replaces a
 * PENDING event.
 */
export async function reconcilePendingAudits(deps: ReconcileDependencies): Promise<ReconcileSummary> {
  const now = deps.clock.now();
  const cutoff = now.getTime() - deps.olderThanMs;
  const pending = await deps.trail.listPending(deps.batchSize ?? 100);
  const due = pending.filter((event) => Date.parse(event.time) <= cutoff);
  const summary: ReconcileSummary = {
    examined: pending.length,
    skippedRecent: pending.length - due.length,
    reconciled: [],
    forReview: [],
    alreadyFinal: [],
    failed: [],
  };
  const loads = new Map<string, Promise<LoadedProfile | undefined>>();
  // Rounds: an event the evidence cannot decide yet waits while others are decided, since a
  // later call judged APPLIED claims a version an earlier one could otherwise not account for.
  let undecided = due;
  for (let last = false; undecided.length > 0;) {
    const waiting: AuditEvent[] = [];
    for (const event of undecided) {
      if (!(await reconcileOne(event, deps, now, loads, summary, last))) waiting.push(event);
    }
    last = waiting.length === undecided.length;
    undecided = waiting;
  }
  summary.forReview = summary.reconciled.filter((event) => FOR_REVIEW.has(event.verdict));
  return summary;
}

const FOR_REVIEW: ReadonlySet<AuditReconciliation['verdict']> = new Set(['UNDETERMINED', 'PROFILE_DELETED']);

/** Judges one event; false when it is UNDETERMINED and `final` is not set (it waits for the next round). */
async function reconcileOne(
  event: AuditEvent,
  deps: ReconcileDependencies,
  now: Date,
  loads: Map<string, Promise<LoadedProfile | undefined>>,
  summary: ReconcileSummary,
  lastRound: boolean,
): Promise<boolean> {
  const { eventId, securityProfileName } = event;
  try {
    const current = await loadOnce(deps.store, securityProfileName, loads);
    const final = resolvePendingEvent(event, await gatherEvidence(deps, event, current), now);
    if (final.reconciliation.verdict === 'UNDETERMINED' && !lastRound) return false;
    // The ledger first: an outcome recorded without its claim would leave the version to look unaccounted for.
    await deps.ledger.claim(claimsOf(final));
    await deps.auditLog.recordOutcome(final);
    summary.reconciled.push({
      eventId,
      securityProfileName,
      outcome: final.outcome,
      verdict: final.reconciliation.verdict,
    });
  } catch (error) {
    if (error instanceof AuditEventFinalError) summary.alreadyFinal.push(eventId);
    else summary.failed.push({ eventId, securityProfileName, error: describe(error) });
  }
  return true;
}

function loadOnce(
  store: Pick<SecurityProfileStore, 'load'>,
  name: string,
  loads: Map<string, Promise<LoadedProfile | undefined>>,
): Promise<LoadedProfile | undefined> {
  let load = loads.get(name);
  if (!load) {
    load = store.load(name).catch((error: unknown) => {
      if (error instanceof ProfileNotFoundError) return undefined;
      throw error;
    });
    loads.set(name, load);
  }
  return load;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
