import { EMULATOR_CHOICES } from '../emulatorChoices';
import { checkExpectedVersion, profileName, queryLong, requireProfile } from './inputs';
import type { Operation } from './operationContext';

/**
 * DeleteSecurityProfile: removes the profile, its tags and attachments;
 * `expectedVersion` must match when given. A missing profile is not an error
 * (EMULATOR_CHOICES.deleteOfMissingProfileSucceeds).
 */
export const deleteSecurityProfile: Operation = async (request, context) => {
  const name = profileName(request);
  const expectedVersion = queryLong(request, 'expectedVersion');
  const stored = EMULATOR_CHOICES.deleteOfMissingProfileSucceeds
    ? context.store.get(name)
    : requireProfile(context, name);
  if (!stored) return {};
  checkExpectedVersion(stored, expectedVersion);
  context.store.remove(name);
  await context.persist();
  return {};
};
