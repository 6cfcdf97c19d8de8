import { describe, expect, it } from 'vitest';
import type { AuditEvent, AuditOperation } from '../../../src/domain/auditEvent';
import type { IotCallRecord } from '../../../src/domain/drift/iotCallRecord';
import { resolvePendingEvent, type PendingEvidence } from '../../../src/domain/resolvePendingEvent';
import { anIntent } from '../../fixtures/auditEvents';
import { aProfile } from '../../fixtures/profiles';

// A create, delete, attach, detach or transfer whose outcome was lost makes no version IoT's content
// can be compared at: its verdict must come from CloudTrail's record of its own write, or IoT's state
// where that decides, and never from a version number or a modification date it does not move.

const NOW = new Date('2026-03-01T13:00:00.000Z');
const STARTED = '2026-03-01T12:00:00.000Z';
const TARGET = 'arn:aws:iot:us-east-1:123456789012:thinggroup/team-a-devices';
/** Last modified long before the call: an attach, a detach or a re-tag leaves the date as it was. */
const untouched = aProfile({
  version: 2n,
  creationDate: new Date('2026-01-05T09:00:00.000Z'),
  lastModifiedDate: new Date('2026-02-01T00:00:00.000Z'),
});

function pending(operation: AuditOperation, overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    ...anIntent({ time: STARTED, operation }),
    errorCode: 'UPSTREAM_UNAVAILABLE',
    attempts: 1,
    ...overrides,
  };
}
const loaded = { versionBefore: 2n, before: untouched, ownerTeam: 'team-a' };

function evidence(overrides: Partial<PendingEvidence> = {}): PendingEvidence {
  return { current: undefined, calls: [], recentClaims: [], ...overrides };
}
const held = (profile = untouched) => ({ profile, ownerTeam: 'team-a' });
const record = (event: AuditEvent, eventName: string, errorCode?: string): IotCallRecord => ({
  auditEventId: event.eventId,
  cloudTrailEventId: 'ct-7',
  eventName,
  eventTime: '2026-03-01T12:00:01Z',
  ...(errorCode && { errorCode }),
});

