import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../src/domain/auditEvent';
import { auditReadScope, mayReadEvent, ownView } from '../../../src/domain/authorization/authorizeAuditRead';
import { aSucceededEvent } from '../../fixtures/auditEvents';
import { anActor, aPolicy } from '../authorization/builders';

const READERS = {
  admin: anActor(['platform-admins']),
  auditor: anActor(['security-audit']),
  'owner at the time': anActor(['team-a']),
  'owner before a transfer': anActor(['team-c']),
  'another team': anActor(['team-b']),
  'no team': anActor([]),
};

const events: Record<string, AuditEvent> = {
  'owned by team-a': aSucceededEvent({ ownerTeam: 'team-a' }),
  'moved from team-c to team-a': aSucceededEvent({ ownerTeam: 'team-a', previousOwnerTeam: 'team-c' }),
  'naming no owner': { ...aSucceededEvent(), ownerTeam: undefined },
};

describe('who may read an audit event', () => {
  it.each([
    ['admin', 'owned by team-a', true],
    ['auditor', 'owned by team-a', true],
    ['owner at the time', 'owned by team-a', true],
    ['another team', 'owned by team-a', false],
    ['no team', 'owned by team-a', false],
    ['owner before a transfer', 'owned by team-a', false],
    ['owner before a transfer', 'moved from team-c to team-a', true],
    ['owner at the time', 'moved from team-c to team-a', true],
    ['another team', 'moved from team-c to team-a', false],
    ['admin', 'naming no owner', true],
    ['auditor', 'naming no owner', true],
    ['owner at the time', 'naming no owner', false],
  ] as const)('%s, an event %s: %s', (reader, event, readable) => {
    const scope = auditReadScope(READERS[reader], aPolicy());

    expect(mayReadEvent(scope, events[event]!)).toBe(readable);
  });

  it('derives admin and auditor rights from the teams and the policy, not from a flag', () => {
    const forged = anActor(['team-b'], { isAdmin: true });

    expect(auditReadScope(forged, aPolicy())).toEqual({ everything: false, ownerTeams: ['team-b'] });
  });
});

describe("a caller's own view of an event it may not read", () => {
  it('keeps what the caller sent and how the call ended, and nothing of the profile', () => {
    const event = aSucceededEvent({ outcome: 'DENIED', errorCode: 'FORBIDDEN', previousOwnerTeam: 'team-c' });

    const own = ownView(event);

    expect(own).toStrictEqual({
      eventId: event.eventId,
      time: event.time,
      request: event.request,
      actor: event.actor,
      operation: event.operation,
      securityProfileName: event.securityProfileName,
      outcome: 'DENIED',
      errorCode: 'FORBIDDEN',
      attempts: event.attempts,
      changes: [],
      input: event.input,
      completedAt: event.completedAt,
    });
  });
});
