import type { Actor } from '../../src/domain/actor';
import { parseTeamPolicy, type TeamPolicy } from '../../src/domain/authorization/teamPolicy';
import { FairShare } from '../../src/service/budget/FairShare';
import { InMemoryCallBudget } from './InMemoryCallBudget';
import { AuditRecorder } from '../../src/service/auditRecorder';
import type { CallContext } from '../../src/service/callContext';
import { SecurityProfileService, type ServiceDependencies } from '../../src/service/SecurityProfileService';
import { newEventId } from '../../src/domain/newEventId';
import { DriftWatch } from '../../src/service/drift/DriftWatch';
import type { IotApiCall } from '../../src/domain/drift/iotApiCall';
import { recordIotApiCall } from '../../src/service/drift/recordIotApiCall';
import { scanForDrift } from '../../src/service/drift/scanForDrift';
import { syncCatalogue } from '../../src/service/catalogue/syncCatalogue';
import { reconcilePendingAudits } from '../../src/service/reconcilePendingAudits';
import { InMemoryAuditTrail } from './InMemoryAuditTrail';
import { InMemoryIotCallLog } from './InMemoryIotCallLog';
import { InMemoryProfileCatalogue } from './InMemoryProfileCatalogue';
import { InMemoryVersionLedger } from './InMemoryVersionLedger';
import { InMemoryWriterTurns } from './InMemoryWriterTurns';
import { InMemorySecurityProfileStore } from './InMemorySecurityProfileStore';
import { RecordingAuditLog } from './RecordingAuditLog';
import { RecordingTelemetry } from './RecordingTelemetry';

export const ACCOUNT = '123456789012';

/** The demo policy's shape: team-a and team-b own their prefixed ARNs; platform-admins administer; security-audit reads. */
export const TEST_POLICY = parseTeamPolicy(
  {
    adminTeams: ['platform-admins'],
    auditorTeams: ['security-audit'],
    // The harness's clock moves only when the service sleeps: shares no test of another concern meets.
    iotCallsPerSecond: { default: 1_000, admins: 1_000 },
    teams: Object.fromEntries(
      ['team-a', 'team-b', 'platform-admins'].map((team) => [
        team,
        {
          snsTopicArns: [`arn:aws:sns:*:${ACCOUNT}:${team}-*`],
          roleArns: [`arn:aws:iam::${ACCOUNT}:role/${team}-dd-*`],
          mqttTopics: [`${team}/**`],
          thingGroupArns: [`arn:aws:iot:*:${ACCOUNT}:thinggroup/${team}-*`],
        },
      ]),
    ),
  },
  'test policy',
);

export const teamA: Actor = { subject: 'alice', teams: ['team-a'], isAdmin: false };
export const teamB: Actor = { subject: 'bob', teams: ['team-b'], isAdmin: false };
export const admin: Actor = { subject: 'root', teams: ['platform-admins'], isAdmin: true };

/**
 * The service wired to in-memory fakes, a clock that only moves when the
 * service sleeps, and a fixed jitter draw, so every run is the same. `deps`
 * runs the change pipeline with a planner of the test's own.
 */
export function aServiceHarness(
  options: { maxAttempts?: number; remainingTimeMs?: number; policy?: TeamPolicy } = {},
) {
  const auditLog = new RecordingAuditLog();
  const telemetry = new RecordingTelemetry();
  const sleeps: number[] = [];
  let now = Date.parse('2026-03-01T12:00:00.000Z');
  const clock = { now: () => new Date(now) };
  // IoT's clock is the harness's: a change is made after the call that makes it began.
  const store = new InMemorySecurityProfileStore(clock.now);
  const trail = new InMemoryAuditTrail(auditLog);
  const ledger = new InMemoryVersionLedger();
  const catalogue = new InMemoryProfileCatalogue();
  const drift = new DriftWatch({ ledger, trail, auditLog, telemetry, clock, inFlightMs: 60_000 });
  const budget = new InMemoryCallBudget();
  const policies = { get: () => Promise.resolve(options.policy ?? TEST_POLICY) };
  const fairShare = new FairShare({ budget, policies, clock, telemetry });
  const turns = new InMemoryWriterTurns();
  const deps: ServiceDependencies = {
    store,
    trail,
    policies,
    audit: new AuditRecorder(auditLog, telemetry, clock, ledger),
    drift,
    catalogue,
    fairShare,
    turns,
    turn: { holdMs: 3_000, pollMs: 20 },
    telemetry,
    clock,
    // ULIDs of the harness's clock, as in production: they sort with the ids of observations.
    newEventId,
    sleep: (ms) => {
      sleeps.push(ms);
      now += ms;
      return Promise.resolve();
    },
    random: () => 0.5,
    retry: { maxAttempts: options.maxAttempts ?? 5, baseMs: 20, capMs: 1_000, deadlineReserveMs: 1_000 },
  };
  const service = new SecurityProfileService(deps);
  const callAs = (actor: Actor): CallContext => {
    const started = now;
    return {
      actor,
      meta: {
        apiRequestId: 'api-req-1',
        lambdaRequestId: 'lambda-req-1',
        sourceIp: '198.51.100.7',
        userAgent: 'test',
      },
      remainingTimeMs: () => (options.remainingTimeMs ?? 29_000) - (now - started),
    };
  };
  /** Time passes between calls (IoT's clock with it). */
  const advance = (ms: number) => {
    now += ms;
  };
  const calls = new InMemoryIotCallLog();
  const driftDeps = { ledger, trail, auditLog, telemetry, clock, inFlightMs: 60_000 };
  /** The scheduled scan over the store's profiles. */
  const scan = () =>
    scanForDrift({
      ...driftDeps,
      directory: store,
      store,
      request: { apiRequestId: 'audit-job', lambdaRequestId: 'scan-1' },
    });
  /** The scan as the audit job runs it, bringing the catalogue up to the store (`syncCatalogue`). */
  const scanWithCatalogue = async () => {
    const sync = syncCatalogue(catalogue, clock);
    const summary = await scanForDrift({
      ...driftDeps,
      directory: store,
      store,
      request: { apiRequestId: 'audit-job', lambdaRequestId: 'scan-1' },
      observed: sync.observed,
    });
    return { scan: summary, removed: await sync.sweep(summary) };
  };
  /** The reconcile job, as run `later` ms from now (its grace period is 5 minutes). */
  const reconcile = (later = 600_000) =>
    reconcilePendingAudits({
      ...driftDeps,
      calls,
      store,
      clock: { now: () => new Date(now + later) },
      olderThanMs: 300_000,
    });
  /** The CloudTrail handler's use case; the gateway calls IoT as `gateway-role`. */
  const cloudTrail = (call: IotApiCall) =>
    recordIotApiCall(
      { ...driftDeps, store, calls, gatewayPrincipals: ['gateway-role'], ownerTagKey: 'team' },
      call,
      { apiRequestId: 'cloudtrail', lambdaRequestId: 'ct-1' },
    );
  return {
    service,
    deps,
    budget,
    store,
    auditLog,
    trail,
    ledger,
    catalogue,
    calls,
    turns,
    telemetry,
    sleeps,
    callAs,
    advance,
    scan,
    scanWithCatalogue,
    reconcile,
    cloudTrail,
  };
}
