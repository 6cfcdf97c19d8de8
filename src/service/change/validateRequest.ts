import { ValidationError } from '../../domain/errors';
import type { ChangePlanner } from './changePlanner';

/** Stage 2, validate: an input that breaks a rule on its own is refused before anything is loaded. */
export function validateRequest(planner: Pick<ChangePlanner, 'validate'>): void {
  const issues = planner.validate();
  if (issues.length > 0) throw new ValidationError(issues);
}
