import type { SecurityProfile, UpdateSecurityProfileRequest } from '../../../domain/securityProfile';
import { encodeProfile } from '../../../iotJson/encodeProfile';
import { checkProfileRequest } from '../deviceDefender/checkProfileRequest';
import { AwsError } from '../wire/AwsError';
import { applyProfileUpdate } from './applyProfileUpdate';
import { checkExpectedVersion, modelInput, requireProfile, throwFirstProblem } from './inputs';
import type { Operation } from './operationContext';

/**
 * UpdateSecurityProfile: the model, then Device Defender's rules on the request
 * (a bad request for a missing profile is a 400: validation comes first), then
 * a top-level patch with optimistic concurrency. Only the request is judged:
 * what is already stored was accepted when it was written. Everything between
 * reading the stored version and writing the next one is synchronous, so of two
 * racing updates with the same expectedVersion exactly one wins.
 */
export const updateSecurityProfile: Operation = async (request, context) => {
  const update = modelInput<UpdateSecurityProfileRequest>('UpdateSecurityProfile', request);
  throwFirstProblem(checkProfileRequest(update));

  const stored = requireProfile(context, update.securityProfileName);
  if (context.faults.takeConflict(stored.securityProfileName)) {
    throw new AwsError(
      'VersionConflictException',
      `injected version conflict for security profile ${stored.securityProfileName}`,
    );
  }
  checkExpectedVersion(stored, update.expectedVersion);
  const next: SecurityProfile = {
    ...applyProfileUpdate(stored, update),
    version: stored.version + 1n,
    lastModifiedDate: context.now(),
  };
  context.store.replace(next);
  await context.persist();
  return encodeProfile(next);
};
