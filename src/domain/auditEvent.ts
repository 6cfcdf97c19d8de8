import type { Actor } from './actor';
import type { ErrorCode } from './errors';
import type { SecurityProfile } from './securityProfile';

/** One field that a change moves from `before` to `after` (JSON values; absent is null). */
export interface FieldChange {
  /** e.g. `behaviors[name=Authorization].criteria.value.count` */
  path: string;
  before: unknown;
  after: unknown;
}

export type AuditOperation = 'UPDATE' | 'PATCH';

export type AuditOutcome = 'PENDING' | 'SUCCEEDED' | 'DENIED' | 'INVALID' | 'CONFLICT' | 'FAILED';

/** Where a request came from, as the HTTP API and Lambda report it. */
export interface RequestMeta {
  /** API Gateway's request id (the v2 event's `requestContext.requestId`). */
  apiRequestId: string;
  /** The Lambda invocation's `awsRequestId`. */
  lambdaRequestId: string;
  sourceIp?: string;
  userAgent?: string;
}

/** One audit event: written PENDING before IoT is called, finalised after. */
export interface AuditEvent {
  /** Time-sortable id (ULID); also the payload's `auditEventId`. */
  eventId: string;
  /** When the call reached the service (ISO-8601). */
  time: string;
  request: RequestMeta;
  actor: Actor;
  operation: AuditOperation;
  securityProfileName: string;
  securityProfileArn?: string;
  ownerTeam?: string;
  outcome: AuditOutcome;
  errorCode?: ErrorCode;
  errorMessage?: string;
  attempts: number;
  versionBefore?: bigint;
  versionAfter?: bigint;
  before?: SecurityProfile;
  after?: SecurityProfile;
  changes: FieldChange[];
  /** The mutation's input exactly as the client sent it (GraphQL variables, JSON). */
  input: unknown;
  /** When the event was finalised (ISO-8601); absent while PENDING. */
  completedAt?: string;
  /** Present when the reconcile job, not the request itself, finalised the event. */
  reconciliation?: AuditReconciliation;
}

/**
 * How `audit:reconcile` finalised an event left PENDING, judged from IoT's
 * current state (see `resolvePendingEvent` for the rules).
 */
export interface AuditReconciliation {
  /** When the reconcile job finalised the event (ISO-8601). */
  reconciledAt: string;
  verdict: 'APPLIED' | 'NOT_APPLIED' | 'PRESUMED_APPLIED' | 'PROFILE_DELETED';
  /** The profile's version in IoT when reconciled; absent when it no longer exists. */
  currentVersion?: bigint;
  /** One sentence an auditor can read. */
  note: string;
}
