import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../src/domain/auditEvent';
import type { IotCallRecord } from '../../../src/domain/drift/iotCallRecord';
import type { VersionClaim } from '../../../src/domain/drift/versionClaim';
import { resolvePendingEvent, type PendingEvidence } from '../../../src/domain/resolvePendingEvent';
import type { SecurityProfile } from '../../../src/domain/securityProfile';
import { anIntent } from '../../fixtures/auditEvents';
import { aProfile } from '../../fixtures/profiles';

const NOW = new Date('2026-03-01T13:00:00.000Z');
const STARTED = '2026-03-01T12:00:00.000Z';
const CREATED = new Date('2026-01-05T09:00:00.000Z');
const at = (iso: string) => new Date(iso);

/** The profile at `version`, with the description `description`: IoT's content as the history left it. */
const profileAt = (version: bigint, description: string, modified = '2026-03-01T12:00:00.300Z') =>
  aProfile({ version, securityProfileDescription: description, lastModifiedDate: at(modified) });

/** A call that loaded version 7 and wanted version 8 to say `wanted`; IoT failed mid-write. */
function outcomeUnknown(wanted = 'Ours'): AuditEvent {
  const before = profileAt(7n, 'Before', '2026-02-01T00:00:00.000Z');
  return {
    ...anIntent({ time: STARTED }),
    securityProfileArn: before.securityProfileArn,
    incarnation: { securityProfileArn: before.securityProfileArn, creationDate: CREATED.toISOString() },
    ownerTeam: 'team-a',
    attempts: 1,
    versionBefore: 7n,
    versionAfter: 8n,
    before,
    after: { ...before, version: 8n, securityProfileDescription: wanted },
    errorCode: 'UPSTREAM_UNAVAILABLE',
  };
}

function evidence(overrides: Partial<PendingEvidence> = {}): PendingEvidence {
  return { current: undefined, calls: [], recentClaims: [], ...overrides };
}
const now = (profile: SecurityProfile) => ({ profile, ownerTeam: 'team-a' });
const claim = (version: bigint, eventId: string, changedAt?: string): VersionClaim => ({
  securityProfileName: 'team-a-sensors',
  creationDate: CREATED.toISOString(),
  version,
  eventId,
  operation: 'PATCH',
  ...(changedAt && { changedAt }),
});
const call = (overrides: Partial<IotCallRecord>): IotCallRecord => ({
  auditEventId: 'ours',
  cloudTrailEventId: 'ct-1',
  eventName: 'UpdateSecurityProfile',
  eventTime: '2026-03-01T12:00:01Z',
  expectedVersion: 7n,
  ...overrides,
});

describe('a PENDING call judged from evidence', () => {
  it('is APPLIED when IoT holds the version it expected with the content it recorded', () => {
    const event = outcomeUnknown();

    const final = resolvePendingEvent(event, evidence({ current: now(profileAt(8n, 'Ours')) }), NOW);

    expect(final).toMatchObject({
      outcome: 'SUCCEEDED',
      versionAfter: 8n,
      reconciliation: { verdict: 'APPLIED' },
    });
    expect(final.after?.securityProfileDescription).toBe('Ours');
    expect(final.changes).toEqual([{ path: 'securityProfileDescription', before: 'Before', after: 'Ours' }]);
  });

  it('is NOT_APPLIED when another writer produced that version with other content (the false APPLIED of version numbers)', () => {
    const event = outcomeUnknown();

    const final = resolvePendingEvent(event, evidence({ current: now(profileAt(8n, 'Theirs')) }), NOW);

    expect(final).toMatchObject({ outcome: 'FAILED', errorCode: 'UPSTREAM_UNAVAILABLE' });
    expect(final.reconciliation).toMatchObject({ verdict: 'NOT_APPLIED', currentVersion: 8n });
    // Version 8 and its content are the other writer's: the event claims neither.
    expect(final).not.toHaveProperty('versionAfter');
    expect(final).not.toHaveProperty('after');
    expect(final.changes).toEqual([]);
  });

  it('is NOT_APPLIED when another final event already accounts for that version, whatever the content', () => {
    const event = outcomeUnknown();

    const final = resolvePendingEvent(
      event,
      evidence({ current: now(profileAt(8n, 'Ours')), holder: claim(8n, 'theirs') }),
      NOW,
    );

    expect(final.outcome).toBe('FAILED');
    expect(final.reconciliation.verdict).toBe('NOT_APPLIED');
    expect(final.reconciliation.note).toContain('theirs');
  });

  it('is APPLIED when the ledger holds the version for this call: IoT confirmed it before the outcome was lost', () => {
    const event = outcomeUnknown();

    const final = resolvePendingEvent(
      event,
      evidence({ current: now(profileAt(9n, 'Later')), holder: claim(8n, event.eventId) }),
      NOW,
    );

    expect(final).toMatchObject({
      outcome: 'SUCCEEDED',
      versionAfter: 8n,
      reconciliation: { verdict: 'APPLIED' },
    });
  });

  it('is NOT_APPLIED when IoT still holds the version it started from', () => {
    const final = resolvePendingEvent(
      outcomeUnknown(),
      evidence({ current: now(profileAt(7n, 'Before')) }),
      NOW,
    );

    expect(final.reconciliation.verdict).toBe('NOT_APPLIED');
  });

  it('compares the version it expected with the `before` of the event that produced the next one, once IoT moved on', () => {
    const current = now(profileAt(10n, 'Much later'));

    const ours = resolvePendingEvent(
      outcomeUnknown(),
      evidence({ current, contentAtVersion: profileAt(8n, 'Ours') }),
      NOW,
    );
    const theirs = resolvePendingEvent(
      outcomeUnknown(),
      evidence({ current, contentAtVersion: profileAt(8n, 'Theirs') }),
      NOW,
    );

    expect(ours.reconciliation.verdict).toBe('APPLIED');
    expect(ours.after?.securityProfileDescription).toBe('Ours');
    expect(theirs.reconciliation.verdict).toBe('NOT_APPLIED');
  });

  it('is UNDETERMINED, flagged and not SUCCEEDED, when IoT moved on and no snapshot of that version is held', () => {
    const final = resolvePendingEvent(
      outcomeUnknown(),
      evidence({ current: now(profileAt(10n, 'Later')) }),
      NOW,
    );

    expect(final.outcome).toBe('FAILED');
    expect(final.reconciliation.verdict).toBe('UNDETERMINED');
    expect(final.reconciliation.note).toMatch(/review it/);
  });

  it('takes CloudTrail’s record of its own write over everything else', () => {
    const applied = resolvePendingEvent(
      outcomeUnknown(),
      evidence({ current: now(profileAt(10n, 'Later')), calls: [call({})] }),
      NOW,
    );
    const refused = resolvePendingEvent(
      outcomeUnknown(),
      evidence({
        current: now(profileAt(8n, 'Ours')),
        calls: [call({ errorCode: 'InternalFailureException' })],
      }),
      NOW,
    );

    expect(applied).toMatchObject({
      outcome: 'SUCCEEDED',
      versionAfter: 8n,
      reconciliation: { verdict: 'APPLIED' },
    });
    expect(refused).toMatchObject({ outcome: 'FAILED', reconciliation: { verdict: 'NOT_APPLIED' } });
  });

  it('is PROFILE_DELETED, not SUCCEEDED, when the profile is gone and no snapshot decides', () => {
    const final = resolvePendingEvent(outcomeUnknown(), evidence(), NOW);

    expect(final).toMatchObject({ outcome: 'FAILED', reconciliation: { verdict: 'PROFILE_DELETED' } });
    expect(final.reconciliation.currentVersion).toBeUndefined();
  });

  it('judges a profile re-created since the call as gone: another incarnation’s version 8 proves nothing', () => {
    const reborn = aProfile({
      version: 8n,
      securityProfileDescription: 'Ours',
      creationDate: at('2026-03-01T12:30:00Z'),
    });

    const final = resolvePendingEvent(outcomeUnknown(), evidence({ current: now(reborn) }), NOW);

    expect(final.reconciliation.verdict).toBe('PROFILE_DELETED');
  });
});

