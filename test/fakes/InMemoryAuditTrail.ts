import type { AuditEvent } from '../../src/domain/auditEvent';
import { ValidationError } from '../../src/domain/errors';
import type { AuditPage, AuditTrail, PageRequest, TrailFilter } from '../../src/service/ports';
import type { RecordingAuditLog } from './RecordingAuditLog';
import { settled } from './settled';

const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;

/**
 * Reads a RecordingAuditLog's events back as DynamoAuditTrail reads the audit table: newest first
 * (by event id, a ULID), cursor-paginated, refusing a bad `first` or a cursor of another list.
 */
export class InMemoryAuditTrail implements AuditTrail {
  constructor(private readonly log: RecordingAuditLog) {}

  listByProfile(
    securityProfileName: string,
    page: PageRequest,
    filter: TrailFilter = {},
  ): Promise<AuditPage> {
    const belongs = (event: AuditEvent) =>
      event.securityProfileName === securityProfileName && passes(filter, event);
    return settled(() => this.list(`profile:${securityProfileName}`, page, belongs));
  }

  listBetween(securityProfileName: string, from: Date, to: Date, limit: number): Promise<AuditEvent[]> {
    // The harness's ids are not ULIDs: by time, which an event id begins with.
    return settled(() =>
      this.log
        .stored()
        .filter((event) => event.securityProfileName === securityProfileName)
        .filter((event) => Date.parse(event.time) >= from.getTime() && Date.parse(event.time) <= to.getTime())
        .sort((a, b) => (a.eventId < b.eventId ? -1 : 1))
        .slice(0, limit),
    );
  }

  /** Events still PENDING, oldest first (what DynamoAuditTrail's sparse index holds). */
  listPending(limit: number): Promise<AuditEvent[]> {
    return settled(() =>
      this.log
        .stored()
        .filter((event) => event.outcome === 'PENDING')
        .sort((a, b) => (a.eventId < b.eventId ? -1 : 1))
        .slice(0, limit),
    );
  }

  get(securityProfileName: string, eventId: string): Promise<AuditEvent | undefined> {
    return settled(() =>
      this.log
        .stored()
        .find((event) => event.securityProfileName === securityProfileName && event.eventId === eventId),
    );
  }

  listByActor(subject: string, page: PageRequest): Promise<AuditPage> {
    const belongs = (event: AuditEvent) => event.actor.subject === subject;
    return settled(() => this.list(`actor:${subject}`, page, belongs));
  }

  private list(listName: string, page: PageRequest, belongs: (event: AuditEvent) => boolean): AuditPage {
    const first = page.first ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
      throw new ValidationError([
        { path: 'first', message: `must be an integer from 1 to ${MAX_PAGE_SIZE}` },
      ]);
    }
    const after = page.after === undefined ? undefined : eventIdOf(page.after, listName);
    const events = this.log
      .stored()
      .filter(belongs)
      .sort((a, b) => (a.eventId < b.eventId ? 1 : -1))
      .filter((event) => after === undefined || event.eventId < after);
    const edges = events
      .slice(0, first)
      .map((event) => ({ cursor: cursorOf(listName, event.eventId), event }));
    return { edges, endCursor: edges.at(-1)?.cursor, hasNextPage: events.length > first };
  }
}

function passes(filter: TrailFilter, event: AuditEvent): boolean {
  if (filter.creationDate !== undefined && event.incarnation?.creationDate !== filter.creationDate) {
    return false;
  }
  const owners = filter.ownerTeams;
  return (
    owners === undefined ||
    [event.ownerTeam, event.previousOwnerTeam].some((team) => team !== undefined && owners.includes(team))
  );
}

function cursorOf(list: string, eventId: string): string {
  return Buffer.from(JSON.stringify({ list, eventId })).toString('base64url');
}

function eventIdOf(cursor: string, list: string): string {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  const { list: cursorList, eventId } = (key ?? {}) as { list?: unknown; eventId?: unknown };
  if (cursorList !== list || typeof eventId !== 'string') {
    throw new ValidationError([{ path: 'after', message: 'is not a cursor of this list' }]);
  }
  return eventId;
}
