import { AuditUnavailableError } from '../../domain/errors';
import type { Warning } from '../../domain/warning';
import type { AuditRecorder } from '../auditRecorder';
import type { ChangeOutcome } from './changeOutcome';
import type { EndState } from './changePlanner';

/**
 * Stage 7, audit outcome: the final event of the call, whatever its ending.
 * Answers the warnings the caller must see; it never throws, because the
 * caller must learn what IoT did even when the audit store cannot say it.
 */
export async function auditOutcome<After extends EndState>(
  audit: AuditRecorder,
  outcome: ChangeOutcome<After>,
): Promise<Warning[]> {
  switch (outcome.status) {
    case 'SUCCEEDED':
      return audit.recordOutcome(outcome.event);
    case 'UNKNOWN':
      // Stays PENDING on purpose: only IoT's state, read later, can tell.
      await audit.recordUnknownOutcome(outcome.event);
      return [];
    case 'FAILED':
      // A failed intent was already reported, and the store that refused it would refuse the outcome too.
      if (!(outcome.error instanceof AuditUnavailableError)) {
        await audit.recordFailure(outcome.event, outcome.error);
      }
      return [];
  }
}
