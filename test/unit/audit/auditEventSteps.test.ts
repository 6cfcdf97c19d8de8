import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../src/domain/auditEvent';
import {
  completed,
  failed,
  outcomeUnknown,
  succeeded,
  withAttempts,
  withLoaded,
} from '../../../src/domain/auditEventSteps';
import { UpstreamUnavailableError, ValidationError } from '../../../src/domain/errors';
import { anIntent } from '../../fixtures/auditEvents';
import { aProfile } from '../../fixtures/profiles';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const member of Object.values(value)) deepFreeze(member);
  }
  return value;
}

describe('the audit event, step by step', () => {
  it('leaves the event it was given as it was, so the intent written first never changes after', () => {
    const intent = deepFreeze(anIntent());
    const copy = structuredClone(intent);
    const after = aProfile({ version: 4n, securityProfileDescription: 'new' });

    const steps = [
      withLoaded(intent, { profile: aProfile({ version: 3n }), ownerTeam: 'team-a' }),
      withAttempts(intent, 1),
      succeeded(intent, after, []),
      failed(intent, new ValidationError([{ path: 'behaviors', message: 'bad' }]), 'INVALID'),
      outcomeUnknown(intent, { after, versionAfter: 4n }, new UpstreamUnavailableError('503')),
      completed(intent, new Date('2026-03-01T12:00:01.000Z')),
    ];

    expect(intent).toEqual(copy);
    expect(steps.every((step: AuditEvent) => step !== intent && step.eventId === intent.eventId)).toBe(true);
  });

  it('records the profile an attempt loaded as the event’s before', () => {
    const profile = aProfile({ version: 3n });

    const event = withLoaded(anIntent(), { profile, ownerTeam: 'team-a' });

    expect(event).toMatchObject({
      before: profile,
      versionBefore: 3n,
      ownerTeam: 'team-a',
      securityProfileArn: profile.securityProfileArn,
    });
  });

  it('names the error code of a failure, and INTERNAL_SERVER_ERROR for an error the gateway does not know', () => {
    const known = failed(anIntent(), new ValidationError([{ path: 'x', message: 'bad' }]), 'INVALID');
    const unknown = failed(anIntent(), new TypeError('boom'), 'FAILED');

    expect(known).toMatchObject({ outcome: 'INVALID', errorCode: 'BAD_USER_INPUT', errorMessage: 'x: bad' });
    expect(unknown).toMatchObject({
      outcome: 'FAILED',
      errorCode: 'INTERNAL_SERVER_ERROR',
      errorMessage: 'boom',
    });
  });

  it('keeps an event of unknown outcome PENDING, with the version the write would have produced', () => {
    const after = aProfile({ version: 4n });

    const event = outcomeUnknown(
      anIntent(),
      { after, versionAfter: 4n },
      new UpstreamUnavailableError('503'),
    );

    expect(event).toMatchObject({
      outcome: 'PENDING',
      versionAfter: 4n,
      after,
      errorCode: 'UPSTREAM_UNAVAILABLE',
    });
  });
});
