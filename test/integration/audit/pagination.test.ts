import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../src/domain/auditEvent';
import { ValidationError } from '../../../src/domain/errors';
import type { AuditPage, PageRequest } from '../../../src/service/ports';
import { anIntent } from '../../fixtures/auditEvents';
import { startAuditStack, type AuditStack } from './startAuditStack';

let stack: AuditStack;
beforeAll(async () => {
  stack = await startAuditStack();
});
afterAll(async () => {
  await stack.close();
});

/** Records `count` final events a minute apart, oldest first, and returns them in that order. */
async function recordEvents(
  count: number,
  overrides: (i: number) => Partial<AuditEvent>,
): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  for (let i = 0; i < count; i++) {
    const time = new Date(Date.UTC(2026, 2, 1, 12, i)).toISOString();
    const event: AuditEvent = { ...anIntent({ time, ...overrides(i) }), outcome: 'SUCCEEDED', attempts: 1 };
    await stack.auditLog().recordOutcome(event);
    events.push(event);
  }
  return events;
}

/** Follows endCursor until hasNextPage is false; returns the pages. */
async function allPages(
  list: (page: PageRequest) => Promise<AuditPage>,
  first: number,
): Promise<AuditPage[]> {
  const pages = [await list({ first })];
  while (pages.at(-1)?.hasNextPage) pages.push(await list({ first, after: pages.at(-1)?.endCursor }));
  return pages;
}

const ids = (events: AuditEvent[]): string[] => events.map((event) => event.eventId);

describe('listByProfile', () => {
  it('pages through a profile newest first without gaps or repeats', async () => {
    const events = await recordEvents(5, () => ({ securityProfileName: 'paged-five' }));
    const pages = await allPages((page) => stack.trail.listByProfile('paged-five', page), 2);
    expect(pages.map((page) => page.edges.length)).toEqual([2, 2, 1]);
    expect(ids(pages.flatMap((page) => page.edges.map((edge) => edge.event)))).toEqual(ids(events).reverse());
  });

  it('says there is no next page when the last page is exactly full', async () => {
    await recordEvents(4, () => ({ securityProfileName: 'paged-four' }));
    const pages = await allPages((page) => stack.trail.listByProfile('paged-four', page), 2);
    expect(pages.map((page) => [page.edges.length, page.hasNextPage])).toEqual([
      [2, true],
      [2, false],
    ]);
  });

  it('returns 20 events when first is not given', async () => {
    await recordEvents(21, () => ({ securityProfileName: 'paged-default' }));
    const page = await stack.trail.listByProfile('paged-default', {});
    expect(page.edges.map((edge) => edge.event)).toHaveLength(20);
    expect(page.hasNextPage).toBe(true);
  });

  it('answers an empty page without a cursor for a profile with no events', async () => {
    const page = await stack.trail.listByProfile('paged-none', { first: 5 });
    expect(page).toEqual({ edges: [], endCursor: undefined, hasNextPage: false });
  });

  it('gives each edge a cursor that resumes right after its event', async () => {
    const events = await recordEvents(3, () => ({ securityProfileName: 'paged-edges' }));
    const { edges } = await stack.trail.listByProfile('paged-edges', { first: 3 });
    const rest = await stack.trail.listByProfile('paged-edges', { after: edges[0]?.cursor });
    expect(edges.map((edge) => edge.event.eventId)).toEqual(ids(events).reverse());
    expect(ids(rest.edges.map((edge) => edge.event))).toEqual(ids(events).reverse().slice(1));
  });
});

describe('listByActor', () => {
  it('lists one actor’s events across profiles, newest first, and nobody else’s', async () => {
    const mine = (i: number) => ({
      actor: { subject: 'pager', teams: ['team-a'], isAdmin: false },
      securityProfileName: `actor-${i % 2}`,
    });
    const events = await recordEvents(3, mine);
    await recordEvents(2, (i) => ({
      actor: { subject: 'someone-else', teams: [], isAdmin: false },
      securityProfileName: `actor-${i}`,
    }));
    const pages = await allPages((page) => stack.trail.listByActor('pager', page), 2);
    expect(ids(pages.flatMap((page) => page.edges.map((edge) => edge.event)))).toEqual(ids(events).reverse());
  });
});

describe('page requests', () => {
  it.each([0, 101, 1.5])('refuses first = %s, naming first', async (first) => {
    const listed = stack.trail.listByProfile('paged-first', { first });
    await expect(listed).rejects.toBeInstanceOf(ValidationError);
    await expect(listed).rejects.toMatchObject({ issues: [{ path: 'first' }] });
  });

  it.each([
    ['garbage', 'not a cursor!'],
    ['base64 of a non-key', Buffer.from('[1,2]').toString('base64url')],
  ])('refuses a cursor that is %s, naming after', async (_what, after) => {
    const listed = stack.trail.listByProfile('paged-after', { after });
    await expect(listed).rejects.toMatchObject({ issues: [{ path: 'after' }] });
  });

  it('refuses the cursor of another profile’s list', async () => {
    await recordEvents(2, () => ({ securityProfileName: 'paged-other' }));
    const { endCursor } = await stack.trail.listByProfile('paged-other', { first: 1 });
    const listed = stack.trail.listByProfile('paged-five', { after: endCursor });
    await expect(listed).rejects.toMatchObject({ issues: [{ path: 'after' }] });
  });

  it('refuses a profile list’s cursor in an actor’s list', async () => {
    await recordEvents(2, () => ({ securityProfileName: 'paged-mixed' }));
    const { endCursor } = await stack.trail.listByProfile('paged-mixed', { first: 1 });
    const listed = stack.trail.listByActor('alice', { after: endCursor });
    await expect(listed).rejects.toMatchObject({ issues: [{ path: 'after' }] });
  });
});
