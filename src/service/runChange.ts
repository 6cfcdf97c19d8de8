import type { AuditEvent } from '../domain/auditEvent';
import { assertAllowed, authorizeChange } from '../domain/authorization/authorizeChange';
import { diffProfiles } from '../domain/diff/diffProfiles';
import {
  AuditUnavailableError,
  UpdateOutcomeUnknownError,
  UpstreamUnavailableError,
  ValidationError,
  VersionConflictError,
} from '../domain/errors';
import { backoffDelay } from '../domain/retry/backoff';
import { hasTimeFor } from '../domain/retry/hasTimeFor';
import type { LoadedProfile } from '../domain/securityProfile';
import type { AuditRecorder } from './auditRecorder';
import { outcomeOf } from './errorTable';
import type { ChangeCall, ChangePlan, ChangeResult } from './changeCall';
import type { Clock, SecurityProfileStore, TeamPolicySource } from './ports';
import type { Telemetry } from './telemetry';

/** Everything the pipeline needs, bound once per cold start. */
export interface ChangeDependencies {
  store: SecurityProfileStore;
  policies: TeamPolicySource;
  audit: AuditRecorder;
  telemetry: Telemetry;
  clock: Clock;
  newEventId: (now: Date) => string;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  retry: { maxAttempts: number; baseMs: number; capMs: number; deadlineReserveMs: number };
}

/**
 * Runs one mutation through the pipeline: validate → load ∥ audit intent →
 * authorize → write (retrying on version conflicts) → audit outcome → respond.
 * Every call that reaches it leaves exactly one final audit event (dry runs none).
 */
export async function runChange(deps: ChangeDependencies, call: ChangeCall): Promise<ChangeResult> {
  const started = deps.clock.now();
  const event = deps.audit.newEvent(call, deps.newEventId(started), started);
  const elapsedMs = () => deps.clock.now().getTime() - started.getTime();
  try {
    const issues = call.validate();
    if (issues.length > 0) throw new ValidationError(issues);
    const result = call.dryRun ? await dryRun(deps, call, event) : await applyChange(deps, call, event);
    deps.telemetry.mutationCompleted('SUCCEEDED', elapsedMs());
    return result;
  } catch (error) {
    // A failed intent was already reported (the store that refused it would refuse the outcome
    // too), and an update of unknown outcome stays PENDING on purpose.
    const recorded = error instanceof AuditUnavailableError || error instanceof UpdateOutcomeUnknownError;
    if (!call.dryRun && !recorded) await deps.audit.recordFailure(event, error);
    deps.telemetry.mutationCompleted(outcomeOf(error), elapsedMs());
    throw error;
  }
}

async function applyChange(
  deps: ChangeDependencies,
  call: ChangeCall,
  event: AuditEvent,
): Promise<ChangeResult> {
  // The intent costs no extra hop: it is written while the profile loads.
  const [loaded, intent] = await Promise.allSettled([
    deps.store.load(call.securityProfileName),
    deps.audit.recordIntent(event),
  ]);
  if (intent.status === 'rejected') throw intent.reason;
  if (loaded.status === 'rejected') throw loaded.reason;
  return writeWithRetry(deps, call, event, loaded.value);
}

/**
 * The write loop. Each attempt re-plans and re-authorizes against the state it
 * loaded: resending an old request after a conflict would overwrite the other
 * writer's change and audit the wrong "before".
 */
async function writeWithRetry(
  deps: ChangeDependencies,
  call: ChangeCall,
  event: AuditEvent,
  firstLoad: LoadedProfile,
): Promise<ChangeResult> {
  const deadline = deps.clock.now().getTime() + call.remainingTimeMs();
  let loaded = firstLoad;
  let attempts = 0;
  for (;;) {
    Object.assign(event, describeLoaded(loaded), { attempts });
    const plan = await planAttempt(deps, call, loaded, attempts);
    if (!plan.request) return finish(deps, event, loaded, loaded.profile, attempts, false);
    try {
      attempts += 1;
      const after = await deps.store.update(plan.request, loaded.profile.version);
      return finish(deps, event, loaded, after, attempts, true);
    } catch (error) {
      if (error instanceof UpstreamUnavailableError) {
        throw await outcomeUnknown(deps, { ...event, attempts, after: plan.next }, loaded, error);
      }
      if (!(error instanceof VersionConflictError)) throw error;
      event.attempts = attempts;
      const delay = backoffDelay(attempts, deps.retry, deps.random);
      const outOfTime = !hasTimeFor(
        deadline,
        deps.clock.now().getTime(),
        delay,
        deps.retry.deadlineReserveMs,
      );
      if (call.expectedVersion !== undefined || attempts >= deps.retry.maxAttempts || outOfTime) {
        const current = await deps.store.load(call.securityProfileName);
        throw conflict(current.profile.version, attempts, call, error);
      }
      deps.telemetry.writeRetried(call.securityProfileName, attempts, delay);
      await deps.sleep(delay);
      loaded = await deps.store.load(call.securityProfileName);
    }
  }
}

