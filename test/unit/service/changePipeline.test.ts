import { describe, expect, it } from 'vitest';
import type { AuthorizationError } from '../../../src/domain/errors';
import {
  AuditUnavailableError,
  HiddenProfileError,
  ProfileNotFoundError,
  ThrottledError,
  UpdateOutcomeUnknownError,
  UpstreamUnavailableError,
  ValidationError,
} from '../../../src/domain/errors';
import { resolvePendingEvent } from '../../../src/domain/resolvePendingEvent';
import { AUDIT_PENDING_WARNING } from '../../../src/service/auditRecorder';
import { aBehavior, aProfile } from '../../fixtures/profiles';
import { ACCOUNT, admin, aServiceHarness, teamA, teamB } from '../../fakes/serviceHarness';

const NAME = 'team-a-sensors';
const input = { securityProfileName: NAME, securityProfileDescription: 'Tuned thresholds' };
const options = { dryRun: false, input };

function seeded() {
  const harness = aServiceHarness();
  harness.store.put(aProfile({ securityProfileName: NAME, version: 3n }), 'team-a');
  return harness;
}

describe('a change through the pipeline', () => {
  it('writes a PENDING intent before the update and a SUCCEEDED event after it', async () => {
    const { service, callAs, auditLog } = seeded();

    const result = await service.update(callAs(teamA), input, options);

    expect(auditLog.intents).toHaveLength(1);
    expect(auditLog.intents[0]).toMatchObject({ outcome: 'PENDING', eventId: result.auditEventId });
    expect(auditLog.outcomes).toHaveLength(1);
    expect(auditLog.outcomes[0]).toMatchObject({
      eventId: result.auditEventId,
      outcome: 'SUCCEEDED',
      operation: 'UPDATE',
      actor: teamA,
      ownerTeam: 'team-a',
      attempts: 1,
      versionBefore: 3n,
      versionAfter: 4n,
      input,
      request: { apiRequestId: 'api-req-1', lambdaRequestId: 'lambda-req-1', sourceIp: '198.51.100.7' },
    });
  });

  it('records the same field changes in the audit event as it returns in the payload', async () => {
    const { service, callAs, auditLog } = seeded();

    const result = await service.update(callAs(teamA), input, options);

    expect(result.changes).toEqual([
      { path: 'securityProfileDescription', before: 'Sensors of team A', after: 'Tuned thresholds' },
    ]);
    expect(auditLog.outcomes[0]?.changes).toEqual(result.changes);
  });

  it('refuses invalid input before loading anything, and audits the refusal', async () => {
    const { service, store, callAs, auditLog } = seeded();
    const behaviors = [aBehavior({ name: 'bad name with spaces' })];

    const error = await service
      .update(callAs(teamA), { securityProfileName: NAME, behaviors }, options)
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]?.path).toBe('behaviors[0].name');
    expect(store.loads).toBe(0);
    expect(store.updates).toHaveLength(0);
    expect(auditLog.outcomes.map((e) => e.outcome)).toEqual(['INVALID']);
  });

  it('refuses a change to another team’s profile as NOT_FOUND, changes nothing and audits the denial', async () => {
    const { service, store, callAs, auditLog } = seeded();

    const error = await service.update(callAs(teamB), input, options).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(HiddenProfileError);
    expect(error).toMatchObject({ code: 'NOT_FOUND', denial: { rule: 'OWNER_TEAM_REQUIRED' } });
    expect(store.updates).toHaveLength(0);
    expect(store.get(NAME)?.profile.version).toBe(3n);
    expect(auditLog.outcomes[0]).toMatchObject({
      outcome: 'DENIED',
      errorCode: 'NOT_FOUND',
      denial: { rule: 'OWNER_TEAM_REQUIRED' },
      actor: teamB,
    });
  });

  it('keeps nothing of the profile in the event of a refused caller: whose it is, not what it holds', async () => {
    const { service, callAs, auditLog } = seeded();

    await service.update(callAs(teamB), input, options).catch(() => undefined);

    const denied = auditLog.outcomes[0]!;
    expect(denied).toMatchObject({ outcome: 'DENIED', ownerTeam: 'team-a', input, changes: [] });
    expect(denied.incarnation).toEqual({
      securityProfileArn: aProfile({ securityProfileName: NAME }).securityProfileArn,
      creationDate: '2026-01-05T09:00:00.000Z',
    });
    for (const content of ['before', 'after', 'versionBefore', 'versionAfter'] as const) {
      expect(denied).not.toHaveProperty(content);
    }
  });

  it.each([
    ['throttled', new ThrottledError('Rate exceeded')],
    ['refused as invalid by IoT', new ValidationError([{ path: '', message: 'IoT rejected the request' }])],
  ])('counts a write that IoT %s as one attempt made', async (_what, failure) => {
    const { service, store, callAs, auditLog } = seeded();
    store.failNextUpdate(failure);

    await service.update(callAs(teamA), input, options).catch(() => undefined);

    expect(store.updates).toHaveLength(1);
    expect(auditLog.outcomes[0]).toMatchObject({
      outcome: expect.not.stringMatching('SUCCEEDED') as string,
      attempts: 1,
    });
  });

  it('refuses an alert role of another team even to the owner, naming the field', async () => {
    const { service, store, callAs } = seeded();
    const alertTargets = {
      SNS: {
        alertTargetArn: `arn:aws:sns:us-east-1:${ACCOUNT}:team-a-alerts`,
        roleArn: `arn:aws:iam::${ACCOUNT}:role/team-b-dd-alerts`,
      },
    };

    const error = await service
      .update(callAs(teamA), { securityProfileName: NAME, alertTargets }, options)
      .catch((e: unknown) => e);

    expect((error as AuthorizationError).path).toBe('alertTargets.SNS.roleArn');
    expect(store.updates).toHaveLength(0);
  });

  it('lets an admin change a profile no team owns', async () => {
    const { service, store, callAs } = seeded();
    store.put(aProfile({ securityProfileName: 'Shared', version: 1n }));

    const result = await service.update(
      callAs(admin),
      { securityProfileName: 'Shared', securityProfileDescription: 'd' },
      options,
    );

    expect(result.securityProfile.version).toBe(2n);
  });

  it('makes no change when the audit intent cannot be written (fail closed)', async () => {
    const { service, store, callAs, auditLog } = seeded();
    auditLog.failIntents = true;

    const error = await service.update(callAs(teamA), input, options).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(AuditUnavailableError);
    expect(store.updates).toHaveLength(0);
  });

  it('still reports an applied change when its outcome cannot be recorded, with a warning', async () => {
    const { service, callAs, auditLog, telemetry } = seeded();
    auditLog.failOutcomes = true;

    const result = await service.update(callAs(teamA), input, options);

    expect(result.applied).toBe(true);
    expect(result.warnings).toEqual([AUDIT_PENDING_WARNING]);
    expect(telemetry.failedWrites.map((e) => e.outcome)).toEqual(['SUCCEEDED']);
  });

  it('keeps the event PENDING with what it knows when IoT fails mid-update, for the reconciler to judge', async () => {
    const { service, store, callAs, auditLog, telemetry } = seeded();
    store.failNextUpdate(new UpstreamUnavailableError('socket hang up'), { applied: true });

    const error = await service.update(callAs(teamA), input, options).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(UpdateOutcomeUnknownError);
    expect((error as UpdateOutcomeUnknownError).code).toBe('UPSTREAM_UNAVAILABLE');
    expect(auditLog.outcomes).toHaveLength(0);
    expect(auditLog.progress).toHaveLength(1);
    const pending = auditLog.progress[0]!;
    expect(pending).toMatchObject({
      outcome: 'PENDING',
      errorCode: 'UPSTREAM_UNAVAILABLE',
      versionBefore: 3n,
      versionAfter: 4n,
    });
    expect(pending.after?.securityProfileDescription).toBe('Tuned thresholds');
    expect(telemetry.unknownOutcomes.map((event) => event.eventId)).toEqual([pending.eventId]);
    // The reconciler then finds the version this call would have produced: applied.
    const evidence = { current: store.get(NAME), calls: [], recentClaims: [] };
    expect(resolvePendingEvent(pending, evidence, new Date()).reconciliation.verdict).toBe('APPLIED');
  });

  it('lets the reconciler see an update IoT never applied as not applied', async () => {
    const { service, store, callAs, auditLog } = seeded();
    store.failNextUpdate(new UpstreamUnavailableError('503'), { applied: false });

    await service.update(callAs(teamA), input, options).catch(() => undefined);

    const evidence = { current: store.get(NAME), calls: [], recentClaims: [] };
    const verdict = resolvePendingEvent(auditLog.progress[0]!, evidence, new Date()).reconciliation.verdict;
    expect(verdict).toBe('NOT_APPLIED');
  });

  it('audits a change to a profile that does not exist as FAILED with NOT_FOUND', async () => {
    const { service, callAs, auditLog } = seeded();

    const error = await service
      .update(callAs(teamA), { securityProfileName: 'Missing', securityProfileDescription: 'x' }, options)
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ProfileNotFoundError);
    expect(auditLog.outcomes[0]).toMatchObject({ outcome: 'FAILED', errorCode: 'NOT_FOUND' });
  });
});

