import { describe, expect, it } from 'vitest';
import {
  AlreadyExistsError,
  AuditUnavailableError,
  AuthenticationError,
  AuthorizationError,
  HiddenProfileError,
  ProfileBusyError,
  ProfileNotFoundError,
  RequestLimitError,
  ThrottledError,
  UpstreamUnavailableError,
  ValidationError,
  VersionConflictError,
  type ErrorCode,
  type GatewayError,
} from '../../../src/domain/errors';
import { NOT_FOUND_OUTCOME } from '../../../src/domain/authorization/authorizeAuditRead';
import { ERROR_TABLE, errorDetails, outcomeOf, toClientError } from '../../../src/service/errorTable';

/** One domain error of every code the closed set has. */
const ONE_OF_EACH: Record<Exclude<ErrorCode, 'INTERNAL_SERVER_ERROR'>, GatewayError> = {
  BAD_USER_INPUT: new ValidationError([{ path: 'behaviors[0].name', message: 'required' }]),
  UNAUTHENTICATED: new AuthenticationError('no sub'),
  FORBIDDEN: new AuthorizationError('OWNER_TEAM_REQUIRED', undefined, 'not yours'),
  NOT_FOUND: new ProfileNotFoundError('Nope'),
  ALREADY_EXISTS: new AlreadyExistsError('Taken'),
  VERSION_CONFLICT: new VersionConflictError('stale', 4n, 1),
  PROFILE_BUSY: new ProfileBusyError('other writers held the turn'),
  THROTTLED: new ThrottledError('slow down', { retryAfterSeconds: 2 }),
  UPSTREAM_UNAVAILABLE: new UpstreamUnavailableError('IoT failed'),
  AUDIT_UNAVAILABLE: new AuditUnavailableError('no audit'),
};

describe('the error table', () => {
  it.each(Object.entries(ONE_OF_EACH))('answers %s with its own status and code', (code, error) => {
    const client = toClientError(error, true);

    expect(client).toMatchObject({ status: ERROR_TABLE[code as ErrorCode].status, unexpected: false });
    expect(client.details.code).toBe(code);
    expect(client.message).toBe(error.message);
  });

  it('gives every code a distinct HTTP status', () => {
    const statuses = Object.values(ERROR_TABLE).map((row) => row.status);

    expect(new Set(statuses).size).toBe(statuses.length);
  });

  it.each([
    ['BAD_USER_INPUT', 'INVALID'],
    ['FORBIDDEN', 'DENIED'],
    ['UNAUTHENTICATED', 'DENIED'],
    ['VERSION_CONFLICT', 'CONFLICT'],
    ['ALREADY_EXISTS', 'CONFLICT'],
    ['PROFILE_BUSY', 'CONFLICT'],
    ['NOT_FOUND', 'FAILED'],
    ['THROTTLED', 'FAILED'],
    ['UPSTREAM_UNAVAILABLE', 'FAILED'],
    ['AUDIT_UNAVAILABLE', 'FAILED'],
  ] as const)('audits a change that ended with %s as %s', (code, outcome) => {
    expect(outcomeOf(ONE_OF_EACH[code])).toBe(outcome);
  });

  it('answers a refusal on a profile the caller may not read as NOT_FOUND, and audits it as DENIED', () => {
    const hidden = new HiddenProfileError('TheirProfile', {
      rule: 'OWNER_TEAM_REQUIRED',
      message: 'not yours',
    });

    const client = toClientError(hidden, true);

    expect(client).toEqual(toClientError(new ProfileNotFoundError('TheirProfile'), true));
    expect(outcomeOf(hidden)).toBe('DENIED');
    // The caller's own view of that event shows the outcome a missing profile's has.
    expect(NOT_FOUND_OUTCOME).toBe(ERROR_TABLE.NOT_FOUND.outcome);
  });

  it('masks anything unexpected in production, keeping it for the log', () => {
    const secret = new Error('arn:aws:iam::999999999999:role/gateway is not authorized');

    const client = toClientError(secret, true);

    expect(client).toEqual({
      status: 500,
      message: 'Internal server error',
      details: { code: 'INTERNAL_SERVER_ERROR' },
      unexpected: true,
      causeHidden: false,
    });
    expect(outcomeOf(secret)).toBe('FAILED');
  });

  it('has IoT’s failure logged for its cause, which the client is not told', () => {
    const unreachable = new UpstreamUnavailableError('AWS IoT could not be reached', {
      cause: new Error('connect ECONNREFUSED 10.0.3.7:443'),
    });

    expect(toClientError(unreachable, true)).toMatchObject({
      status: 502,
      unexpected: false,
      causeHidden: true,
    });
    expect(toClientError(new ProfileNotFoundError('x'), true).causeHidden).toBe(false);
  });

  it('tells a throttled caller when to retry, and names the limit a refused request broke', () => {
    const limit = new RequestLimitError({ setting: 'GRAPHQL_MAX_ALIASES', max: 30 }, 'too many aliases');

    expect(errorDetails(ONE_OF_EACH.THROTTLED)).toEqual({ code: 'THROTTLED', retryAfterSeconds: 2 });
    expect(errorDetails(limit)).toMatchObject({
      code: 'BAD_USER_INPUT',
      limit: { setting: 'GRAPHQL_MAX_ALIASES', max: 30 },
    });
  });
});
