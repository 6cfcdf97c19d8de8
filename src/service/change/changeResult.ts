import type { FieldChange } from '../../domain/auditEvent';
import type { SecurityProfile } from '../../domain/securityProfile';
import type { Warning } from '../../domain/warning';
import type { EndState } from './changePlanner';

/**
 * What a mutation answers. `After` is the state the change leaves: a profile
 * for update and patch; an operation that removes the profile leaves none.
 */
export interface ChangeResult<After extends EndState = SecurityProfile> {
  securityProfile: After;
  /** IoT writes made. */
  attempts: number;
  auditEventId: string;
  /** True when IoT applied a change. */
  applied: boolean;
  changes: FieldChange[];
  /** What the caller should know although the change succeeded: readings that found something, a pending audit. */
  warnings: Warning[];
}
