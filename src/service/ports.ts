import type { AuditEvent } from '../domain/auditEvent';
import type { TeamPolicy } from '../domain/authorization/teamPolicy';
import type { LoadedProfile, SecurityProfile, UpdateSecurityProfileRequest } from '../domain/securityProfile';

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

/** Reads the audit trail back for auditors. */
export interface AuditTrail {
  listByProfile(securityProfileName: string, page: PageRequest): Promise<AuditPage>;
  listByActor(subject: string, page: PageRequest): Promise<AuditPage>;
}

/** The team policy, loaded and validated; rejects (never fails open) when it is unusable. */
export interface TeamPolicySource {
  get(): Promise<TeamPolicy>;
}
