import type { CreateSecurityProfileCommandInput } from '@aws-sdk/client-iot';
import type { CreateSecurityProfileRequest } from '../../domain/validation/validateCreateRequest';
import { omitAbsent } from './omitAbsent';
import { toSdkContent } from './sdkContentMembers';

/**
 * The SDK's CreateSecurityProfile input: the content members as an update
 * sends them (every `count` a bigint, which the SDK writes verbatim), the name
 * and the tags.
 */
export function toSdkCreateInput(request: CreateSecurityProfileRequest): CreateSecurityProfileCommandInput {
  const input = omitAbsent({
    securityProfileName: request.securityProfileName,
    ...toSdkContent(request),
    tags: request.tags,
  });
  // The lossless content meets the SDK's narrower `count: number` here only, as for an update.
  return input as unknown as CreateSecurityProfileCommandInput;
}
