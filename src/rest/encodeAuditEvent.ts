import type { AuditEvent, FieldChange } from '../domain/auditEvent';
import { encodeProfile } from '../iotJson/encodeProfile';

/**
 * An audit event in IoT's JSON spelling, as every REST answer is: dates as
 * epoch seconds (milliseconds as the fraction), profiles as Describe returns
 * them, 64-bit numbers exact (bigints, which `toJson` writes as JSON numbers).
 */
export function encodeAuditEvent(event: AuditEvent): Record<string, unknown> {
  return {
    ...event,
    time: epochSeconds(event.time),
    completedAt: event.completedAt === undefined ? undefined : epochSeconds(event.completedAt),
    incarnation: event.incarnation && {
      ...event.incarnation,
      creationDate: epochSeconds(event.incarnation.creationDate),
    },
    before: event.before && encodeProfile(event.before),
    after: event.after && encodeProfile(event.after),
    changes: encodeChanges(event.changes),
    reconciliation: event.reconciliation && {
      ...event.reconciliation,
      reconciledAt: epochSeconds(event.reconciliation.reconciledAt),
    },
    observation: event.observation && {
      ...event.observation,
      detectedAt: epochSeconds(event.observation.detectedAt),
    },
    attribution: event.attribution && {
      ...event.attribution,
      eventTime: epochSeconds(event.attribution.eventTime),
    },
  };
}

/**
 * A change's values are JSON where a `count` beyond 2^53 is a decimal string
 * (the audit trail's and GraphQL's JSON); REST writes it as IoT does, a number
 * with every digit.
 */
export function encodeChanges(changes: readonly FieldChange[]): Array<Record<string, unknown>> {
  return changes.map((change) => ({
    path: change.path,
    before: exactCounts(change.path, change.before),
    after: exactCounts(change.path, change.after),
  }));
}

function exactCounts(path: string, value: unknown): unknown {
  if (path.endsWith('.count')) return asLong(value);
  if (Array.isArray(value)) return value.map((item: unknown) => exactCounts('', item));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, member]) => [
      key,
      key === 'count' ? asLong(member) : exactCounts('', member),
    ]),
  );
}

function asLong(value: unknown): unknown {
  return typeof value === 'string' && /^-?\d+$/.test(value) ? BigInt(value) : value;
}

/** The audit's ISO-8601 instants as restJson1 writes timestamps (see `toEpochSeconds`). */
function epochSeconds(iso: string): number {
  return Date.parse(iso) / 1000;
}
