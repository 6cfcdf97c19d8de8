import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../src/domain/auditEvent';
import { AuditEventFinalError } from '../../src/domain/AuditEventFinalError';
import { AuditUnavailableError, ValidationError } from '../../src/domain/errors';
import type { AuditLog, AuditPage, AuditTrail, PageRequest } from '../../src/service/ports';
import { aLargeProfile, aSucceededEvent, anIntent, incompressibleText } from '../fixtures/auditEvents';

/** An AuditLog and the AuditTrail that reads what it wrote. */
export interface AuditUnderTest {
  log: AuditLog;
  trail: AuditTrail;
}

let lists = 0;
/** A profile name and an actor of their own for one case, so one table can serve every case. */
function aList(what: string) {
  lists += 1;
  const securityProfileName = `contract-${what}-${lists}`;
  const actor = { subject: `auditor-${what}-${lists}`, teams: ['team-a'], isAdmin: false };
  return { securityProfileName, actor };
}

const minute = (i: number) => new Date(Date.UTC(2026, 2, 1, 12, i)).toISOString();
const ids = (events: AuditEvent[]) => events.map((event) => event.eventId);
const eventsOf = (pages: AuditPage[]) => pages.flatMap((page) => page.edges.map((edge) => edge.event));

/**
 * Records `count` final events a minute apart, written out of order, so only a trail that sorts
 * by time lists them newest first. Returns them oldest first.
 */
async function recordEvents(
  log: AuditLog,
  count: number,
  overrides: (i: number) => Partial<AuditEvent>,
): Promise<AuditEvent[]> {
  const events = Array.from({ length: count }, (_, i): AuditEvent => ({
    ...anIntent({ time: minute(i), ...overrides(i) }),
    outcome: 'SUCCEEDED',
    attempts: 1,
  }));
  // Pairs swapped (1, 0, 3, 2, …): neither the order of writing nor its reverse is newest first.
  const writeOrder = events.map((_, i) => (i % 2 === 0 ? Math.min(i + 1, count - 1) : i - 1));
  for (const i of writeOrder) await log.recordOutcome(events[i]!);
  return events;
}

/** Follows endCursor until hasNextPage is false. */
async function allPages(list: (page: PageRequest) => Promise<AuditPage>, first: number) {
  const pages = [await list({ first })];
  while (pages.at(-1)?.hasNextPage) pages.push(await list({ first, after: pages.at(-1)?.endCursor }));
  return pages;
}

/** The profile's events as the trail lists them. */
async function listed(trail: AuditTrail, securityProfileName: string): Promise<AuditEvent[]> {
  return eventsOf([await trail.listByProfile(securityProfileName, { first: 100 })]);
}

/**
 * What the service and the auditors rely on from the audit trail (AuditLog writes, AuditTrail
 * reads), run against the recording fake and DynamoDB on dynalite alike.
 */
