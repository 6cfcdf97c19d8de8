import type { Behavior } from '../../../domain/securityProfile';
import { STRING_SHAPES, validateBehaviors } from '../../../domain/validation';
import { struct } from '../../../iotJson/decode';
import { behaviors } from '../../../iotJson/decodeShapes';
import { decodeBody } from './inputs';
import type { Operation } from './operationContext';

const validateBody = struct<{ behaviors: Behavior[] }>({ behaviors }, ['behaviors']);
const MAX_MESSAGE = STRING_SHAPES.ErrorMessage.max ?? 2048;

/**
 * ValidateSecurityProfileBehaviors: JSON that does not fit the model's types is
 * a 400; every rule the behaviors break comes back as `validationErrors`
 * (`valid: false`), each `errorMessage` as `path: message`.
 */
export const validateSecurityProfileBehaviors: Operation = (request) => {
  const body = decodeBody(request, validateBody);
  const issues = validateBehaviors(body.behaviors);
  return {
    valid: issues.length === 0,
    validationErrors: issues.map((issue) => ({
      errorMessage: `${issue.path}: ${issue.message}`.slice(0, MAX_MESSAGE),
    })),
  };
};
