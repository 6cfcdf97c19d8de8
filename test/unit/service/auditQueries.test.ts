import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/domain/actor';
import type { AuditEvent } from '../../../src/domain/auditEvent';
import { aProfile } from '../../fixtures/profiles';
import { admin, aServiceHarness, teamA, teamB } from '../../fakes/serviceHarness';

const NAME = 'team-a-sensors';
const options = { dryRun: false, input: {} };
const auditor: Actor = { subject: 'ada', teams: ['security-audit'], isAdmin: false };
const FIRST_LIFE = new Date('2026-01-05T09:00:00.000Z');
const SECOND_LIFE = new Date('2026-04-01T08:00:00.000Z');

const describeAs = (securityProfileDescription: string) => ({
  securityProfileName: NAME,
  securityProfileDescription,
});
/** The options of a call that sent `request`: the audit records it as the input. */
const sending = (request: object) => ({ dryRun: false, input: request });

/** Who made each event of a listing, oldest last, as [subject, description sent]. */
function madeBy(page: { edges: { event: { actor: Actor; input: unknown } }[] }) {
  return page.edges.map(({ event }) => [
    event.actor.subject,
    (event.input as { securityProfileDescription?: string } | null)?.securityProfileDescription,
  ]);
}

describe('reading the audit trail', () => {
  // The order is the trail's, held to DynamoDB's by test/contract/auditTrail.test.ts. What the
  // service adds: every call is listed, refusals included, and the page request reaches the trail.
  it('shows its owner team every call on a profile, a refusal of another team included, page by page', async () => {
    const { service, store, callAs } = aServiceHarness();
    store.put(aProfile({ securityProfileName: NAME }), 'team-a');
    await service.update(callAs(teamA), describeAs('one'), sending(describeAs('one')));
    await service
      .update(callAs(teamB), describeAs('theirs'), sending(describeAs('theirs')))
      .catch(() => undefined);
    await service.update(callAs(teamA), describeAs('two'), sending(describeAs('two')));

    const first = await service.auditTrail(callAs(teamA), NAME, { first: 2 });
    const rest = await service.auditTrail(callAs(teamA), NAME, { first: 2, after: first.endCursor });

    expect(first.hasNextPage).toBe(true);
    expect([...first.edges, ...rest.edges].map(({ event }) => [event.outcome, event.actor.subject])).toEqual([
      ['SUCCEEDED', 'alice'],
      ['DENIED', 'bob'],
      ['SUCCEEDED', 'alice'],
    ]);
  });

  it('shows another team nothing, the same answer as for a profile that does not exist', async () => {
    const { service, store, callAs } = aServiceHarness();
    store.put(aProfile({ securityProfileName: NAME }), 'team-a');
    await service.update(callAs(teamA), describeAs('one'), sending(describeAs('one')));

    const existing = await service.auditTrail(callAs(teamB), NAME, {});
    const missing = await service.auditTrail(callAs(teamB), 'NoSuchProfile', {});

    expect(existing).toEqual({ edges: [], endCursor: undefined, hasNextPage: false });
    expect(missing).toEqual(existing);
  });

  it('shows admins and auditors every event', async () => {
    const { service, store, callAs } = aServiceHarness();
    store.put(aProfile({ securityProfileName: NAME }), 'team-a');
    await service.update(callAs(teamA), describeAs('one'), sending(describeAs('one')));
    await service
      .update(callAs(teamB), describeAs('theirs'), sending(describeAs('theirs')))
      .catch(() => undefined);

    const forAdmin = await service.auditTrail(callAs(admin), NAME, {});
    const forAuditor = await service.auditTrail(callAs(auditor), NAME, {});

    expect(madeBy(forAdmin)).toEqual([
      ['bob', 'theirs'],
      ['alice', 'one'],
    ]);
    expect(madeBy(forAuditor)).toEqual(madeBy(forAdmin));
  });

  it('keeps each event with the team that owned the profile when it happened, when the tag moves', async () => {
    const { service, store, callAs } = aServiceHarness();
    store.put(aProfile({ securityProfileName: NAME }), 'team-a');
    await service.update(callAs(teamA), describeAs('by a'), sending(describeAs('by a')));
    store.setOwner(NAME, 'team-b');
    await service.update(callAs(teamB), describeAs('by b'), sending(describeAs('by b')));

    const forA = await service.auditTrail(callAs(teamA), NAME, {});
    const forB = await service.auditTrail(callAs(teamB), NAME, {});

    expect(madeBy(forA)).toEqual([['alice', 'by a']]);
    expect(madeBy(forB)).toEqual([['bob', 'by b']]);
  });

  it('starts a new trail for a profile deleted and re-created for another team; the last owner still reads its own', async () => {
    const { service, store, callAs } = aServiceHarness();
    store.put(aProfile({ securityProfileName: NAME, creationDate: FIRST_LIFE, version: 1n }), 'team-a');
    await service.update(callAs(teamA), describeAs('first life'), sending(describeAs('first life')));
    store.put(aProfile({ securityProfileName: NAME, creationDate: SECOND_LIFE, version: 1n }), 'team-b');
    await service.update(callAs(teamB), describeAs('second life'), sending(describeAs('second life')));

    const forA = await service.auditTrail(callAs(teamA), NAME, {});
    const forB = await service.auditTrail(callAs(teamB), NAME, {});
    const secondLife = await service.auditTrail(callAs(admin), NAME, {}, { creationDate: SECOND_LIFE });

    // The second life began outside the gateway: its creation is recorded as such, for its owner.
    const secondHistory = [
      ['bob', 'second life'],
      ['audit:out-of-band', undefined],
    ];
    expect(madeBy(forA)).toEqual([['alice', 'first life']]);
    expect(madeBy(forB)).toEqual(secondHistory);
    expect(madeBy(secondLife)).toEqual(secondHistory);
    expect(forA.edges[0]?.event.incarnation?.creationDate).toBe(FIRST_LIFE.toISOString());
  });

  it('keeps the history of a profile that no longer exists for its last owner', async () => {
    const { service, store, callAs } = aServiceHarness();
    store.put(aProfile({ securityProfileName: NAME }), 'team-a');
    await service.update(
      callAs(teamA),
      describeAs('before the delete'),
      sending(describeAs('before the delete')),
    );
    store.remove(NAME);

    const forA = await service.auditTrail(callAs(teamA), NAME, {});
    const forB = await service.auditTrail(callAs(teamB), NAME, {});

    expect(madeBy(forA)).toEqual([['alice', 'before the delete']]);
    expect(forB.edges).toEqual([]);
  });
});

