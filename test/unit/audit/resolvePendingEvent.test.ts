import { describe, expect, it } from 'vitest';
import { resolvePendingEvent } from '../../../src/domain/resolvePendingEvent';
import { anIntent } from '../../fixtures/auditEvents';
import { aProfile } from '../../fixtures/profiles';

const NOW = new Date('2026-03-01T13:00:00.000Z');
const STARTED = '2026-03-01T12:00:00.000Z';
const at = (iso: string) => new Date(iso);
const loaded = (overrides: Parameters<typeof aProfile>[0]) => ({
  profile: aProfile(overrides),
  ownerTeam: 'team-a',
});

describe('resolvePendingEvent', () => {
  it('presumes an intent applied when IoT shows a write after the call began', () => {
    const final = resolvePendingEvent(
      anIntent({ time: STARTED }),
      loaded({ version: 9n, lastModifiedDate: at('2026-03-01T12:00:00.300Z') }),
      NOW,
    );
    expect(final).toMatchObject({
      outcome: 'SUCCEEDED',
      completedAt: NOW.toISOString(),
      ownerTeam: 'team-a',
      reconciliation: { verdict: 'PRESUMED_APPLIED', currentVersion: 9n, reconciledAt: NOW.toISOString() },
    });
    expect(final.after).toBeUndefined();
  });

  it('records an intent not applied when IoT’s last write is older than the call, and fills in before', () => {
    const current = loaded({ version: 4n, lastModifiedDate: at('2026-03-01T11:00:00.000Z') });
    const final = resolvePendingEvent(anIntent({ time: STARTED }), current, NOW);
    expect(final).toMatchObject({
      outcome: 'FAILED',
      versionBefore: 4n,
      before: current.profile,
      reconciliation: { verdict: 'NOT_APPLIED' },
    });
  });

  it('allows for IoT’s clock running a little behind before calling a write older than the call', () => {
    const final = resolvePendingEvent(
      anIntent({ time: STARTED }),
      loaded({ lastModifiedDate: at('2026-03-01T11:59:59.500Z') }),
      NOW,
    );
    expect(final.reconciliation.verdict).toBe('PRESUMED_APPLIED');
  });

  it('records not applied when the version is still the one the call started from', () => {
    const final = resolvePendingEvent(
      anIntent({ time: STARTED, versionBefore: 4n }),
      loaded({ version: 4n, lastModifiedDate: NOW }),
      NOW,
    );
    expect(final).toMatchObject({ outcome: 'FAILED', reconciliation: { verdict: 'NOT_APPLIED' } });
  });

  it('presumes applied when the version moved past the one the call started from', () => {
    const final = resolvePendingEvent(
      anIntent({ time: STARTED, versionBefore: 4n }),
      loaded({ version: 6n }),
      NOW,
    );
    expect(final.reconciliation.verdict).toBe('PRESUMED_APPLIED');
  });

  it('records applied, with after, when IoT holds the version the call produced', () => {
    const current = loaded({ version: 5n });
    const final = resolvePendingEvent(
      anIntent({ time: STARTED, versionBefore: 4n, versionAfter: 5n }),
      current,
      NOW,
    );
    expect(final).toMatchObject({
      outcome: 'SUCCEEDED',
      versionAfter: 5n,
      after: current.profile,
      reconciliation: { verdict: 'APPLIED' },
    });
  });

  it('records FAILED with NOT_FOUND when the profile no longer exists', () => {
    const final = resolvePendingEvent(anIntent({ time: STARTED }), undefined, NOW);
    expect(final).toMatchObject({
      outcome: 'FAILED',
      errorCode: 'NOT_FOUND',
      reconciliation: { verdict: 'PROFILE_DELETED' },
    });
    expect(final.reconciliation).not.toHaveProperty('currentVersion');
  });
});
