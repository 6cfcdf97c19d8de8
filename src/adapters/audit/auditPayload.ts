import { gunzipSync, gzipSync } from 'node:zlib';
import type { AuditEvent } from '../../domain/auditEvent';
import { parseTyped, stringifyTyped } from './typedJson';

/**
 * The members of an event that can be large: the profile before and after
 * (a profile can pass 200 KB), the changes between them, the input as sent
 * (a refused request can be as large as API Gateway lets through) and the
 * error message.
 */
export type AuditPayload = Pick<AuditEvent, 'before' | 'after' | 'changes' | 'input' | 'errorMessage'>;

/** An item of the payload's parts: a slice of the compressed payload. */
export type PayloadPart = Record<string, unknown>;

/** How a payload is stored: inline attributes, one compressed attribute, or compressed parts. */
export interface EncodedPayload {
  /** Attributes of the event's own item. */
  attributes: Record<string, unknown>;
  /** Items to write before the event's item (none unless the payload was split). */
  parts: PayloadPart[];
}

// DynamoDB refuses an item over 400 KB (names and values). The event's other attributes stay
// far below 30 KB (ids, actor, request, versions), so inline JSON up to 300 KB is safe, and a
// compressed part of 350 KB with its key fits any item.
const INLINE_LIMIT_BYTES = 300_000;
const PART_BYTES = 350_000;
// Kept inline when the whole message moves into the compressed payload, for a reader of the table.
const ERROR_MESSAGE_PREVIEW = 1_000;

/** The partition of the parts of one event's payloads. */
export function payloadPartitionKey(eventId: string): string {
  return `PAYLOAD#${eventId}`;
}

/**
 * Encodes the large members of `event`. Small ones stay readable attributes
 * (`beforeJson`, …: typed JSON, see `typedJson.ts`); past 300 KB they are
 * compressed together into `payloadGz`; a compressed payload still past
 * 350 KB is split into parts, items of their own keyed by the event and this
 * write's token, which the event's item names (`payloadParts`). Every event
 * is stored whole, whatever its size; nothing is cut.
 */
export function encodePayload(event: AuditEvent, writeToken: string): EncodedPayload {
  const inline = {
    beforeJson: optionalJson(event.before),
    afterJson: optionalJson(event.after),
    changesJson: stringifyTyped(event.changes),
    inputJson: optionalJson(event.input),
    errorMessage: event.errorMessage,
  };
  if (bytesOf(Object.values(inline)) <= INLINE_LIMIT_BYTES) return { attributes: inline, parts: [] };

  const payload: AuditPayload = {
    before: event.before,
    after: event.after,
    changes: event.changes,
    input: event.input,
    errorMessage: event.errorMessage,
  };
  const compressed = gzipSync(stringifyTyped(payload));
  const errorMessage = event.errorMessage?.slice(0, ERROR_MESSAGE_PREVIEW);
  if (compressed.length <= PART_BYTES)
    return { attributes: { payloadGz: compressed, errorMessage }, parts: [] };

  const parts: PayloadPart[] = [];
  for (let offset = 0; offset < compressed.length; offset += PART_BYTES) {
    parts.push({
      pk: payloadPartitionKey(event.eventId),
      sk: partSortKey(writeToken, parts.length),
      data: compressed.subarray(offset, offset + PART_BYTES),
    });
  }
  return { attributes: { payloadParts: parts.length, payloadKey: writeToken, errorMessage }, parts };
}

/** The sort key of part `index` of the payload written with `writeToken`. */
function partSortKey(writeToken: string, index: number): string {
  return `${writeToken}#${String(index).padStart(4, '0')}`;
}

/**
 * The payload of an event's item: from its inline attributes, its compressed
 * attribute, or `parts` (the data of its part items, in order).
 */
export function decodePayload(
  read: { optionalJson(name: string): unknown; optionalString(name: string): string | undefined },
  item: Record<string, unknown>,
  parts: readonly Uint8Array[] | undefined,
): AuditPayload {
  const compressed = item.payloadGz ?? (parts ? Buffer.concat(parts) : undefined);
  if (item.payloadParts !== undefined && parts === undefined) {
    throw new Error(`Audit item ${String(item.sk)} is split into parts that were not read.`);
  }
  if (compressed instanceof Uint8Array) {
    return parseTyped(gunzipSync(compressed).toString('utf8')) as AuditPayload;
  }
  return {
    before: read.optionalJson('beforeJson') as AuditEvent['before'],
    after: read.optionalJson('afterJson') as AuditEvent['after'],
    changes: (read.optionalJson('changesJson') ?? []) as AuditEvent['changes'],
    input: read.optionalJson('inputJson'),
    errorMessage: read.optionalString('errorMessage'),
  };
}

/** The number of parts an item says its payload was split into (0 when it was not). */
export function partCount(item: Record<string, unknown>): number {
  const parts = item.payloadParts;
  return typeof parts === 'bigint' || typeof parts === 'number' ? Number(parts) : 0;
}

function optionalJson(value: unknown): string | undefined {
  return value === undefined ? undefined : stringifyTyped(value);
}

function bytesOf(values: readonly (string | undefined)[]): number {
  return values.reduce((sum, value) => sum + (value === undefined ? 0 : Buffer.byteLength(value)), 0);
}
