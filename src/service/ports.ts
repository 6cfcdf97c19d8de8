import type { AuditEvent, ChangeAttribution } from '../domain/auditEvent';
import type { CatalogueEntry, CatalogueSelection } from '../domain/catalogue/catalogueEntry';
import type { IotCallRecord } from '../domain/drift/iotCallRecord';
import type { VersionClaim } from '../domain/drift/versionClaim';
import type { TeamPolicy } from '../domain/authorization/teamPolicy';
import type { ValidationIssue } from '../domain/errors';
import type {
  Behavior,
  LoadedProfile,
  SecurityProfile,
  UpdateSecurityProfileRequest,
} from '../domain/securityProfile';
import type { CreateSecurityProfileRequest } from '../domain/validation/validateCreateRequest';

/**
 * IoT as the service sees it. Adapters translate SDK errors into domain errors:
 * ProfileNotFoundError, VersionConflictError, ValidationError (IoT's
 * InvalidRequestException), ThrottledError, UpstreamUnavailableError.
 */
export interface SecurityProfileStore {
  /** Describe and owner tag, read in parallel (stage 3). */
  load(securityProfileName: string): Promise<LoadedProfile>;
  /**
   * UpdateSecurityProfile with `expectedVersion`.
   * Rejects with VersionConflictError when the profile's version is no longer `expectedVersion`.
   */
  update(request: UpdateSecurityProfileRequest, expectedVersion: bigint): Promise<SecurityProfile>;
  /** The ARN IoT gives a profile of this name (what a dry run of a create answers). */
  arnOf(securityProfileName: string): string;
  /** The tag whose value names a profile's owner team: set by `create` and `tagOwner`, never by a client's tags. */
  readonly ownerTagKey: string;
  /**
   * CreateSecurityProfile with the request's tags and the owner tag in the same
   * call (a profile is never visible without its owner), then the profile as
   * IoT describes it. Rejects with AlreadyExistsError when the name is taken.
   */
  create(request: CreateSecurityProfileRequest, ownerTeam: string | undefined): Promise<SecurityProfile>;
  /** DeleteSecurityProfile at `expectedVersion`; rejects with VersionConflictError when it is stale. */
  delete(securityProfileName: string, expectedVersion: bigint): Promise<void>;
  /** Sets the owner tag (TagResource): the profile's other tags, content and version stay as they are. */
  tagOwner(securityProfileArn: string, ownerTeam: string): Promise<void>;
  /** ListTargetsForSecurityProfile, every page: the target ARNs the profile is attached to, in IoT's order. */
  listTargets(securityProfileName: string): Promise<string[]>;
  /**
   * AttachSecurityProfile (no version: IoT keeps targets apart from the profile's content).
   * Rejects with TargetNotFoundError when IoT has no such thing group.
   */
  attach(securityProfileName: string, targetArn: string): Promise<void>;
  /** DetachSecurityProfile; rejects with TargetNotFoundError when the profile is not attached there. */
  detach(securityProfileName: string, targetArn: string): Promise<void>;
  /**
   * ValidateSecurityProfileBehaviors: IoT's verdict on behaviors of no profile in particular, its
   * messages placed on the fields they name (`path` '' when none). Rejects with ValidationError
   * when IoT refuses the request itself.
   */
  validateBehaviors(behaviors: Behavior[]): Promise<{ valid: boolean; errors: ValidationIssue[] }>;
  /**
   * The same store, whose writes carry `auditEventId` (in the User-Agent, which
   * CloudTrail records), so CloudTrail's record of each write is matched to the
   * audit event of the call that made it. The change pipeline writes through it.
   */
  forAuditEvent(auditEventId: string): SecurityProfileStore;
}

/** Every security profile of the account, by name, a page at a time (IoT's ListSecurityProfiles). */
export interface ProfileDirectory {
  listNames(nextToken?: string): Promise<{ names: string[]; nextToken?: string }>;
}

/** The profile and its owner as a writer's turn left them, and when (epoch ms). */
export interface TurnHandoff extends LoadedProfile {
  leftAtMs: number;
}

