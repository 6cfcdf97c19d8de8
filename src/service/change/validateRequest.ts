import { ValidationError } from '../../domain/errors';
import { judgeIssues } from '../../domain/validation/judgeIssues';
import type { Warning } from '../../domain/warning';
import type { ChangePlanner } from './changePlanner';

/**
 * Stage 2, validate: an input that breaks a model or confirmed rule on its own
 * is refused before anything is loaded; what the unconfirmed readings find is
 * answered as warnings, and the call goes on.
 */
export function validateRequest(planner: Pick<ChangePlanner, 'validate'>): Warning[] {
  const { refusals, warnings } = judgeIssues(planner.validate());
  if (refusals.length > 0) throw new ValidationError(refusals);
  return warnings;
}
