import { encodeProfile } from '../../../iotJson/encodeProfile';
import { profileName, requireProfile } from './inputs';
import type { Operation } from './operationContext';

/** DescribeSecurityProfile: every output member of the stored profile. */
export const describeSecurityProfile: Operation = (request, context) =>
  encodeProfile(requireProfile(context, profileName(request)));