/**
 * What one attempt would do to the profile it loaded: authorized against that
 * state, checked against the client's version, planned. The write loop and dry
 * runs share it, so a dry run refuses whatever the real call would refuse.
 */
async function planAttempt(
  deps: ChangeDependencies,
  call: ChangeCall,
  loaded: LoadedProfile,
  attempts: number,
): Promise<ChangePlan> {
  const policy = await deps.policies.get();
  assertAllowed(authorizeChange(call.actor, loaded, call.references, policy));
  if (call.expectedVersion !== undefined && call.expectedVersion !== loaded.profile.version) {
    // Versions only grow, so a client's stale version can never match again.
    throw conflict(loaded.profile.version, attempts, call);
  }
  return call.plan(loaded.profile);
}

async function dryRun(deps: ChangeDependencies, call: ChangeCall, event: AuditEvent): Promise<ChangeResult> {
  const loaded = await deps.store.load(call.securityProfileName);
  const plan = await planAttempt(deps, call, loaded, 0);
  return {
    securityProfile: plan.next,
    attempts: 0,
    auditEventId: `dry-run-${event.eventId}`,
    applied: false,
    changes: diffProfiles(loaded.profile, plan.next),
    warnings: [],
  };
}

async function finish(
  deps: ChangeDependencies,
  event: AuditEvent,
  loaded: LoadedProfile,
  after: LoadedProfile['profile'],
  attempts: number,
  applied: boolean,
): Promise<ChangeResult> {
  const changes = diffProfiles(loaded.profile, after);
  const warnings = await deps.audit.recordOutcome({
    ...event,
    outcome: 'SUCCEEDED',
    attempts,
    after,
    versionAfter: after.version,
    changes,
  });
  return { securityProfile: after, attempts, auditEventId: event.eventId, applied, changes, warnings };
}

/**
 * IoT failed while handling the update: it may have applied it. The event stays
 * PENDING with the version IoT would have given the change (it adds one per
 * update), so the reconcile job can tell applied from not applied.
 */
async function outcomeUnknown(
  deps: ChangeDependencies,
  event: AuditEvent,
  loaded: LoadedProfile,
  cause: UpstreamUnavailableError,
): Promise<UpdateOutcomeUnknownError> {
  await deps.audit.recordUnknownOutcome({ ...event, versionAfter: loaded.profile.version + 1n }, cause);
  return new UpdateOutcomeUnknownError(
    `IoT failed while applying the change to '${event.securityProfileName}', which may or may not have been applied; ` +
      `audit event ${event.eventId} stays PENDING until reconciled against IoT.`,
    { cause },
  );
}

function describeLoaded(loaded: LoadedProfile): Partial<AuditEvent> {
  return {
    securityProfileArn: loaded.profile.securityProfileArn,
    ownerTeam: loaded.ownerTeam,
    before: loaded.profile,
    versionBefore: loaded.profile.version,
  };
}

function conflict(
  currentVersion: bigint,
  attempts: number,
  call: ChangeCall,
  cause?: unknown,
): VersionConflictError {
  const why =
    call.expectedVersion !== undefined
      ? `expectedVersion ${call.expectedVersion} is not the current version ${currentVersion}`
      : `other writers kept changing it (${attempts} attempts)`;
  return new VersionConflictError(
    `Security profile '${call.securityProfileName}' was not changed: ${why}.`,
    currentVersion,
    attempts,
    { cause },
  );
}