/** What one try at a profile's writer turn found. */
export interface TurnTry {
  /** Whether this holder has the turn now (it was free, had run out, or was already this holder's). */
  taken: boolean;
  /** The profile as the last writer's turn left it, when one left it (see `WriterTurns.release`). */
  handoff?: TurnHandoff;
  /** Whether holders were waiting in line when this one took the turn. */
  contended?: boolean;
}

/** A profile's turn as it stands. */
export interface TurnState {
  heldBy?: string;
  /** Epoch ms after which the turn is anyone's. */
  heldUntil?: number;
  /** The holders waiting for the turn, in the order they joined (their ids sort by time). */
  waiters: string[];
  handoff?: TurnHandoff;
}

/**
 * The turn of one writer among the writers of one profile, across Lambda
 * instances: at most one holder per profile name at a time, until it releases
 * the turn or the turn runs out (so a writer that was killed blocks the others
 * only until then). A holder that finds the turn held joins the line; the
 * holder's release hands the turn to the first in line, who learns it from
 * its next look, without a write of its own. It orders writers before they
 * reach IoT; IoT's version check stays the last line of defence, so a turn
 * that ran out is harmless. Holder ids are audit event ids.
 */
export interface WriterTurns {
  /**
   * Takes the turn of `securityProfileName` for `holder` until `untilMs` (epoch
   * ms), unless another holder's turn runs past `nowMs`; a holder that takes it
   * leaves the line.
   */
  take(securityProfileName: string, holder: string, nowMs: number, untilMs: number): Promise<TurnTry>;
  /** The turn as it stands (strongly consistent). */
  look(securityProfileName: string): Promise<TurnState>;
  /** Joins the line of holders waiting for the turn. */
  join(securityProfileName: string, holder: string): Promise<void>;
  /**
   * Ends `holder`'s turn, leaving `handoff` (the profile and its owner as its
   * write left them) to the next holder, which then need not load the profile
   * again; with
   * `next`, hands the turn to that waiter until `next.untilMs`. Does nothing
   * when the turn is no longer `holder`'s (it ran out and was taken).
   */
  release(
    securityProfileName: string,
    holder: string,
    handoff?: TurnHandoff,
    next?: { holder: string; untilMs: number },
  ): Promise<void>;
  /** Leaves the line, and frees the turn if it was handed to `holder` meanwhile. */
  leave(securityProfileName: string, holder: string): Promise<void>;
}

/** The durable audit trail (stages 5 and 7). Events are append-only once final. */
export interface AuditLog {
  /**
   * Writes the PENDING intent with a conditional put. Rejects with
   * AuditUnavailableError when it cannot: the change must then not be made.
   */
  recordIntent(event: AuditEvent): Promise<void>;
  /** Finalises a PENDING event (or writes a final one directly). Never overwrites a final event. */
  recordOutcome(event: AuditEvent): Promise<void>;
  /** Replaces a PENDING event with a fuller one that stays PENDING (outcome unknown). */
  recordProgress(event: AuditEvent): Promise<void>;
  /**
   * Adds who made a change outside the gateway to its `OUT_OF_BAND_CHANGE`
   * event (or who created a profile to its `BASELINE`), when CloudTrail's
   * record arrives after the event was recorded: the one thing ever added to
   * a final event, and only once. Resolves false when there is no such event
   * without an attribution.
   */
  recordAttribution(
    securityProfileName: string,
    eventId: string,
    attribution: ChangeAttribution,
  ): Promise<boolean>;
}

/** Time, injectable so tests can fix it. */
export interface Clock {
  now(): Date;
}

/** One page of audit events, newest first, each with the cursor that resumes after it (Relay edges). */
export interface AuditPage {
  edges: { cursor: string; event: AuditEvent }[];
  endCursor?: string;
  hasNextPage: boolean;
}

/** Page request: how many (1..100) after which opaque cursor. */
export interface PageRequest {
  first?: number;
  after?: string;
}

/** Which of a profile's events a listing returns; every member narrows it. */
export interface TrailFilter {
  /** Only the events of this incarnation: the profile's `creationDate` (ISO-8601). */
  creationDate?: string;
  /** Only the events whose `ownerTeam` or `previousOwnerTeam` is one of these teams. */
  ownerTeams?: readonly string[];
}

