import type { ChangeOutcome } from './changeOutcome';
import type { ChangeResult } from './changeResult';
import type { EndState } from './changePlanner';

/** Stage 8, respond: the result and its warnings, or the error of a change that was not made. */
export function respond<After extends EndState>(
  outcome: ChangeOutcome<After>,
  warnings: string[],
): ChangeResult<After> {
  if (outcome.status !== 'SUCCEEDED') throw outcome.error;
  return { ...outcome.result, warnings };
}
