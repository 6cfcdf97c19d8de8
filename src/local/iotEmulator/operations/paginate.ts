import { EMULATOR_CHOICES } from '../emulatorChoices';
import { invalidRequest } from '../wire/AwsError';

/** One page of a list and the token for the next, if any. */
export interface Page<T> {
  items: T[];
  nextToken?: string;
}

/**
 * Pages a list that is sorted by `keyOf`. The token is opaque to clients (the
 * key of the last item returned), so a page stays correct when items are added
 * or removed between calls.
 */
export function paginate<T>(
  sorted: T[],
  keyOf: (item: T) => string,
  nextToken: string | undefined,
  maxResults: number = EMULATOR_CHOICES.defaultPageSize,
): Page<T> {
  const after = nextToken === undefined ? undefined : readToken(nextToken);
  const rest = after === undefined ? sorted : sorted.filter((item) => keyOf(item) > after);
  const items = rest.slice(0, maxResults);
  const last = items.at(-1);
  if (rest.length <= maxResults || last === undefined) return { items };
  return { items, nextToken: Buffer.from(JSON.stringify({ after: keyOf(last) })).toString('base64url') };
}

function readToken(token: string): string {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'after' in parsed &&
      typeof parsed.after === 'string'
    ) {
      return parsed.after;
    }
  } catch {
    // Falls through to the error below: any unreadable token is the client's mistake.
  }
  throw invalidRequest('nextToken is not a token returned by a previous call');
}