describe('a PENDING call that never learnt its versions (stopped before its load returned)', () => {
  const intent = () => anIntent({ time: STARTED });

  it('is NOT_APPLIED when IoT shows no write since it began', () => {
    const final = resolvePendingEvent(
      intent(),
      evidence({ current: now(profileAt(9n, 'Old', '2026-03-01T11:00:00.000Z')) }),
      NOW,
    );

    expect(final).toMatchObject({ outcome: 'FAILED', reconciliation: { verdict: 'NOT_APPLIED' } });
  });

  // Version 8 "undated": judged APPLIED from CloudTrail with no snapshot of it, claimed without a date.
  it.each([
    [
      'NOT_APPLIED',
      'every version since it began is accounted for by other events',
      [
        claim(9n, 'b', '2026-03-01T12:00:02.000Z'),
        claim(8n, 'a', '2026-03-01T12:00:01.000Z'),
        claim(7n, 'older', '2026-03-01T11:00:00.000Z'),
      ],
    ],
    [
      'NOT_APPLIED',
      'the versions since it began are other events’, some of unknown date',
      [
        claim(9n, 'b', '2026-03-01T12:00:02.000Z'),
        claim(8n, 'a'),
        claim(7n, 'older', '2026-03-01T11:00:00.000Z'),
      ],
    ],
    [
      'UNDETERMINED',
      'a version since it began is accounted for by nobody',
      [claim(9n, 'b', '2026-03-01T12:00:02.000Z'), claim(7n, 'older', '2026-03-01T11:00:00.000Z')],
    ],
    [
      'UNDETERMINED',
      'the walk down undated versions reaches one nobody accounts for',
      [claim(9n, 'b'), claim(8n, 'a')],
    ],
  ])('is %s, never SUCCEEDED, when %s', (verdict, _when, recentClaims) => {
    const final = resolvePendingEvent(
      intent(),
      evidence({ current: now(profileAt(9n, 'B')), recentClaims }),
      NOW,
    );

    expect(final).toMatchObject({ outcome: 'FAILED', reconciliation: { verdict } });
  });

  it('is APPLIED, with the version and the content IoT holds, when CloudTrail recorded its write', () => {
    const event = intent();

    const final = resolvePendingEvent(
      event,
      evidence({ current: now(profileAt(8n, 'Written')), calls: [call({ auditEventId: event.eventId })] }),
      NOW,
    );

    expect(final).toMatchObject({
      outcome: 'SUCCEEDED',
      versionAfter: 8n,
      reconciliation: { verdict: 'APPLIED' },
    });
    expect(final.after?.securityProfileDescription).toBe('Written');
    expect(final.incarnation?.creationDate).toBe(CREATED.toISOString());
  });
});
