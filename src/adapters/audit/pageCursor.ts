import { ValidationError } from '../../domain/errors';
import type { PageRequest } from '../../service/ports';

/** Page size when the caller gives none. */
export const DEFAULT_PAGE_SIZE = 20;
/** Largest page: keeps one query well inside DynamoDB's 1 MB response and the Lambda's time. */
export const MAX_PAGE_SIZE = 100;

/** A DynamoDB key of the audit table or an index of it; every key attribute is a string. */
export type PageKey = Record<string, string>;

/** A page request checked and translated for a DynamoDB query. */
export interface PageQuery {
  pageSize: number;
  startKey?: PageKey;
}

/** The opaque cursor of a key: base64url of its JSON. */
export function encodeCursor(key: PageKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/**
 * Checks `first` and `after`. A cursor is accepted only if it decodes to a key
 * with exactly `keyNames` and with the `fixed` values of this list (the profile
 * or actor queried), so a cursor of another list cannot be replayed here.
 *
 * @throws ValidationError naming `first` or `after`.
 */
export function readPageRequest(page: PageRequest, keyNames: readonly string[], fixed: PageKey): PageQuery {
  const first = page.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new ValidationError([{ path: 'first', message: `must be an integer from 1 to ${MAX_PAGE_SIZE}` }]);
  }
  if (page.after === undefined || page.after === null) return { pageSize: first };
  const startKey = decodeCursor(page.after);
  if (!startKey || !hasShape(startKey, keyNames, fixed)) {
    throw new ValidationError([{ path: 'after', message: 'is not a cursor of this list' }]);
  }
  return { pageSize: first, startKey };
}

function decodeCursor(cursor: string): PageKey | undefined {
  if (!/^[A-Za-z0-9_-]{1,2048}$/.test(cursor)) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    return Object.values(value).every((v) => typeof v === 'string') ? (value as PageKey) : undefined;
  } catch {
    return undefined;
  }
}

function hasShape(key: PageKey, keyNames: readonly string[], fixed: PageKey): boolean {
  const names = Object.keys(key);
  return (
    names.length === keyNames.length &&
    keyNames.every((name) => key[name] !== undefined) &&
    Object.entries(fixed).every(([name, value]) => key[name] === value)
  );
}
