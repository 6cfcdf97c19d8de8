import type { Behavior } from '../../../domain/securityProfile';
import { behaviorViolationMessage } from '../deviceDefender/behaviorViolation';
import { checkBehaviors } from '../deviceDefender/checkBehaviors';
import { frameworkMessage } from '../model/Violation';
import { invalidRequest } from '../wire/AwsError';
import { readChecked } from './inputs';
import type { Operation } from './operationContext';

/** ValidationError.errorMessage: "Length Constraints: Maximum length of 2048" (the model). */
const MAX_MESSAGE = 2048;

/**
 * ValidateSecurityProfileBehaviors: a missing `behaviors` list, one of more
 * than 100, or JSON of the wrong types is a 400; whatever is wrong inside the
 * behaviors (the model's constraints and Device Defender's rules) comes back
 * as `validationErrors` with `valid: false`, as AWS's own example shows.
 */
export const validateSecurityProfileBehaviors: Operation = (request) => {
  const { input, violations } = readChecked('ValidateSecurityProfileBehaviors', request);
  const ofList = violations.filter((v) => v.steps.length === 1);
  if (ofList.length > 0) throw invalidRequest(frameworkMessage(ofList));
  const behaviors = (input.behaviors ?? []) as Behavior[];
  const inside = violations.filter((v) => v.steps.length > 1);
  const messages = [
    ...inside.map((violation) => behaviorViolationMessage(violation, behaviors)),
    ...(inside.length === 0 ? checkBehaviors(behaviors) : []),
  ];
  return {
    valid: messages.length === 0,
    validationErrors: messages.map((message) => ({ errorMessage: message.slice(0, MAX_MESSAGE) })),
  };
};
