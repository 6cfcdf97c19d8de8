import { AwsError } from '../wire/AwsError';
import { EMULATOR_CHOICES } from '../emulatorChoices';
import { profileName, queryLong, requireProfile } from './inputs';
import type { Operation } from './operationContext';

/**
 * DeleteSecurityProfile: removes the profile, its tags and attachments;
 * `expectedVersion` must match when given. A missing profile is not an error
 * (EMULATOR_CHOICES.deleteOfMissingProfileSucceeds).
 */
export const deleteSecurityProfile: Operation = async (request, context) => {
  const name = profileName(request);
  const expectedVersion = queryLong(request, 'expectedVersion');
  const stored = context.store.get(name);
  if (!stored) {
    if (EMULATOR_CHOICES.deleteOfMissingProfileSucceeds) return {};
    requireProfile(context, name);
  }
  if (stored && expectedVersion !== undefined && expectedVersion !== stored.version) {
    throw new AwsError(
      'VersionConflictException',
      `The expected version ${expectedVersion} of security profile ${name} does not match its current version ${stored.version}`,
    );
  }
  context.store.remove(name);
  await context.persist();
  return {};
};
