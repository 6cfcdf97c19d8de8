import { limitExceeded, type RequestLimits } from '../../requestLimits';

/**
 * Refuses, before anything is parsed as GraphQL, a batch of more operations
 * than `GRAPHQL_MAX_OPERATIONS` (a JSON array body; batching is off at the
 * default of 1) and a document longer than `GRAPHQL_MAX_DOCUMENT_BYTES`, sent
 * in the body or, for GET, in the `query` parameter.
 *
 * @param body the request body as parsed from JSON (or a text/plain string)
 * @param search the raw query string
 * @throws RequestLimitError naming the setting.
 */
export function assertOperationsWithinLimits(body: unknown, search: string, limits: RequestLimits): void {
  const operations = Array.isArray(body) ? (body as unknown[]) : [body];
  if (operations.length > limits.operations) throw limitExceeded(limits, 'operations', operations.length);
  for (const operation of operations) assertDocumentWithinLimit(queryOf(operation), limits);
  if (search.includes('query=')) assertDocumentWithinLimit(new URLSearchParams(search).get('query'), limits);
}

function assertDocumentWithinLimit(query: unknown, limits: RequestLimits): void {
  if (typeof query !== 'string') return;
  // A UTF-16 unit is at most 3 bytes of UTF-8: a string that short needs no count.
  if (query.length * 3 <= limits.documentBytes) return;
  const bytes = Buffer.byteLength(query, 'utf8');
  if (bytes > limits.documentBytes) throw limitExceeded(limits, 'documentBytes', bytes);
}

function queryOf(operation: unknown): unknown {
  return typeof operation === 'object' && operation !== null
    ? (operation as { query?: unknown }).query
    : undefined;
}
