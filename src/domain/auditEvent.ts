import type { Actor } from './actor';
import type { Denial, ErrorCode } from './errors';
import type { ProfileIncarnation } from './incarnation';
import type { SecurityProfile } from './securityProfile';

/** One field that a change moves from `before` to `after` (JSON values; absent is null). */
export interface FieldChange {
  /** e.g. `behaviors[name=Authorization].criteria.value.count` */
  path: string;
  before: unknown;
  after: unknown;
}

/**
 * What an event records: a mutation of the gateway (`UPDATE`, `PATCH`, …), or
 * an observation of the audit itself: `OUT_OF_BAND_CHANGE`, a change IoT
 * applied that no call of the gateway made (the console, the CLI,
 * CloudFormation), and `BASELINE`, the first snapshot the audit holds of a
 * profile (or of a new incarnation of it), so that the next change has a diff.
 */
export type AuditOperation =
  | 'CREATE'
  | 'UPDATE'
  | 'PATCH'
  | 'DELETE'
  | 'TRANSFER_OWNERSHIP'
  | 'ATTACH'
  | 'DETACH'
  | 'RESTORE'
  | 'OUT_OF_BAND_CHANGE'
  | 'BASELINE';

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
  /**
   * The life of the profile the event belongs to (its ARN and creation date),
   * known once the profile was loaded; a re-created profile starts a new trail.
   */
  incarnation?: ProfileIncarnation;
  /**
   * The team that owned the profile when the event happened: with admins and
   * auditors, its members read the event, whoever owns the name later.
   */
  ownerTeam?: string;
  /** For an event that moved the profile to another owner: the owner before, who reads it too. */
  previousOwnerTeam?: string;
  outcome: AuditOutcome;
  /** The error code the caller received. */
  errorCode?: ErrorCode;
  errorMessage?: string;
  /**
   * Why a call answered NOT_FOUND was refused (outcome DENIED): the caller
   * may not read the profile, so its answer did not say the profile exists.
   * For admins and auditors; the caller's own view of the event leaves it out.
   */
  denial?: Denial;
  attempts: number;
  versionBefore?: bigint;
  versionAfter?: bigint;
  before?: SecurityProfile;
  after?: SecurityProfile;
  changes: FieldChange[];
  /** For a `RESTORE`: the event whose `after` the profile was made again. */
  restoredEventId?: string;
  /** The mutation's input exactly as the client sent it (GraphQL variables, JSON). */
  input: unknown;
  /** When the event was finalised (ISO-8601); absent while PENDING. */
  completedAt?: string;
  /** Present when the reconcile job, not the request itself, finalised the event. */
  reconciliation?: AuditReconciliation;
  /** For `OUT_OF_BAND_CHANGE` and `BASELINE`: how and when the audit found what it records. */
  observation?: AuditObservation;
  /** Who made a change outside the gateway, from CloudTrail's record of the call, when one was received. */
  attribution?: ChangeAttribution;
}

/** How the audit came to record an observation rather than a call. */
export interface AuditObservation {
  /**
   * `PIPELINE`: a call of the gateway loaded the profile at a version no event
   * accounts for; `SCAN`: the scheduled job (or `audit:reconcile`) found it;
   * `CLOUDTRAIL`: CloudTrail's record of the call was delivered.
   */
  detectedBy: 'PIPELINE' | 'SCAN' | 'CLOUDTRAIL';
  /** When (ISO-8601). */
  detectedAt: string;
  /** One sentence an auditor can read: what is known, and what is not. */
  note: string;
}

/**
 * Who made a change, from CloudTrail's record of the IoT call (documented
 * record contents: `userIdentity`, `sourceIPAddress`, `userAgent`,
 * `eventTime`, `eventID`, …).
 */
export interface ChangeAttribution {
  /** The identity in one string: `userIdentity.arn`, else its access key id, else its principal id. */
  principal: string;
  /** CloudTrail's `userIdentity` element as recorded (`type`, `arn`, `accessKeyId`, `sessionContext`, …). */
  userIdentity: Record<string, unknown>;
  sourceIPAddress?: string;
  userAgent?: string;
  /** When IoT completed the request (ISO-8601). */
  eventTime: string;
  /** CloudTrail's id of the record. */
  eventID: string;
  /** The IoT operation (`UpdateSecurityProfile`, `TagResource`, …). */
  eventName: string;
}

/**
 * What the reconcile job found IoT did with a call left PENDING.
 * `PRESUMED_APPLIED` is no longer given (a verdict is taken from evidence or
 * is `UNDETERMINED`); it stays readable on events that carry it.
 */
export type ReconciliationVerdict =
  'APPLIED' | 'NOT_APPLIED' | 'UNDETERMINED' | 'PROFILE_DELETED' | 'PRESUMED_APPLIED';

/**
 * How `audit:reconcile` finalised an event left PENDING, judged from IoT's
 * current state (see `resolvePendingEvent` for the rules).
 */
export interface AuditReconciliation {
  /** When the reconcile job finalised the event (ISO-8601). */
  reconciledAt: string;
  verdict: ReconciliationVerdict;
  /** The profile's version in IoT when reconciled; absent when it no longer exists. */
  currentVersion?: bigint;
  /** One sentence an auditor can read. */
  note: string;
}