describe("the caller's own events", () => {
  it('shows callers their own events across profiles, and nobody else’s', async () => {
    const { service, store, callAs } = aServiceHarness();
    store.put(aProfile({ securityProfileName: NAME }), 'team-a');
    store.put(aProfile({ securityProfileName: 'team-b-sensors' }), 'team-b');
    await service.update(callAs(teamA), describeAs('a'), sending(describeAs('a')));
    await service.update(
      callAs(teamB),
      { securityProfileName: 'team-b-sensors', securityProfileDescription: 'b' },
      options,
    );

    const page = await service.myAuditEvents(callAs(teamB), {});

    expect(page.edges.map(({ event }) => [event.securityProfileName, event.actor.subject])).toEqual([
      ['team-b-sensors', 'bob'],
    ]);
  });

  it('shows a refused caller what it sent and why, and nothing of the profile it may not read', async () => {
    const { service, store, callAs } = aServiceHarness();
    store.put(aProfile({ securityProfileName: NAME }), 'team-a');
    const sent = describeAs('intrusion');
    await service.update(callAs(teamB), sent, { dryRun: false, input: sent }).catch(() => undefined);

    const [own] = (await service.myAuditEvents(callAs(teamB), {})).edges;

    expect(own?.event).toMatchObject({ outcome: 'FAILED', errorCode: 'NOT_FOUND', input: sent, changes: [] });
    for (const fact of [
      'before',
      'after',
      'versionBefore',
      'ownerTeam',
      'securityProfileArn',
      'incarnation',
      'denial',
    ]) {
      expect(own?.event).not.toHaveProperty(fact);
    }
  });

  it('shows a refused caller the same event whether the profile exists or not, ids and times aside', async () => {
    const { service, store, callAs } = aServiceHarness();
    store.put(aProfile({ securityProfileName: NAME }), 'team-a');
    const { service: empty, callAs: callEmpty } = aServiceHarness();
    const sent = describeAs('probe');
    await service.update(callAs(teamB), sent, { dryRun: false, input: sent }).catch(() => undefined);
    await empty.update(callEmpty(teamB), sent, { dryRun: false, input: sent }).catch(() => undefined);

    const [foreign] = (await service.myAuditEvents(callAs(teamB), {})).edges;
    const [missing] = (await empty.myAuditEvents(callEmpty(teamB), {})).edges;

    expect(withoutIds(foreign!.event)).toStrictEqual(withoutIds(missing!.event));
  });

  it('shows callers the whole of their own events on profiles they may read', async () => {
    const { service, store, callAs } = aServiceHarness();
    store.put(aProfile({ securityProfileName: NAME }), 'team-a');
    await service.update(callAs(teamA), describeAs('mine'), sending(describeAs('mine')));

    const [own] = (await service.myAuditEvents(callAs(teamA), {})).edges;

    expect(own?.event).toMatchObject({ ownerTeam: 'team-a', versionBefore: 3n, versionAfter: 4n });
    expect(own?.event.changes).toHaveLength(1);
  });
});

/** An event without what differs from call to call: its id, times and request ids. */
function withoutIds(event: AuditEvent): Partial<AuditEvent> {
  const rest: Partial<AuditEvent> = { ...event };
  for (const key of ['eventId', 'time', 'completedAt', 'request'] as const) delete rest[key];
  return rest;
}