/** Reads the audit trail back for auditors: each event whole, however it was stored. */
export interface AuditTrail {
  /**
   * A profile's events, newest first. With a filter, a page may hold fewer
   * than `first` events although more follow (`hasNextPage`, `endCursor`).
   */
  listByProfile(securityProfileName: string, page: PageRequest, filter?: TrailFilter): Promise<AuditPage>;
  listByActor(subject: string, page: PageRequest): Promise<AuditPage>;
  /** One event (restore reads its `after`); undefined when the profile has no event with that id. */
  get(securityProfileName: string, eventId: string): Promise<AuditEvent | undefined>;
  /**
   * The events of a profile whose ids fall between two times (an event id
   * begins with its time), oldest first, at most `limit` (strongly
   * consistent). The drift check reads what was in flight around a change.
   */
  listBetween(securityProfileName: string, from: Date, to: Date, limit: number): Promise<AuditEvent[]>;
}

/**
 * The ledger of versions (`VersionClaim`): which event accounts for each
 * version of each incarnation of a profile. It makes "no two events claim the
 * same version" a condition of the store rather than a hope, and lets the
 * audit find, in a few reads, a version no event accounts for.
 */
export interface VersionLedger {
  /**
   * Records each claim unless another event holds its version. Resolves the
   * claims that were refused, as their holders hold them (a claim already held
   * by the same event is not refused).
   */
  claim(claims: readonly VersionClaim[]): Promise<VersionClaim[]>;
  /**
   * The newest claims of a name, newest incarnation and version first, at most
   * `limit`; with `creationDate`, of that incarnation only (strongly consistent).
   */
  newest(securityProfileName: string, limit: number, creationDate?: string): Promise<VersionClaim[]>;
  /** The claim of one version of one incarnation, if an event holds it. */
  get(securityProfileName: string, creationDate: string, version: bigint): Promise<VersionClaim | undefined>;
}

/** CloudTrail's records of the gateway's own IoT calls, kept by the audit event that made each. */
export interface IotCallLog {
  /** Keeps a record (idempotent: CloudTrail may deliver one twice). */
  record(call: IotCallRecord): Promise<void>;
  /** The records of one audit event's calls, in no particular order. */
  callsOf(auditEventId: string): Promise<IotCallRecord[]>;
}

/** The team policy, loaded and validated; rejects (never fails open) when it is unusable. */
export interface TeamPolicySource {
  get(): Promise<TeamPolicy>;
}

export type { CatalogueSelection };

/** One page of catalogue entries, by name, each with the cursor that resumes after it. */
export interface CataloguePage {
  edges: { cursor: string; entry: CatalogueEntry }[];
  endCursor?: string;
  hasNextPage: boolean;
}

/** When an entry is forgotten: the incarnation a delete removed, or the scan's "not seen since". */
export type CatalogueRemoval = { creationDate: Date | undefined } | { recordedBefore: Date };

/**
 * The catalogue of profiles, owners and versions: what a listing reads instead
 * of asking IoT about every profile. Every change of the gateway records what
 * it left; the drift scan records what it found and forgets what it did not.
 */
export interface ProfileCatalogue {
  /** Records an entry unless a later one is held (`supersedes`); `recordedAt` dates it for the scan's sweep. */
  record(entry: CatalogueEntry, recordedAt: Date): Promise<void>;
  /** Forgets a name when the condition holds of its entry (absent entries are left absent). */
  remove(securityProfileName: string, condition: CatalogueRemoval): Promise<void>;
  /** Entries of the selection in name order, a page at a time (1..100, default 20). */
  list(selection: CatalogueSelection, page: PageRequest): Promise<CataloguePage>;
}

/** What a budget answered: the calls were taken, or the share is spent until `retryAt`. */
export type BudgetAnswer = { granted: true } | { granted: false; retryAt: Date };

/**
 * Shares of IoT counted across Lambda instances: a fixed window of one second
 * per share, taken from with one conditional write.
 */
export interface CallBudget {
  /**
   * Takes `calls` from `bucket`'s window of the second `now` falls in, unless
   * the window's count would pass `perSecond` (a window that is still empty
   * grants any one take). Refused takes count nothing.
   */
  take(bucket: string, calls: number, perSecond: number, now: Date): Promise<BudgetAnswer>;
}
