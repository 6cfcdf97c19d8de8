import type { AuditOutcome } from '../domain/auditEvent';
import { toJsonValue } from '../domain/diff/toJsonValue';
import {
  AuthorizationError,
  GatewayError,
  HiddenProfileError,
  RequestLimitError,
  ThrottledError,
  ValidationError,
  VersionConflictError,
  type ErrorCode,
} from '../domain/errors';

/** How the gateway answers one error code, on every route. */
interface CodeTreatment {
  /** The HTTP status of a REST answer, and of a GraphQL request refused before it ran. */
  status: number;
  /** The outcome of the audit event of a change that ended with this code. */
  outcome: Exclude<AuditOutcome, 'PENDING' | 'SUCCEEDED'>;
}

/**
 * The one table from error code to HTTP status and audit outcome. GraphQL,
 * REST and the audit trail all read it, so a code added to the closed set must
 * be given a row here before anything compiles.
 */
export const ERROR_TABLE: Readonly<Record<ErrorCode, CodeTreatment>> = {
  BAD_USER_INPUT: { status: 400, outcome: 'INVALID' },
  UNAUTHENTICATED: { status: 401, outcome: 'DENIED' },
  FORBIDDEN: { status: 403, outcome: 'DENIED' },
  NOT_FOUND: { status: 404, outcome: 'FAILED' },
  // A create is "only if absent", the precondition HTTP answers 412 to (If-None-Match: *); 409 is VERSION_CONFLICT's.
  ALREADY_EXISTS: { status: 412, outcome: 'CONFLICT' },
  VERSION_CONFLICT: { status: 409, outcome: 'CONFLICT' },
  // 423 Locked: the profile's other writers held it; a conflict that never reached IoT.
  PROFILE_BUSY: { status: 423, outcome: 'CONFLICT' },
  THROTTLED: { status: 429, outcome: 'FAILED' },
  INTERNAL_SERVER_ERROR: { status: 500, outcome: 'FAILED' },
  UPSTREAM_UNAVAILABLE: { status: 502, outcome: 'FAILED' },
  AUDIT_UNAVAILABLE: { status: 503, outcome: 'FAILED' },
};

/** What a client may learn about an error, as JSON: its code and the details that help it act. */
export type ErrorDetails = Record<string, unknown> & { code: ErrorCode };

/**
 * The client-facing details of a domain error, shared by GraphQL (`extensions`)
 * and REST (the body): the field and issues of bad input, the rule and field of a
 * denial, the current version and attempts of a conflict, when to retry a throttled call.
 */
export function errorDetails(error: GatewayError): ErrorDetails {
  const code = error.code;
  switch (code) {
    case 'BAD_USER_INPUT':
      return error instanceof ValidationError ? badInputDetails(error) : { code };
    case 'FORBIDDEN':
      return error instanceof AuthorizationError ? { code, rule: error.rule, field: error.path } : { code };
    case 'VERSION_CONFLICT':
      return error instanceof VersionConflictError
        ? { code, currentVersion: toJsonValue(error.currentVersion), attempts: error.attempts }
        : { code };
    case 'THROTTLED':
      return error instanceof ThrottledError && error.retryAfterSeconds !== undefined
        ? { code, retryAfterSeconds: error.retryAfterSeconds }
        : { code };
    case 'UNAUTHENTICATED':
    case 'NOT_FOUND':
    case 'ALREADY_EXISTS':
    case 'PROFILE_BUSY':
    case 'UPSTREAM_UNAVAILABLE':
    case 'AUDIT_UNAVAILABLE':
    case 'INTERNAL_SERVER_ERROR':
      return { code };
    default:
      return unreachable(code);
  }
}

function badInputDetails(error: ValidationError): ErrorDetails {
  // An issue about the request as a whole has an empty path: no field to name.
  const field = error.issues[0]?.path;
  return {
    code: error.code,
    ...(field ? { field } : {}),
    ...(error instanceof RequestLimitError && { limit: error.limit }),
    issues: error.issues,
  };
}

/**
 * The audit outcome of a change that failed with `error`; anything unexpected
 * is FAILED. A refusal answered as NOT_FOUND (the caller may not read the
 * profile) is audited as what it was, DENIED.
 */
export function outcomeOf(error: unknown): AuditOutcome {
  if (error instanceof HiddenProfileError) return 'DENIED';
  return error instanceof GatewayError ? ERROR_TABLE[error.code].outcome : 'FAILED';
}

/** An error as it leaves the gateway, on any route. */
export interface ClientError {
  status: number;
  message: string;
  details: ErrorDetails;
  /** True when the error was not one of the gateway's own: it must be logged before it is masked. */
  unexpected: boolean;
  /**
   * True when the client is told the code but not the cause (IoT unreachable
   * or failing: hosts, ports and AWS's words stay in `cause`): logged too, so
   * the operator learns what the client was not told.
   */
  causeHidden: boolean;
}

/** The masked message of an unexpected error outside development. */
export const INTERNAL_ERROR_MESSAGE = 'Internal server error';

/**
 * What the client is told about any thrown value. A domain error keeps its
 * message and details; anything else becomes INTERNAL_SERVER_ERROR, and in
 * production its message (which may name internal resources) is replaced.
 */
export function toClientError(error: unknown, production: boolean): ClientError {
  if (error instanceof GatewayError) {
    return {
      status: ERROR_TABLE[error.code].status,
      message: error.message,
      details: errorDetails(error),
      unexpected: false,
      causeHidden: error.code === 'UPSTREAM_UNAVAILABLE',
    };
  }
  const message = production || !(error instanceof Error) ? INTERNAL_ERROR_MESSAGE : error.message;
  return {
    status: ERROR_TABLE.INTERNAL_SERVER_ERROR.status,
    message,
    details: { code: 'INTERNAL_SERVER_ERROR' },
    unexpected: true,
    causeHidden: false,
  };
}

function unreachable(code: never): never {
  throw new Error(`No client details for error code ${String(code)}`);
}
