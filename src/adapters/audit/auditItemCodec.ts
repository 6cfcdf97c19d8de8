import type {
  AuditEvent,
  AuditObservation,
  AuditOperation,
  AuditOutcome,
  AuditReconciliation,
  ChangeAttribution,
} from '../../domain/auditEvent';
import type { Denial, ErrorCode } from '../../domain/errors';
import type { ProfileIncarnation } from '../../domain/incarnation';
import { decodePayload, encodePayload, type PayloadPart } from './auditPayload';
import { EXPIRES_AT_ATTRIBUTE, PENDING_SHARD } from './auditTableDefinition';
import { parseTyped, stringifyTyped } from './typedJson';

/** An audit table item as the document client reads and writes it. */
export type AuditItem = Record<string, unknown>;

const SECONDS_PER_DAY = 86_400;

/** The partition key of a profile's events. */
export function profilePartitionKey(securityProfileName: string): string {
  return `PROFILE#${securityProfileName}`;
}

/** What an item carries besides the event itself. */
export interface AuditItemOptions {
  /** Days to keep the event (from its `time`); undefined writes no TTL attribute. */
  retentionDays?: number;
  /** Random per write: lets a retried put recognise the item its own earlier attempt wrote. */
  writeToken: string;
}

/** An event as table items: its own, and the parts of its payload to write before it. */
export interface AuditItems {
  item: AuditItem;
  parts: PayloadPart[];
}

/**
 * Encodes an event as table items.
 *
 * Flat, queryable facts are top-level attributes; `version*` and `attempts` are
 * DynamoDB numbers (38 digits, so a 64-bit version is exact: the document client
 * marshals `bigint` natively). The profile snapshots, the changes, the input and
 * the reconciliation note are typed-JSON strings (`typedJson.ts`), not maps: a
 * map would come back with `Date`s as strings and with no way to tell a `bigint`
 * count from a `number` threshold, and the input must be kept exactly as sent.
 * Large ones are compressed, and split when they must be (`encodePayload`).
 */
export function toAuditItems(event: AuditEvent, options: AuditItemOptions): AuditItems {
  const payload = encodePayload(event, options.writeToken);
  const item: AuditItem = {
    pk: profilePartitionKey(event.securityProfileName),
    sk: event.eventId,
    time: event.time,
    completedAt: event.completedAt,
    outcome: event.outcome,
    pendingShard: event.outcome === 'PENDING' ? PENDING_SHARD : undefined,
    operation: event.operation,
    securityProfileName: event.securityProfileName,
    securityProfileArn: event.securityProfileArn,
    // With the ARN, the incarnation; top-level so that a trail can be filtered by it.
    profileCreationDate: event.incarnation?.creationDate,
    ownerTeam: event.ownerTeam,
    previousOwnerTeam: event.previousOwnerTeam,
    restoredEventId: event.restoredEventId,
    actorSubject: event.actor.subject,
    actorTeams: event.actor.teams,
    actorIsAdmin: event.actor.isAdmin,
    apiRequestId: event.request.apiRequestId,
    lambdaRequestId: event.request.lambdaRequestId,
    sourceIp: event.request.sourceIp,
    userAgent: event.request.userAgent,
    errorCode: event.errorCode,
    attempts: event.attempts,
    versionBefore: event.versionBefore,
    versionAfter: event.versionAfter,
    ...payload.attributes,
    reconciliationJson: optionalJson(event.reconciliation),
    observationJson: optionalJson(event.observation),
    attributionJson: optionalJson(event.attribution),
    denialJson: optionalJson(event.denial),
    writeToken: options.writeToken,
  };
  if (options.retentionDays !== undefined) {
    const expiresAt = Math.floor(Date.parse(event.time) / 1000) + options.retentionDays * SECONDS_PER_DAY;
    item[EXPIRES_AT_ATTRIBUTE] = expiresAt;
    // The parts go with their event.
    for (const part of payload.parts) part[EXPIRES_AT_ATTRIBUTE] = expiresAt;
  }
  return { item, parts: payload.parts };
}

