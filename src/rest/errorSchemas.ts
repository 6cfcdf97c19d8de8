import type { ErrorCode } from '../domain/errors';
import type { JsonSchema } from '../iotJson/jsonSchema';
import { ERROR_TABLE } from '../service/errorTable';

/**
 * What each error code's body holds besides `code` and `message`: the details
 * `errorDetails` (src/service/errorTable.ts) gives it. Keyed by code, so a code
 * added to the table is given a schema here before anything compiles.
 */
const DETAILS: Readonly<Record<ErrorCode, Record<string, JsonSchema>>> = {
  BAD_USER_INPUT: {
    field: {
      type: 'string',
      description: 'The first field at fault, spelled as in the body (`behaviors[0].name`).',
    },
    limit: {
      type: 'object',
      description: 'The configured bound the request passed, when that was the fault.',
      properties: {
        setting: { type: 'string', description: 'The variable that sets it, e.g. `REQUEST_MAX_BYTES`.' },
        max: { type: 'integer' },
      },
      required: ['setting', 'max'],
      additionalProperties: false,
    },
    issues: {
      type: 'array',
      items: {
        type: 'object',
        properties: { path: { type: 'string' }, message: { type: 'string' }, rule: { type: 'string' } },
        required: ['path', 'message'],
        additionalProperties: false,
      },
    },
  },
  UNAUTHENTICATED: {
    reason: { type: 'string', description: 'Why the token was refused (the local stack only).' },
  },
  FORBIDDEN: {
    rule: { type: 'string', description: 'The authorization rule that refused the call.' },
    field: { type: 'string', description: 'The field the rule judged, when one.' },
  },
  NOT_FOUND: {},
  ALREADY_EXISTS: {},
  VERSION_CONFLICT: {
    currentVersion: { type: 'integer', format: 'int64', description: 'The profile’s version now.' },
    attempts: { type: 'integer', description: 'How many writes the gateway tried.' },
  },
  PROFILE_BUSY: {},
  THROTTLED: {
    retryAfterSeconds: { type: 'number', description: 'When to try again (also the `retry-after` header).' },
  },
  INTERNAL_SERVER_ERROR: {},
  UPSTREAM_UNAVAILABLE: {},
  AUDIT_UNAVAILABLE: {},
};

/** What a client reads from each code, in the document's response descriptions. */
const MEANING: Readonly<Record<ErrorCode, string>> = {
  BAD_USER_INPUT: 'the request breaks a rule; `field` and `issues` say which',
  UNAUTHENTICATED: 'no valid token',
  FORBIDDEN: 'the caller may not do this; `rule` says why',
  NOT_FOUND: 'no such profile',
  ALREADY_EXISTS: 'a profile of that name exists already; nothing was changed',
  VERSION_CONFLICT: 'the profile is no longer at `expectedVersion` (or retries ran out)',
  PROFILE_BUSY:
    'other writers of the profile held its turn until the deadline; nothing was changed, try again later',
  THROTTLED: 'IoT throttled the call; retry after `retryAfterSeconds`',
  INTERNAL_SERVER_ERROR: 'an unexpected failure (logged)',
  UPSTREAM_UNAVAILABLE: 'IoT could not be reached',
  AUDIT_UNAVAILABLE: 'the audit trail could not be written or read; nothing was changed',
};

/** One line per code, e.g. `BAD_USER_INPUT: the request breaks a rule…`. */
export function describeCodes(codes: readonly ErrorCode[]): string {
  return codes.map((code) => `${code}: ${MEANING[code]}.`).join(' ');
}

/**
 * The body of an error answer with this code. API Gateway's own 401 (a missing
 * or invalid token) is `{"message":"Unauthorized"}` without a code, so a 401's
 * code is optional.
 */
export function errorBodySchema(code: ErrorCode): JsonSchema {
  return {
    title: `${code}Error`,
    type: 'object',
    properties: {
      code: { const: code },
      message: { type: 'string' },
      ...DETAILS[code],
    },
    required: code === 'UNAUTHENTICATED' ? ['message'] : ['code', 'message'],
    additionalProperties: false,
  };
}

/** The codes of `codes` grouped by their HTTP status in the error table, in status order. */
export function codesByStatus(codes: readonly ErrorCode[]): Map<number, ErrorCode[]> {
  const groups = new Map<number, ErrorCode[]>();
  const sorted = [...new Set(codes)].sort((a, b) => ERROR_TABLE[a].status - ERROR_TABLE[b].status);
  for (const code of sorted) {
    const status = ERROR_TABLE[code].status;
    groups.set(status, [...(groups.get(status) ?? []), code]);
  }
  return groups;
}