describe('a PENDING lifecycle call judged from evidence', () => {
  it.each([
    ['ATTACH', 'AttachSecurityProfile'],
    ['DETACH', 'DetachSecurityProfile'],
    ['TRANSFER_OWNERSHIP', 'TagResource'],
  ] as const)(
    'is APPLIED when CloudTrail recorded its %s, at the version it found, with its own changes',
    (operation, eventName) => {
      const event = pending(operation, {
        ...loaded,
        changes: [{ path: `targets[${TARGET}]`, before: null, after: TARGET }],
      });

      const final = resolvePendingEvent(
        event,
        evidence({ current: held(), calls: [record(event, eventName)] }),
        NOW,
      );

      expect(final).toMatchObject({
        outcome: 'SUCCEEDED',
        versionAfter: 2n,
        reconciliation: { verdict: 'APPLIED' },
      });
      expect(final.changes).toEqual([{ path: `targets[${TARGET}]`, before: null, after: TARGET }]);
    },
  );

  it.each(['ATTACH', 'DETACH', 'TRANSFER_OWNERSHIP'] as const)(
    'is UNDETERMINED, not NOT_APPLIED, after a %s CloudTrail has no record of: it moves no modification date',
    (operation) => {
      const final = resolvePendingEvent(pending(operation, loaded), evidence({ current: held() }), NOW);

      expect(final).toMatchObject({ outcome: 'FAILED', reconciliation: { verdict: 'UNDETERMINED' } });
    },
  );

  it('is NOT_APPLIED when CloudTrail recorded IoT refusing its write', () => {
    const event = pending('ATTACH', loaded);

    const final = resolvePendingEvent(
      event,
      evidence({
        current: held(),
        calls: [record(event, 'AttachSecurityProfile', 'ResourceNotFoundException')],
      }),
      NOW,
    );

    expect(final.reconciliation).toMatchObject({ verdict: 'NOT_APPLIED' });
    expect(final.reconciliation.note).toContain('ResourceNotFoundException');
  });

  it('is a SUCCEEDED delete, with no version after it, when CloudTrail recorded the delete', () => {
    const event = pending('DELETE', loaded);

    const final = resolvePendingEvent(
      event,
      evidence({ calls: [record(event, 'DeleteSecurityProfile')] }),
      NOW,
    );

    expect(final).toMatchObject({ outcome: 'SUCCEEDED', reconciliation: { verdict: 'APPLIED' } });
    expect(final).not.toHaveProperty('versionAfter');
    expect(final.before).toEqual(untouched);
  });

  it('is UNDETERMINED, not FAILED as deleted by nobody, when the profile is gone and CloudTrail has no record', () => {
    const final = resolvePendingEvent(pending('DELETE', loaded), evidence(), NOW);

    expect(final.reconciliation).toMatchObject({ verdict: 'UNDETERMINED' });
  });

  it('is a NOT_APPLIED delete when IoT still holds the profile it was to delete', () => {
    const final = resolvePendingEvent(pending('DELETE', loaded), evidence({ current: held() }), NOW);

    expect(final).toMatchObject({ outcome: 'FAILED', reconciliation: { verdict: 'NOT_APPLIED' } });
  });

  it('is a SUCCEEDED create at version 1, in the incarnation IoT holds, when CloudTrail recorded it', () => {
    const event = pending('CREATE', { versionAfter: 1n });
    const created = aProfile({ version: 1n, creationDate: new Date('2026-03-01T12:00:00.500Z') });

    const final = resolvePendingEvent(
      event,
      evidence({ current: held(created), calls: [record(event, 'CreateSecurityProfile')] }),
      NOW,
    );

    expect(final).toMatchObject({
      outcome: 'SUCCEEDED',
      versionAfter: 1n,
      reconciliation: { verdict: 'APPLIED' },
    });
    expect(final.incarnation?.creationDate).toBe('2026-03-01T12:00:00.500Z');
  });

  it('is a NOT_APPLIED create when the profile IoT holds is older than the call', () => {
    const final = resolvePendingEvent(
      pending('CREATE', { versionAfter: 1n }),
      evidence({ current: held() }),
      NOW,
    );

    expect(final.reconciliation.verdict).toBe('NOT_APPLIED');
    expect(final).not.toHaveProperty('versionAfter');
  });

  it('is an UNDETERMINED create, not NOT_APPLIED, when IoT holds no profile of the name: one made may have been deleted', () => {
    const final = resolvePendingEvent(pending('CREATE', { versionAfter: 1n }), evidence(), NOW);

    expect(final).toMatchObject({ outcome: 'FAILED', reconciliation: { verdict: 'UNDETERMINED' } });
    expect(final).not.toHaveProperty('versionAfter');
  });

  it('is a SUCCEEDED create that names no incarnation when the profile IoT holds was created again since', () => {
    const event = pending('CREATE', { versionAfter: 1n });
    const later = aProfile({ version: 1n, creationDate: new Date('2026-03-01T12:30:00.000Z') });

    const final = resolvePendingEvent(
      event,
      evidence({ current: held(later), calls: [record(event, 'CreateSecurityProfile')] }),
      NOW,
    );

    expect(final).toMatchObject({ outcome: 'SUCCEEDED', reconciliation: { verdict: 'APPLIED' } });
    expect(final).not.toHaveProperty('incarnation');
    expect(final).not.toHaveProperty('ownerTeam');
  });

  it('gives an applied transfer its new owner, the old one as previousOwnerTeam', () => {
    const event = pending('TRANSFER_OWNERSHIP', {
      ...loaded,
      incarnation: {
        securityProfileArn: untouched.securityProfileArn,
        creationDate: '2026-01-05T09:00:00.000Z',
      },
      input: { securityProfileName: 'team-a-sensors', toTeam: 'team-b' },
    });

    const final = resolvePendingEvent(
      event,
      evidence({ current: held(), calls: [record(event, 'TagResource')] }),
      NOW,
    );

    expect(final).toMatchObject({ outcome: 'SUCCEEDED', ownerTeam: 'team-b', previousOwnerTeam: 'team-a' });
  });

  it('judges a delete by its last attempt only: an earlier attempt’s conflict, or a throttled one, decides nothing', () => {
    const event = pending('DELETE', { ...loaded, versionBefore: 3n });
    const earlier = {
      ...record(event, 'DeleteSecurityProfile', 'VersionConflictException'),
      expectedVersion: 2n,
    };
    const throttled = {
      ...record(event, 'DeleteSecurityProfile', 'ThrottlingException'),
      expectedVersion: 3n,
    };

    const final = resolvePendingEvent(event, evidence({ calls: [earlier, throttled] }), NOW);

    expect(final.reconciliation.verdict).toBe('UNDETERMINED');
  });

  it('claims no version or content when the profile is gone and nothing decides (PROFILE_DELETED)', () => {
    const event = pending('ATTACH', { ...loaded, versionAfter: 2n, after: untouched });

    const final = resolvePendingEvent(event, evidence(), NOW);

    expect(final.reconciliation.verdict).toBe('PROFILE_DELETED');
    expect(final).not.toHaveProperty('versionAfter');
    expect(final).not.toHaveProperty('after');
  });

  it('is an UNDETERMINED create when a profile of the name was created since the call began, by whom nothing tells', () => {
    const created = aProfile({ version: 1n, creationDate: new Date('2026-03-01T12:00:00.500Z') });

    const final = resolvePendingEvent(
      pending('CREATE', { versionAfter: 1n }),
      evidence({ current: held(created) }),
      NOW,
    );

    expect(final).toMatchObject({ outcome: 'FAILED', reconciliation: { verdict: 'UNDETERMINED' } });
  });
});
