import type { Actor } from '../domain/actor';
import type { AuditOperation, FieldChange, RequestMeta } from '../domain/auditEvent';
import type { ValidationIssue } from '../domain/errors';
import type { SecurityProfile, UpdateSecurityProfileRequest } from '../domain/securityProfile';

/** What one attempt would do to the profile it loaded. */
export interface ChangePlan {
  /** The profile content after the change. */
  next: SecurityProfile;
  /** The IoT update that produces `next`, or undefined when nothing would change. */
  request: UpdateSecurityProfileRequest | undefined;
}

/**
 * One mutation call as the pipeline runs it. Update and patch differ only in
 * how they validate and plan; everything else (load, authorize, audit, write,
 * retry) is shared.
 */
export interface ChangeCall {
  actor: Actor;
  meta: RequestMeta;
  operation: AuditOperation;
  securityProfileName: string;
  /** The input exactly as the client sent it; the audit event records it. */
  input: unknown;
  dryRun: boolean;
  /** Set by the client: it owns concurrency, so one attempt against this version. */
  expectedVersion: bigint | undefined;
  /** Milliseconds left before Lambda stops the invocation. */
  remainingTimeMs: () => number;
  /** Problems found in the input alone, before anything is loaded. */
  validate(): ValidationIssue[];
  /** Recomputed from the freshly loaded profile on every attempt; may throw ValidationError. */
  plan(current: SecurityProfile): ChangePlan;
  /** The ARNs and topics the caller asks IoT to use, for the authorization check. */
  references: UpdateSecurityProfileRequest;
}

/** What the mutation answers. */
export interface ChangeResult {
  securityProfile: SecurityProfile;
  /** UpdateSecurityProfile calls made. */
  attempts: number;
  auditEventId: string;
  /** True when IoT applied a change. */
  applied: boolean;
  changes: FieldChange[];
  /** Things the caller should know although the change succeeded (e.g. the audit outcome is pending). */
  warnings: string[];
}
