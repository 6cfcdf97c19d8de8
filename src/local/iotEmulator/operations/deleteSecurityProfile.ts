import { EMULATOR_CHOICES } from '../emulatorChoices';
import { checkExpectedVersion, modelInput, requireProfile } from './inputs';
import type { Operation } from './operationContext';

/**
 * DeleteSecurityProfile: removes the profile, its tags and attachments;
 * `expectedVersion` must match when given. A missing profile is not an error
 * (EMULATOR_CHOICES.deleteOfMissingProfileSucceeds).
 */
export const deleteSecurityProfile: Operation = async (request, context) => {
  const { securityProfileName: name, expectedVersion } = modelInput<{
    securityProfileName: string;
    expectedVersion?: bigint;
  }>('DeleteSecurityProfile', request);
  const stored = EMULATOR_CHOICES.deleteOfMissingProfileSucceeds
    ? context.store.get(name)
    : requireProfile(context, name);
  if (!stored) return {};
  checkExpectedVersion(stored, expectedVersion);
  context.store.remove(name);
  await context.persist();
  return {};
};
