import { encodeProfile } from '../../../iotJson/encodeProfile';
import { modelInput, requireProfile } from './inputs';
import type { Operation } from './operationContext';

/** DescribeSecurityProfile: every output member of the stored profile. */
export const describeSecurityProfile: Operation = (request, context) => {
  const { securityProfileName } = modelInput<{ securityProfileName: string }>(
    'DescribeSecurityProfile',
    request,
  );
  return encodeProfile(requireProfile(context, securityProfileName));
};
