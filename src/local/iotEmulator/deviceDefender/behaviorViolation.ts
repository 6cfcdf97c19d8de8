import type { Behavior } from '../../../domain/securityProfile';
import { javaString, type Violation } from '../model/Violation';

/**
 * A model constraint broken inside `behaviors`, in Device Defender's words
 * rather than the framework's: ValidateSecurityProfileBehaviors answered a
 * consecutiveDatapointsToAlarm of 100000 with `Behavior Authorization is
 * malformed. consecutiveDatapointsToAlarm 100000 should be in range[1,10]`
 * (the AWS CLI's own example). Other constraints follow that sentence.
 */
export function behaviorViolationMessage(violation: Violation, behaviors: readonly Behavior[]): string {
  const index = violation.steps.find((step) => 'index' in step);
  const behavior = index && 'index' in index ? behaviors[index.index] : undefined;
  const last = [...violation.steps].reverse().find((step) => 'member' in step);
  const member = last && 'member' in last ? last.member : 'behavior';
  return `Behavior ${behavior?.name ?? 'null'} is malformed. ${member} ${problem(violation)}`;
}

function problem({ kind, shape, value, constraint }: Violation): string {
  const range = `[${shape?.min ?? ''},${shape?.max ?? ''}]`;
  const shown = javaString(value);
  switch (kind) {
    case 'required':
      return 'is required';
    case 'range':
      return `${shown} should be in range${range}`;
    case 'length':
      return `${shown} should have a length in range${range}`;
    case 'pattern':
      return `${shown} should match the pattern ${shape?.pattern ?? ''}`;
    case 'enum':
      return `${shown} should be one of [${shape?.enum?.join(', ') ?? ''}]`;
    default:
      return `${shown} breaks a constraint: ${constraint}`;
  }
}
