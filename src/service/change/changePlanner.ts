import { IOT_CALLS, type ChangeCalls } from '../../domain/budget/shareOf';
import type { Actor } from '../../domain/actor';
import type { AuditEvent, AuditOperation, FieldChange } from '../../domain/auditEvent';
import type { AuthorizationDecision } from '../../domain/authorization/authorizeChange';
import type { TeamPolicy } from '../../domain/authorization/teamPolicy';
import type { ValidationIssue } from '../../domain/errors';
import type { LoadedProfile, SecurityProfile } from '../../domain/securityProfile';
import type { Warning } from '../../domain/warning';
import type { SecurityProfileStore } from '../ports';

/** The state an operation starts from: the profile as loaded, or none (an operation that creates it). */
export type StartState = LoadedProfile | undefined;

/** The state an operation leaves: the profile, or none (an operation that removes it). */
export type EndState = SecurityProfile | undefined;

/**
 * What one operation brings to the change pipeline: how its input is
 * validated, which state it starts from, who may make it, and what it writes.
 * Everything else (audit intent and outcome, the write loop with its retries,
 * the client's `expectedVersion`, dry runs, telemetry) is the pipeline's, the
 * same for every operation.
 *
 * `Before` is the state the operation starts from and `After` the state it
 * leaves: update and patch go from a profile to a profile; an operation that
 * expects no profile yet starts from `undefined`, one that removes the profile
 * leaves `undefined`.
 */
export interface ChangePlanner<
  Before extends StartState = LoadedProfile,
  After extends EndState = SecurityProfile,
> {
  /** What the audit trail calls the operation. */
  readonly operation: AuditOperation;
  readonly securityProfileName: string;
  /**
   * Set when the client owns concurrency: one attempt, and VERSION_CONFLICT
   * unless the loaded profile is at this version. Undefined: the pipeline
   * retries on conflicts.
   */
  readonly expectedVersion: bigint | undefined;
  /** What the audit event records of the operation beyond the call itself (the event a restore restores). */
  readonly eventDetails?: Pick<AuditEvent, 'restoredEventId'>;
  /** The IoT calls its load and its write make, charged to the caller's share; default `IOT_CALLS.change`. */
  readonly iotCalls?: ChangeCalls;
  /**
   * Problems of the input alone, found before anything is loaded: those of
   * model and confirmed rules refuse the call, the readings' become warnings.
   */
  validate(): ValidationIssue[];
  /**
   * Reads the state the change starts from; again before every attempt. An
   * operation on an existing profile rejects with ProfileNotFoundError when it
   * is absent; one that expects absence resolves undefined then, and rejects
   * when the profile exists.
   */
  load(store: SecurityProfileStore): Promise<Before>;
  /**
   * May `actor` make this change to `before`: ownership, and every ARN, topic
   * or target the change would make IoT use, against the owner's patterns.
   */
  authorize(actor: Actor, before: Before, policy: TeamPolicy): AuthorizationDecision;
  /**
   * What this attempt would do to `before`, recomputed on every attempt so a
   * concurrent writer's change is built upon, never overwritten. Throws
   * ValidationError when the result breaks a refusing rule no part of the input
   * breaks alone; what readings find in it is the plan's `warnings`.
   */
  plan(before: Before): ChangePlan<After>;
}

/** What one attempt would do to the state it loaded. */
export interface ChangePlan<After extends EndState = SecurityProfile> {
  /** The state after the change: what a dry run answers and what the audit event records as `after`. */
  next: After;
  /** The one IoT write that produces `next`; undefined when nothing would change (no write is made). */
  write: PlannedWrite<After> | undefined;
  /** What the unconfirmed rules find in the result; answered with it. */
  warnings?: Warning[];
  /**
   * The owner team the change gives the profile (a create, a transfer; undefined
   * team: admin-only). Absent when the profile keeps its owner.
   */
  owner?: { team: string | undefined };
  /**
   * What the change does that the profile's content does not show (a target
   * attached: `targets[<arn>]`), answered and audited in place of the diff of
   * `before` and `next`. Undefined: that diff.
   */
  changes?: FieldChange[];
}

/** One IoT write and what it leaves behind. */
export interface PlannedWrite<After extends EndState = SecurityProfile> {
  /**
   * Makes the change. Rejects with VersionConflictError when the profile moved
   * on since it was loaded (the pipeline then loads and plans again), and with
   * UpstreamUnavailableError when IoT failed while handling it.
   */
  apply(store: SecurityProfileStore): Promise<After>;
  /**
   * The profile's version once the write is applied (undefined when the write
   * gives it none). Recorded when IoT fails mid-write, so the reconcile job can
   * tell applied from not applied.
   */
  versionAfter: bigint | undefined;
}

/** The IoT calls a planner's first attempt makes: its own count, or a change's (describe, tags, write). */
export function callsOf(planner: Pick<ChangePlanner<StartState, EndState>, 'iotCalls'>): ChangeCalls {
  return planner.iotCalls ?? IOT_CALLS.change;
}
