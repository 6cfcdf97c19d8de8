import type { ChangeOutcome } from './changeOutcome';
import type { ChangeResult } from './changeResult';
import type { EndState } from './changePlanner';
import type { Warning } from '../../domain/warning';

/** Stage 8, respond: the result and its warnings, or the error of a change that was not made. */
export function respond<After extends EndState>(
  outcome: ChangeOutcome<After>,
  auditWarnings: Warning[],
): ChangeResult<After> {
  if (outcome.status !== 'SUCCEEDED') throw outcome.error;
  return { ...outcome.result, warnings: [...outcome.warnings, ...auditWarnings] };
}
