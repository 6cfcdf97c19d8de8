import { applyUpdate } from '../../../domain/applyUpdate';
import type { UpdateSecurityProfileRequest } from '../../../domain/securityProfile';
import { validateProfile, validateUpdateRequest } from '../../../domain/validation';
import { AwsError } from '../wire/AwsError';
import { updateSecurityProfileBody } from '../../../iotJson/decodeShapes';
import { encodeProfile } from '../../../iotJson/encodeProfile';
import { checkExpectedVersion, decodeBody, queryLong, requireProfile, throwIfInvalid } from './inputs';
import type { Operation } from './operationContext';

/**
 * UpdateSecurityProfile: a top-level patch (applyUpdate) with optimistic
 * concurrency. Everything between reading the stored version and writing the
 * next one is synchronous, so of two racing updates with the same
 * expectedVersion exactly one wins; a refused update changes nothing.
 */
export const updateSecurityProfile: Operation = async (request, context) => {
  const update: UpdateSecurityProfileRequest = {
    securityProfileName: request.labels.securityProfileName ?? '',
    ...decodeBody(request, updateSecurityProfileBody),
  };
  const expectedVersion = queryLong(request, 'expectedVersion');
  if (expectedVersion !== undefined) update.expectedVersion = expectedVersion;
  throwIfInvalid(validateUpdateRequest(update));

  const stored = requireProfile(context, update.securityProfileName);
  if (context.faults.takeConflict(stored.securityProfileName)) {
    throw new AwsError(
      'VersionConflictException',
      `injected version conflict for security profile ${stored.securityProfileName}`,
    );
  }
  checkExpectedVersion(stored, expectedVersion);
  const next = applyUpdate(stored, update);
  throwIfInvalid(validateProfile(next));
  next.version = stored.version + 1n;
  next.lastModifiedDate = context.now();
  context.store.replace(next);
  await context.persist();
  return encodeProfile(next);
};
