import type { CatalogueEntry } from '../../domain/catalogue/catalogueEntry';
import type { CataloguePage, CatalogueSelection, PageRequest } from '../../service/ports';
import { encodeCursor, readPageRequest } from '../audit/pageCursor';

const CURSOR_KEYS = ['list', 'after'] as const;

/** The list a cursor belongs to, so a cursor of one selection is refused by another. */
function listKey(selection: CatalogueSelection): string {
  return 'allTeams' in selection ? 'ALL' : JSON.stringify([...selection.ownerTeams].sort());
}

/** A catalogue page request checked: its size, and the name it resumes after. */
export function readCataloguePage(
  selection: CatalogueSelection,
  page: PageRequest,
): { pageSize: number; after: string | undefined } {
  const query = readPageRequest(page, CURSOR_KEYS, { list: listKey(selection) });
  return { pageSize: query.pageSize, after: query.startKey?.after };
}

/**
 * The page of `pageSize` entries from entries gathered per partition (each
 * sorted by name, each read with one more than a page): merged in name order,
 * one page kept, and whether more follow.
 */
export function mergePage(
  selection: CatalogueSelection,
  pageSize: number,
  partitions: readonly CatalogueEntry[][],
): CataloguePage {
  const merged = partitions.flat().sort((a, b) => compareNames(a.securityProfileName, b.securityProfileName));
  const kept = merged.slice(0, pageSize);
  const list = listKey(selection);
  const edges = kept.map((entry) => ({
    cursor: encodeCursor({ list, after: entry.securityProfileName }),
    entry,
  }));
  const last = edges.at(-1);
  return { edges, ...(last && { endCursor: last.cursor }), hasNextPage: merged.length > pageSize };
}

/** DynamoDB's order of string keys: by UTF-8 bytes, which is what a sort by code point gives. */
export function compareNames(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
