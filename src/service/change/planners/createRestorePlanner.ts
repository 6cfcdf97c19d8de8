import type { AuditEvent } from '../../../domain/auditEvent';
import { applyUpdate } from '../../../domain/applyUpdate';
import { auditReadScope, mayReadEvent } from '../../../domain/authorization/authorizeAuditRead';
import { authorizeChange, authorizeOwnership, deny } from '../../../domain/authorization/authorizeChange';
import { AuditEventNotFoundError, ValidationError, type ValidationIssue } from '../../../domain/errors';
import { restoreRequest } from '../../../domain/restore/restoreRequest';
import type { LoadedProfile } from '../../../domain/securityProfile';
import { validateSecurityProfileName } from '../../../domain/validation';
import { issuesOfUpdate } from '../../../domain/validation/judgeAgainstStored';
import { judgeIssues } from '../../../domain/validation/judgeIssues';
import type { AuditTrail } from '../../ports';
import type { ChangePlanner } from '../changePlanner';
import { writeUpdate } from './writeUpdate';

/** `restoreSecurityProfile`: make the profile what it was right after one of its audit events. */
export interface RestoreSecurityProfileRequest {
  securityProfileName: string;
  auditEventId: string;
  expectedVersion?: bigint;
}

/** The profile as loaded for a restore, with the event it is to be restored to (undefined: none such). */
export interface RestoreStart extends LoadedProfile {
  restored: AuditEvent | undefined;
}

/**
 * A restore is an update to the content the event recorded as `after` (a
 * change's, a BASELINE's, an OUT_OF_BAND_CHANGE's): a new version, retried on
 * conflicts like any update unless the client sends `expectedVersion`. The
 * event is read once, beside the first load (a final event never changes); the
 * request is recomputed from each attempt's profile, so a concurrent patch is
 * undone only as far as the restored content differs.
 *
 * Authorized as an update of the profile's current owner with that request
 * (its ARNs and topics against the owner's patterns), and only for a caller who
 * may read the event: a restore must not copy into a profile what its caller
 * was never allowed to see.
 */
export function createRestorePlanner(
  request: RestoreSecurityProfileRequest,
  trail: Pick<AuditTrail, 'get'>,
): ChangePlanner<RestoreStart> {
  const { securityProfileName: name, auditEventId } = request;
  let event: Promise<AuditEvent | undefined> | undefined;
  return {
    operation: 'RESTORE',
    securityProfileName: name,
    expectedVersion: request.expectedVersion,
    eventDetails: { restoredEventId: auditEventId },
    validate: () => validateRestoreInput(request),
    load: async (store) => {
      event ??= trail.get(name, auditEventId);
      const [loaded, restored] = await Promise.all([store.load(name), event]);
      return { ...loaded, restored };
    },
    authorize: (actor, before, policy) => {
      const ownership = authorizeOwnership(actor, before, policy, 'change');
      if (!ownership.allowed || !before.restored) return ownership;
      if (!mayReadEvent(auditReadScope(actor, policy), before.restored)) {
        const problem = `audit event '${auditEventId}' is not one your teams may read, so its content cannot be restored by you`;
        return deny('AUDIT_EVENT_NOT_READABLE', 'auditEventId', problem);
      }
      const update = before.restored.after && restoreRequest(before.profile, before.restored.after);
      return update ? authorizeChange(actor, before, update, policy) : ownership;
    },
    plan: (before) => {
      const content = restorableContent(before.restored, name, auditEventId);
      const update = restoreRequest(before.profile, content);
      if (!update) return { next: before.profile, write: undefined };
      const next = applyUpdate(before.profile, update);
      // The content restored was the profile's once, but only what differs from the current
      // profile is new: what the update re-sends as it is now is judged by the model alone.
      const { refusals, warnings } = judgeIssues(issuesOfUpdate(before.profile, update, next));
      if (refusals.length > 0) throw new ValidationError(refusals);
      return { next, write: writeUpdate(update, before), warnings };
    },
  };
}

/** The content the event recorded after it, or why there is none to restore. */
function restorableContent(event: AuditEvent | undefined, name: string, id: string) {
  if (!event) throw new AuditEventNotFoundError(name, id);
  if (event.outcome !== 'SUCCEEDED' || !event.after) {
    const why = event.outcome === 'SUCCEEDED' ? 'left no profile after it' : `ended ${event.outcome}`;
    throw new ValidationError([
      {
        path: 'auditEventId',
        message: `audit event '${id}' (${event.operation}) ${why}: only an event that recorded the profile after it can be restored`,
      },
    ]);
  }
  return event.after;
}

function validateRestoreInput(request: RestoreSecurityProfileRequest): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  validateSecurityProfileName(issues, request.securityProfileName);
  if (request.auditEventId.trim() === '') {
    issues.push({ path: 'auditEventId', message: 'must name an audit event of the profile' });
  }
  return issues;
}
