import type { AuditEvent } from '../../domain/auditEvent';
import type { UpdateOutcomeUnknownError } from '../../domain/errors';
import type { ChangeResult } from './changeResult';
import type { SecurityProfile } from '../../domain/securityProfile';
import type { EndState } from './changePlanner';
import type { Warning } from '../../domain/warning';

/**
 * How a change ended, with its audit event as the pipeline last built it: the
 * audit outcome stage records it, the respond stage answers it. Every way out
 * of the pipeline is one of these, so no ending can skip the audit.
 */
export type ChangeOutcome<After extends EndState = SecurityProfile> =
  | {
      status: 'SUCCEEDED';
      event: AuditEvent;
      result: Omit<ChangeResult<After>, 'warnings'>;
      /** What the unconfirmed rules found in the request and in the plan that was carried out. */
      warnings: Warning[];
    }
  /** Refused or failed; `error` is what the caller gets. */
  | { status: 'FAILED'; event: AuditEvent; error: unknown }
  /** IoT failed mid-write: `event` stays PENDING with what the write would have produced. */
  | { status: 'UNKNOWN'; event: AuditEvent; error: UpdateOutcomeUnknownError };