describe('dry runs and no-op patches', () => {
  it('computes a dry run without writing to IoT or to the audit trail', async () => {
    const { service, store, callAs, auditLog } = seeded();

    const result = await service.update(callAs(teamA), input, { dryRun: true, input });

    expect(result.applied).toBe(false);
    expect(result.attempts).toBe(0);
    expect(result.securityProfile.securityProfileDescription).toBe('Tuned thresholds');
    expect(result.changes).toHaveLength(1);
    expect(store.updates).toHaveLength(0);
    expect(auditLog.intents).toHaveLength(0);
    expect(auditLog.outcomes).toHaveLength(0);
  });

  it('still denies a dry run the caller could not apply', async () => {
    const { service, callAs } = seeded();

    await expect(service.update(callAs(teamB), input, { dryRun: true, input })).rejects.toBeInstanceOf(
      HiddenProfileError,
    );
  });

  it('makes no write for a patch that changes nothing, and says so', async () => {
    const { service, store, callAs, auditLog } = seeded();

    const result = await service.patch(
      callAs(teamA),
      { securityProfileName: NAME, removeBehaviors: ['Absent'] },
      options,
    );

    expect(result).toMatchObject({ applied: false, attempts: 0, changes: [] });
    expect(store.updates).toHaveLength(0);
    expect(auditLog.outcomes[0]).toMatchObject({ outcome: 'SUCCEEDED', attempts: 0 });
  });
});
