import type { FieldChange } from '../../domain/auditEvent';
import { ownerTeam } from '../../domain/authorization/authorizeChange';
import { diffProfiles } from '../../domain/diff/diffProfiles';
import type { ChangePlan, EndState, StartState } from './changePlanner';

/**
 * What a change moves, field by field: the profile's content, and first its
 * owner team when the change gives it another (`ownerTeam`, null for none).
 */
export function changesOf(
  before: StartState,
  after: EndState,
  plan: Pick<ChangePlan<EndState>, 'owner' | 'changes'>,
): FieldChange[] {
  const changes = plan.changes ?? diffProfiles(before?.profile, after);
  const was = before ? ownerTeam(before) : undefined;
  if (!plan.owner || plan.owner.team === was) return changes;
  return [{ path: 'ownerTeam', before: was ?? null, after: plan.owner.team ?? null }, ...changes];
}