export function describeAuditTrailContract(implementation: string, underTest: () => AuditUnderTest): void {
  describe(`AuditLog and AuditTrail contract: ${implementation}`, () => {
    describe('writes, append-only', () => {
      it('lists a PENDING intent exactly as it was written, by profile and by actor', async () => {
        const { log, trail } = underTest();
        const intent = anIntent(aList('intent'));

        await log.recordIntent(intent);

        expect(await listed(trail, intent.securityProfileName)).toStrictEqual([intent]);
        expect(eventsOf([await trail.listByActor(intent.actor.subject, {})])).toStrictEqual([intent]);
      });

      it('finalises a PENDING intent in place, listing it once', async () => {
        const { log, trail } = underTest();
        const intent = anIntent(aList('finalise'));
        await log.recordIntent(intent);
        const denied: AuditEvent = { ...intent, outcome: 'DENIED', errorCode: 'FORBIDDEN' };

        await log.recordOutcome(denied);

        expect(await listed(trail, intent.securityProfileName)).toStrictEqual([denied]);
      });

      it('writes the final event of a call refused before its intent directly', async () => {
        const { log, trail } = underTest();
        const invalid: AuditEvent = { ...anIntent(aList('direct')), outcome: 'INVALID' };

        await log.recordOutcome(invalid);

        expect(await listed(trail, invalid.securityProfileName)).toStrictEqual([invalid]);
      });

      it('reads back every member of a final event, 64-bit numbers and dates exactly', async () => {
        const { log, trail } = underTest();
        const list = aList('members');
        const event = aSucceededEvent({
          ...list,
          input: { securityProfileName: list.securityProfileName, expectedVersion: 2n ** 63n - 1n },
          changes: [
            { path: 'behaviors[name=MessagesSent].criteria.value.count', before: 100n, after: 2n ** 60n },
          ],
        });

        await log.recordOutcome(event);

        expect(await listed(trail, event.securityProfileName)).toStrictEqual([event]);
      });

      it('refuses a second intent with the same id with AuditUnavailableError, keeping the first', async () => {
        const { log, trail } = underTest();
        const intent = anIntent(aList('twice'));
        await log.recordIntent(intent);

        const again = log.recordIntent({
          ...intent,
          actor: { subject: 'mallory', teams: [], isAdmin: true },
        });

        await expect(again).rejects.toBeInstanceOf(AuditUnavailableError);
        expect(await listed(trail, intent.securityProfileName)).toStrictEqual([intent]);
      });

      it('refuses an intent over a final event with AuditUnavailableError', async () => {
        const { log, trail } = underTest();
        const event = aSucceededEvent(aList('late-intent'));
        await log.recordOutcome(event);

        const late = log.recordIntent({
          ...anIntent(),
          eventId: event.eventId,
          securityProfileName: event.securityProfileName,
        });

        await expect(late).rejects.toBeInstanceOf(AuditUnavailableError);
        expect(await listed(trail, event.securityProfileName)).toStrictEqual([event]);
      });

      it('refuses to overwrite a final event with AuditEventFinalError, keeping the first outcome', async () => {
        const { log, trail } = underTest();
        const event = aSucceededEvent(aList('overwrite'));
        await log.recordOutcome(event);

        const overwrite = log.recordOutcome({
          ...event,
          outcome: 'FAILED',
          errorCode: 'UPSTREAM_UNAVAILABLE',
        });

        await expect(overwrite).rejects.toBeInstanceOf(AuditEventFinalError);
        expect(await listed(trail, event.securityProfileName)).toStrictEqual([event]);
      });

      it('rejects an intent that is not PENDING, and an outcome or progress that is not what it says', async () => {
        const { log, trail } = underTest();
        const list = aList('wrong-state');

        const finalAsIntent = log.recordIntent(aSucceededEvent(list));
        const pendingAsOutcome = log.recordOutcome(anIntent(list));
        const finalAsProgress = log.recordProgress(aSucceededEvent(list));

        await expect(finalAsIntent).rejects.toBeInstanceOf(TypeError);
        await expect(pendingAsOutcome).rejects.toBeInstanceOf(TypeError);
        await expect(finalAsProgress).rejects.toBeInstanceOf(TypeError);
        expect(await listed(trail, list.securityProfileName)).toEqual([]);
      });
    });

    describe('events of any size', () => {
      it('keeps a change of a profile past 200 KB whole: before, after and changes', async () => {
        const { log, trail } = underTest();
        const list = aList('large-profile');
        const before = aLargeProfile({ securityProfileName: list.securityProfileName, version: 4n });
        const after = { ...before, version: 5n, securityProfileDescription: 'Larger still' };
        const intent = anIntent(list);
        const event: AuditEvent = {
          ...aSucceededEvent(list),
          eventId: intent.eventId,
          before,
          after,
          versionBefore: 4n,
          versionAfter: 5n,
        };
        await log.recordIntent(intent);

        await log.recordOutcome(event);

        expect(await trail.get(event.securityProfileName, event.eventId)).toStrictEqual(event);
        expect(await listed(trail, event.securityProfileName)).toStrictEqual([event]);
      });

      it.each([
        ['450 KB', 450_000],
        ['3 MB', 3_000_000],
      ])('keeps the refusal of a %s input that does not compress whole', async (_size, bytes) => {
        const { log, trail } = underTest();
        const list = aList('large-input');
        const description = incompressibleText(bytes);
        const invalid: AuditEvent = {
          ...anIntent(list),
          outcome: 'INVALID',
          errorCode: 'BAD_USER_INPUT',
          errorMessage: `securityProfileDescription: must be at most 1000 characters (got ${bytes})`,
          input: { securityProfileName: list.securityProfileName, securityProfileDescription: description },
        };

        await log.recordOutcome(invalid);

        expect(await trail.get(invalid.securityProfileName, invalid.eventId)).toStrictEqual(invalid);
        expect(eventsOf([await trail.listByActor(list.actor.subject, {})])).toStrictEqual([invalid]);
      });

      it('keeps a large intent PENDING and finalises it in place, listing it once', async () => {
        const { log, trail } = underTest();
        const list = aList('large-pending');
        const intent = anIntent({
          ...list,
          input: { securityProfileDescription: incompressibleText(500_000) },
        });
        await log.recordIntent(intent);
        const final: AuditEvent = { ...intent, outcome: 'INVALID', errorCode: 'BAD_USER_INPUT' };

        await log.recordOutcome(final);

        expect(await listed(trail, list.securityProfileName)).toStrictEqual([final]);
      });
    });

    describe('who made a change outside the gateway, learnt afterwards', () => {
      const attribution = {
        principal: 'arn:aws:iam::123456789012:user/ops',
        userIdentity: { type: 'IAMUser', arn: 'arn:aws:iam::123456789012:user/ops', accessKeyId: 'AKIA' },
        sourceIPAddress: '203.0.113.9',
        userAgent: 'aws-cli/2.15.0',
        eventTime: '2026-03-01T12:00:00Z',
        eventID: '6b1e6f1e-1b7c-4a55-9d0b-2c5f0e1d2a3b',
        eventName: 'UpdateSecurityProfile',
      };

      it('is added once to an out-of-band change, and to nothing else', async () => {
        const { log, trail } = underTest();
        const list = aList('attribution');
        const outside: AuditEvent = { ...aSucceededEvent(list), operation: 'OUT_OF_BAND_CHANGE' };
        const call = aSucceededEvent(aList('attribution-call'));
        await log.recordOutcome(outside);
        await log.recordOutcome(call);

        const first = await log.recordAttribution(list.securityProfileName, outside.eventId, attribution);
        const again = await log.recordAttribution(list.securityProfileName, outside.eventId, {
          ...attribution,
          principal: 'someone else',
        });
        const onACall = await log.recordAttribution(call.securityProfileName, call.eventId, attribution);
        const onNothing = await log.recordAttribution(list.securityProfileName, 'NOSUCHEVENT', attribution);

        expect([first, again, onACall, onNothing]).toEqual([true, false, false, false]);
        expect(await trail.get(list.securityProfileName, outside.eventId)).toStrictEqual({
          ...outside,
          attribution,
        });
        expect(await trail.get(call.securityProfileName, call.eventId)).toStrictEqual(call);
      });
    });

    describe('progress of an event whose outcome is unknown', () => {
      it('replaces a PENDING event with a fuller one that stays PENDING', async () => {
        const { log, trail } = underTest();
        const intent = anIntent(aList('progress'));
        await log.recordIntent(intent);
        const progress: AuditEvent = {
          ...intent,
          versionBefore: 7n,
          versionAfter: 8n,
          errorCode: 'UPSTREAM_UNAVAILABLE',
        };

        await log.recordProgress(progress);

        expect(await listed(trail, intent.securityProfileName)).toStrictEqual([progress]);
      });

      it('never turns a final event back into PENDING', async () => {
        const { log, trail } = underTest();
        const event = aSucceededEvent(aList('progress-final'));
        await log.recordOutcome(event);

        const late = log.recordProgress({ ...event, outcome: 'PENDING' });

        await expect(late).rejects.toBeInstanceOf(AuditEventFinalError);
        expect(await listed(trail, event.securityProfileName)).toStrictEqual([event]);
      });

      it('refuses progress of an event that was never written, writing nothing', async () => {
        const { log, trail } = underTest();
        const intent = anIntent(aList('progress-none'));

        const progress = log.recordProgress(intent);

        await expect(progress).rejects.toBeInstanceOf(AuditEventFinalError);
        expect(await listed(trail, intent.securityProfileName)).toEqual([]);
      });

      it('lets the event be finalised afterwards', async () => {
        const { log, trail } = underTest();
        const intent = anIntent(aList('progress-then-final'));
        await log.recordIntent(intent);
        await log.recordProgress({ ...intent, versionBefore: 1n });
        const final: AuditEvent = { ...intent, outcome: 'SUCCEEDED', versionBefore: 1n, versionAfter: 2n };

        await log.recordOutcome(final);

        expect(await listed(trail, intent.securityProfileName)).toStrictEqual([final]);
      });
    });

    describe('reading the trail', () => {
      it('pages through a profile newest first, whatever the order of writing, without gaps or repeats', async () => {
        const { log, trail } = underTest();
        const list = aList('paged');
        const events = await recordEvents(log, 5, () => list);

        const pages = await allPages((page) => trail.listByProfile(list.securityProfileName, page), 2);

        expect(pages.map((page) => page.edges.length)).toEqual([2, 2, 1]);
        expect(ids(eventsOf(pages))).toEqual(ids(events).reverse());
      });

      it('lists only the profile asked for', async () => {
        const { log, trail } = underTest();
        const mine = aList('mine');
        const events = await recordEvents(log, 2, () => mine);
        await recordEvents(log, 2, () => aList('theirs'));

        const page = await trail.listByProfile(mine.securityProfileName, {});

        expect(ids(eventsOf([page]))).toEqual(ids(events).reverse());
      });

      it('says there is no next page when the last page is exactly full', async () => {
        const { log, trail } = underTest();
        const list = aList('full');
        await recordEvents(log, 4, () => list);

        const pages = await allPages((page) => trail.listByProfile(list.securityProfileName, page), 2);

        expect(pages.map((page) => [page.edges.length, page.hasNextPage])).toEqual([
          [2, true],
          [2, false],
        ]);
      });

      it('returns 20 events when first is not given', async () => {
        const { log, trail } = underTest();
        const list = aList('default');
        await recordEvents(log, 21, () => list);

        const page = await trail.listByProfile(list.securityProfileName, {});

        expect(page.edges).toHaveLength(20);
        expect(page.hasNextPage).toBe(true);
      });

      it('answers an empty page without a cursor for a profile with no events', async () => {
        const { trail } = underTest();

        const page = await trail.listByProfile(aList('none').securityProfileName, { first: 5 });

        expect(page).toEqual({ edges: [], endCursor: undefined, hasNextPage: false });
      });

      it('gives each edge a cursor that resumes right after its event', async () => {
        const { log, trail } = underTest();
        const list = aList('edges');
        const events = await recordEvents(log, 3, () => list);
        const { edges } = await trail.listByProfile(list.securityProfileName, { first: 3 });

        const rest = await trail.listByProfile(list.securityProfileName, { after: edges[0]?.cursor });

        expect(edges.map((edge) => edge.event.eventId)).toEqual(ids(events).reverse());
        expect(ids(eventsOf([rest]))).toEqual(ids(events).reverse().slice(1));
      });

      it('lists one actor’s events across profiles, newest first, and nobody else’s', async () => {
        const { log, trail } = underTest();
        const { actor } = aList('actor');
        const events = await recordEvents(log, 3, (i) => ({
          actor,
          securityProfileName: aList(`actor-${i}`).securityProfileName,
        }));
        await recordEvents(log, 2, () => aList('someone-else'));

        const pages = await allPages((page) => trail.listByActor(actor.subject, page), 2);

        expect(ids(eventsOf(pages))).toEqual(ids(events).reverse());
      });
    });

    describe('a filtered trail', () => {
      const teamOf = (i: number) => ['team-a', 'team-b', 'team-c'][i % 3]!;
      const lifeOf = (i: number) => (i < 6 ? '2026-01-05T09:00:00.000Z' : '2026-04-01T08:00:00.000Z');

      /** Nine events on one name: owners team-a, team-b, team-c in turn, two incarnations. */
      async function recordOwnedEvents(log: AuditLog) {
        const list = aList('filtered');
        const events = await recordEvents(log, 9, (i) => ({
          ...list,
          ownerTeam: teamOf(i),
          ...(i === 4 && { previousOwnerTeam: 'team-c' }),
          securityProfileArn: `arn:aws:iot:eu-west-1:123456789012:securityprofile/${list.securityProfileName}`,
          incarnation: {
            securityProfileArn: `arn:aws:iot:eu-west-1:123456789012:securityprofile/${list.securityProfileName}`,
            creationDate: lifeOf(i),
          },
        }));
        return { list, events };
      }

      it('lists, page by page, only the events owned (or handed over) by one of the teams asked for', async () => {
        const { log, trail } = underTest();
        const { list, events } = await recordOwnedEvents(log);

        const pages = await allPages(
          (page) => trail.listByProfile(list.securityProfileName, page, { ownerTeams: ['team-c'] }),
          1,
        );

        const expected = events.filter((e) => e.ownerTeam === 'team-c' || e.previousOwnerTeam === 'team-c');
        expect(ids(eventsOf(pages))).toEqual(ids(expected).reverse());
        expect(eventsOf(pages)).toStrictEqual([...expected].reverse());
      });

      it('lists nothing for a caller with no team', async () => {
        const { log, trail } = underTest();
        const { list } = await recordOwnedEvents(log);

        const pages = await allPages(
          (page) => trail.listByProfile(list.securityProfileName, page, { ownerTeams: [] }),
          5,
        );

        expect(eventsOf(pages)).toEqual([]);
      });

      it('lists one incarnation of the name, alone or with an owner filter', async () => {
        const { log, trail } = underTest();
        const { list, events } = await recordOwnedEvents(log);
        const second = '2026-04-01T08:00:00.000Z';

        const all = await allPages(
          (page) => trail.listByProfile(list.securityProfileName, page, { creationDate: second }),
          2,
        );
        const ofTeamA = await allPages(
          (page) =>
            trail.listByProfile(list.securityProfileName, page, {
              creationDate: second,
              ownerTeams: ['team-a'],
            }),
          2,
        );

        expect(ids(eventsOf(all))).toEqual(ids(events.slice(6)).reverse());
        expect(ids(eventsOf(ofTeamA))).toEqual([events[6]!.eventId]);
      });
    });

    describe('events around a time', () => {
      it('lists the events made between two times, oldest first, at most the limit asked', async () => {
        const { log, trail } = underTest();
        const list = aList('between');
        const events = await recordEvents(log, 5, () => list);

        const between = await trail.listBetween(
          list.securityProfileName,
          new Date(minute(1)),
          new Date(minute(3)),
          10,
        );
        const limited = await trail.listBetween(
          list.securityProfileName,
          new Date(minute(0)),
          new Date(minute(4)),
          2,
        );

        expect(ids(between)).toEqual(ids(events.slice(1, 4)));
        expect(ids(limited)).toEqual(ids(events.slice(0, 2)));
      });
    });

    describe('reading one event', () => {
      it('reads an event back whole by profile and id, and nothing under another profile', async () => {
        const { log, trail } = underTest();
        const event = aSucceededEvent({ ...aList('get'), previousOwnerTeam: 'team-c' });
        await log.recordOutcome(event);

        expect(await trail.get(event.securityProfileName, event.eventId)).toStrictEqual(event);
        expect(await trail.get(aList('get-other').securityProfileName, event.eventId)).toBeUndefined();
      });

      it('keeps the event a restore names', async () => {
        const { log, trail } = underTest();
        const event = aSucceededEvent({
          ...aList('restore'),
          operation: 'RESTORE',
          restoredEventId: '01J5ZK3N4W0000000000000000',
        });
        await log.recordOutcome(event);

        expect(await trail.get(event.securityProfileName, event.eventId)).toStrictEqual(event);
      });
    });

    describe('page requests', () => {
      it.each([0, 101, 1.5])('refuses first = %s with ValidationError naming first', async (first) => {
        const { trail } = underTest();

        const listing = trail.listByProfile(aList('first').securityProfileName, { first });

        await expect(listing).rejects.toBeInstanceOf(ValidationError);
        await expect(listing).rejects.toMatchObject({ issues: [{ path: 'first' }] });
      });

      it.each([
        ['garbage', 'not a cursor!'],
        ['base64 of a non-key', Buffer.from('[1,2]').toString('base64url')],
      ])('refuses a cursor that is %s, naming after', async (_what, after) => {
        const { trail } = underTest();

        const listing = trail.listByProfile(aList('after').securityProfileName, { after });

        await expect(listing).rejects.toMatchObject({ issues: [{ path: 'after' }] });
      });

      it('refuses the cursor of another profile’s list, and a profile list’s cursor in an actor’s list', async () => {
        const { log, trail } = underTest();
        const list = aList('other');
        await recordEvents(log, 2, () => list);
        const { endCursor } = await trail.listByProfile(list.securityProfileName, { first: 1 });

        const otherProfile = trail.listByProfile(aList('elsewhere').securityProfileName, {
          after: endCursor,
        });
        const actorList = trail.listByActor(list.actor.subject, { after: endCursor });

        await expect(otherProfile).rejects.toMatchObject({ issues: [{ path: 'after' }] });
        await expect(actorList).rejects.toMatchObject({ issues: [{ path: 'after' }] });
      });
    });
  });
}
