import type { DescribeSecurityProfileResponse, UpdateSecurityProfileResponse } from '@aws-sdk/client-iot';
import type { SecurityProfile } from '../../domain/securityProfile';
import { omitAbsent } from './omitAbsent';
import { NO_EXACT_LONGS, type ExactLongs } from './readExactLongs';
import { required } from './required';
import { toDomainContent } from './sdkContentMembers';
import { toBigInt } from './toDomainBehavior';

/** Describe and Update answer with the same members. */
export type SdkProfileOutput = DescribeSecurityProfileResponse | UpdateSecurityProfileResponse;

/**
 * Maps IoT's Describe/UpdateSecurityProfile output to the domain profile, member
 * for member: names and enum spellings stay AWS's, timestamps are the SDK's
 * Dates, the alert-target map keeps its keys. `exact` supplies `version` and the
 * counts read from the raw body; without it the SDK's numbers are used.
 */
export function toDomainProfile(
  output: SdkProfileOutput,
  exact: ExactLongs = NO_EXACT_LONGS,
): SecurityProfile {
  return omitAbsent({
    securityProfileName: required(output.securityProfileName, 'securityProfileName'),
    securityProfileArn: required(output.securityProfileArn, 'securityProfileArn'),
    ...toDomainContent(output, exact),
    version: exact.version ?? required(toBigInt(output.version), 'version'),
    creationDate: output.creationDate,
    lastModifiedDate: output.lastModifiedDate,
  });
}
