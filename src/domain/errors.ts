import type { RuleId } from './validation/validationRules';

/**
 * The domain's error hierarchy. Each class corresponds to one client-facing
 * error code (see `service/errorTable.ts` for the one mapping); `cause` is kept so
 * logs show what an adapter saw.
 */
export abstract class GatewayError extends Error {
  abstract readonly code: ErrorCode;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'ALREADY_EXISTS'
  | 'VERSION_CONFLICT'
  | 'PROFILE_BUSY'
  | 'THROTTLED'
  | 'UPSTREAM_UNAVAILABLE'
  | 'AUDIT_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

/**
 * One thing wrong with an input: where (`behaviors[1].criteria.durationSeconds`),
 * what, and under which rule of docs/validation-rules.md; an issue of an
 * unconfirmed rule is a warning, not a refusal. No rule: the gateway's own input
 * contract (a document or body it cannot read).
 */
export interface ValidationIssue {
  path: string;
  message: string;
  rule?: RuleId;
}

/** The input breaks a rule of the schema, of IoT's model or of Device Defender. Nothing was sent. */
export class ValidationError extends GatewayError {
  readonly code = 'BAD_USER_INPUT' as const;
  constructor(
    readonly issues: ValidationIssue[],
    options?: { cause?: unknown },
  ) {
    super(issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; '), options);
  }
}

/** A configured bound on the work of one request, as a client sees it. */
export interface RequestLimit {
  /** The environment variable that sets it, e.g. `GRAPHQL_MAX_TOKENS`. */
  setting: string;
  /** The bound in force. */
  max: number;
}

/**
 * The request is larger than a configured limit allows (document size, tokens,
 * depth, aliases, …); it was refused before any work it asked for. A bad input,
 * so clients that handle BAD_USER_INPUT need nothing new; `limit` names the setting.
 */
export class RequestLimitError extends ValidationError {
  constructor(
    readonly limit: RequestLimit,
    message: string,
  ) {
    super([{ path: '', message }]);
  }
}

/** No usable identity on the request. */
export class AuthenticationError extends GatewayError {
  readonly code = 'UNAUTHENTICATED' as const;
}

/** The actor may not make this change; `rule` names the rule, `path` the offending field. */
export class AuthorizationError extends GatewayError {
  readonly code = 'FORBIDDEN' as const;
  constructor(
    readonly rule: string,
    readonly path: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

/**
 * No profile of that name that the caller may read. One message for both, so
 * that a caller who may not read a profile cannot tell it from a missing one.
 */
export class ProfileNotFoundError extends GatewayError {
  readonly code = 'NOT_FOUND' as const;
  constructor(
    readonly securityProfileName: string,
    options?: { cause?: unknown },
  ) {
    super(
      `Security profile '${securityProfileName}' does not exist, or none of your teams may read it.`,
      options,
    );
  }
}

/** Why a call was refused, as an authorization rule puts it. */
export interface Denial {
  rule: string;
  message: string;
}

/**
 * The caller may not read the profile, so it is refused exactly as if the
 * profile did not exist (NOT_FOUND, same message): its answer reveals nothing.
 * `denial` keeps the rule that refused it for the audit trail, where admins and
 * auditors read it and the caller does not.
 */
export class HiddenProfileError extends ProfileNotFoundError {
  constructor(
    securityProfileName: string,
    readonly denial: Denial,
  ) {
    super(securityProfileName);
  }
}

/** A profile of that name exists already: a create changes nothing (IoT's ResourceAlreadyExistsException). */
export class AlreadyExistsError extends GatewayError {
  readonly code = 'ALREADY_EXISTS' as const;
  constructor(
    readonly securityProfileName: string,
    options?: { cause?: unknown },
  ) {
    super(`Security profile '${securityProfileName}' already exists; nothing was changed.`, options);
  }
}

/** The profile has no audit event with this id (a restore names one). */
export class AuditEventNotFoundError extends GatewayError {
  readonly code = 'NOT_FOUND' as const;
  constructor(
    readonly securityProfileName: string,
    readonly auditEventId: string,
  ) {
    super(`auditEventId: security profile '${securityProfileName}' has no audit event '${auditEventId}'.`);
  }
}

/** IoT knows no such target for the profile: a thing group that does not exist, or a target it is not attached to. */
export class TargetNotFoundError extends GatewayError {
  readonly code = 'NOT_FOUND' as const;
  constructor(
    readonly securityProfileName: string,
    readonly targetArn: string,
    problem: string,
    options?: { cause?: unknown },
  ) {
    super(`securityProfileTargetArn: ${problem}.`, options);
  }
}

/** IoT refused the write because the profile moved on since it was read. */
export class VersionConflictError extends GatewayError {
  readonly code = 'VERSION_CONFLICT' as const;
  constructor(
    message: string,
    readonly currentVersion?: bigint,
    readonly attempts?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * Other writers of the profile held its turn for as long as this call could
 * wait: its Lambda deadline would have passed before its own write. Nothing
 * was sent to IoT; trying again later makes sense.
 */
export class ProfileBusyError extends GatewayError {
  readonly code = 'PROFILE_BUSY' as const;
}

/**
 * IoT kept throttling after the SDK's own retries, or the caller is over its
 * share; `retryAfterSeconds`, when known, says when trying again makes sense.
 */
export class ThrottledError extends GatewayError {
  readonly code = 'THROTTLED' as const;
  readonly retryAfterSeconds: number | undefined;
  constructor(message: string, options?: { cause?: unknown; retryAfterSeconds?: number }) {
    super(message, options);
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }
}

/** IoT failed or could not be reached after the SDK's own retries. */
export class UpstreamUnavailableError extends GatewayError {
  readonly code = 'UPSTREAM_UNAVAILABLE' as const;
}

/**
 * IoT failed while it was handling the update itself (a 5xx, a timeout, a lost
 * connection): the change may or may not have been applied. The audit event
 * stays PENDING, with what the change would have produced, until reconciled.
 */
export class UpdateOutcomeUnknownError extends UpstreamUnavailableError {}

/** The audit store could not record the change's intent, so the change was not made. */
export class AuditUnavailableError extends GatewayError {
  readonly code = 'AUDIT_UNAVAILABLE' as const;
}