/**
 * Decodes a table item; `parts` are the data of its payload's parts, in order,
 * when the item says it was split (`partCount`). Throws when the item is not
 * one `toAuditItems` wrote, or its parts were not given.
 */
export function fromAuditItem(item: AuditItem, parts?: readonly Uint8Array[]): AuditEvent {
  const read = new ItemReader(item);
  const payload = decodePayload(read, item, parts);
  const event: AuditEvent = {
    eventId: read.string('sk'),
    time: read.string('time'),
    completedAt: read.optionalString('completedAt'),
    request: withoutUndefined({
      apiRequestId: read.string('apiRequestId'),
      lambdaRequestId: read.string('lambdaRequestId'),
      sourceIp: read.optionalString('sourceIp'),
      userAgent: read.optionalString('userAgent'),
    }),
    actor: {
      subject: read.string('actorSubject'),
      teams: read.strings('actorTeams'),
      isAdmin: read.boolean('actorIsAdmin'),
    },
    operation: read.string('operation') as AuditOperation,
    securityProfileName: read.string('securityProfileName'),
    securityProfileArn: read.optionalString('securityProfileArn'),
    incarnation: incarnationOfItem(read),
    ownerTeam: read.optionalString('ownerTeam'),
    previousOwnerTeam: read.optionalString('previousOwnerTeam'),
    restoredEventId: read.optionalString('restoredEventId'),
    outcome: read.string('outcome') as AuditOutcome,
    errorCode: read.optionalString('errorCode') as ErrorCode | undefined,
    errorMessage: payload.errorMessage,
    attempts: Number(read.integer('attempts')),
    versionBefore: read.optionalInteger('versionBefore'),
    versionAfter: read.optionalInteger('versionAfter'),
    before: payload.before,
    after: payload.after,
    changes: payload.changes,
    input: payload.input,
    reconciliation: read.optionalJson('reconciliationJson') as AuditReconciliation | undefined,
    observation: read.optionalJson('observationJson') as AuditObservation | undefined,
    attribution: read.optionalJson('attributionJson') as ChangeAttribution | undefined,
    denial: read.optionalJson('denialJson') as Denial | undefined,
  };
  return withoutUndefined(event);
}

function incarnationOfItem(read: ItemReader): ProfileIncarnation | undefined {
  const creationDate = read.optionalString('profileCreationDate');
  if (creationDate === undefined) return undefined;
  return { securityProfileArn: read.string('securityProfileArn'), creationDate };
}

function optionalJson(value: unknown): string | undefined {
  return value === undefined ? undefined : stringifyTyped(value);
}

// Absent members stay absent, so a decoded event deep-equals the one that was written.
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

class ItemReader {
  constructor(private readonly item: AuditItem) {}

  string(name: string): string {
    const value = this.optionalString(name);
    if (value === undefined) throw this.malformed(name);
    return value;
  }

  optionalString(name: string): string | undefined {
    const value = this.item[name];
    if (value === undefined || typeof value === 'string') return value;
    throw this.malformed(name);
  }

  strings(name: string): string[] {
    const value = this.item[name];
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
    throw this.malformed(name);
  }

  boolean(name: string): boolean {
    const value = this.item[name];
    if (typeof value === 'boolean') return value;
    throw this.malformed(name);
  }

  integer(name: string): bigint {
    const value = this.optionalInteger(name);
    if (value === undefined) throw this.malformed(name);
    return value;
  }

  // The document client is configured to read integers as bigint (createAuditDocumentClient).
  optionalInteger(name: string): bigint | undefined {
    const value = this.item[name];
    if (value === undefined || typeof value === 'bigint') return value;
    if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
    throw this.malformed(name);
  }

  optionalJson(name: string): unknown {
    const text = this.optionalString(name);
    return text === undefined ? undefined : parseTyped(text);
  }

  private malformed(name: string): Error {
    return new Error(`Audit item ${String(this.item.pk)}/${String(this.item.sk)} has a malformed '${name}'.`);
  }
}
