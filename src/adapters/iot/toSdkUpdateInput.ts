import type { UpdateSecurityProfileCommandInput } from '@aws-sdk/client-iot';
import { DELETE_FLAGS } from '../../domain/members/profileMembers';
import type { DeleteFlag, UpdateSecurityProfileRequest } from '../../domain/securityProfile';
import { omitAbsent } from './omitAbsent';
import { toSdkContent, type LosslessContent } from './sdkContentMembers';

/**
 * The SDK's UpdateSecurityProfile input with its `long` members as bigints
 * (`expectedVersion`, every `count`), which the SDK serialises verbatim.
 */
export type LosslessUpdateInput = Omit<
  UpdateSecurityProfileCommandInput,
  keyof LosslessContent | 'expectedVersion'
> &
  LosslessContent & { expectedVersion?: bigint };

/**
 * Maps a domain update request to the SDK's input, member for member: names and
 * enum spellings are AWS's on both sides, `expectedVersion` is passed as given,
 * absent members are omitted (IoT reads an omitted member as "keep").
 */
export function toSdkUpdateInput(request: UpdateSecurityProfileRequest): LosslessUpdateInput {
  return omitAbsent({
    securityProfileName: request.securityProfileName,
    ...toSdkContent(request),
    ...deleteFlagsOf(request),
    expectedVersion: request.expectedVersion,
  });
}

/**
 * The one place the lossless input meets the SDK's narrower type. Safe because
 * the SDK's serializer writes a bigint as a JSON integer (and a query-string
 * integer for `expectedVersion`) without converting it to a number.
 */
export function asSdkInput(input: LosslessUpdateInput): UpdateSecurityProfileCommandInput {
  return input as unknown as UpdateSecurityProfileCommandInput;
}

function deleteFlagsOf(
  request: UpdateSecurityProfileRequest,
): Pick<UpdateSecurityProfileCommandInput, DeleteFlag> {
  const flags: Pick<UpdateSecurityProfileCommandInput, DeleteFlag> = {};
  for (const flag of DELETE_FLAGS) flags[flag] = request[flag];
  return flags;
}
