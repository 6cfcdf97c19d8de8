import { applyUpdate } from '../../../domain/applyUpdate';
import type { UpdateSecurityProfileRequest } from '../../../domain/securityProfile';
import { validateProfile, validateUpdateRequest } from '../../../domain/validation';
import { AwsError } from '../wire/AwsError';
import { boolean, string, struct } from '../wire/decode';
import {
  additionalMetricsToRetain,
  additionalMetricsToRetainV2,
  alertTargets,
  behaviors,
  metricsExportConfig,
} from '../wire/decodeShapes';
import { encodeProfile } from '../wire/encodeProfile';
import { checkExpectedVersion, decodeBody, queryLong, requireProfile, throwIfInvalid } from './inputs';
import type { Operation } from './operationContext';

type UpdateBody = Omit<UpdateSecurityProfileRequest, 'securityProfileName' | 'expectedVersion'>;

const updateBody = struct<UpdateBody>({
  securityProfileDescription: string,
  behaviors,
  alertTargets,
  additionalMetricsToRetain,
  additionalMetricsToRetainV2,
  deleteBehaviors: boolean,
  deleteAlertTargets: boolean,
  deleteAdditionalMetricsToRetain: boolean,
  metricsExportConfig,
  deleteMetricsExportConfig: boolean,
});

/**
 * UpdateSecurityProfile: a top-level patch (applyUpdate) with optimistic
 * concurrency. Everything between reading the stored version and writing the
 * next one is synchronous, so of two racing updates with the same
 * expectedVersion exactly one wins; a refused update changes nothing.
 */
export const updateSecurityProfile: Operation = async (request, context) => {
  const update: UpdateSecurityProfileRequest = {
    securityProfileName: request.labels.securityProfileName ?? '',
    ...decodeBody(request, updateBody),
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
