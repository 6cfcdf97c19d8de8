import type { SecurityProfile } from '../../../domain/securityProfile';
import { validateCreateRequest, type CreateSecurityProfileRequest } from '../../../domain/validation';
import { AwsError } from '../wire/AwsError';
import { struct } from '../../../iotJson/decode';
import { contentMembers, tags } from '../../../iotJson/decodeShapes';
import { decodeBody, throwIfInvalid } from './inputs';
import type { Operation } from './operationContext';

type CreateBody = Omit<CreateSecurityProfileRequest, 'securityProfileName'>;

const createBody = struct<CreateBody>({ ...contentMembers, tags });

/**
 * CreateSecurityProfile: validates, refuses an existing name
 * (ResourceAlreadyExistsException, even for an identical request), stores
 * version 1 with both dates set to now.
 */
export const createSecurityProfile: Operation = async (request, context) => {
  const { tags: requestTags, ...content } = decodeBody(request, createBody);
  const name = request.labels.securityProfileName ?? '';
  throwIfInvalid(validateCreateRequest({ securityProfileName: name, ...content, tags: requestTags }));
  const arn = context.profileArn(name);
  if (context.store.get(name)) {
    throw new AwsError('ResourceAlreadyExistsException', `Security profile ${name} already exists`, {
      resourceId: name,
      resourceArn: arn,
    });
  }
  const now = context.now();
  const profile: SecurityProfile = {
    securityProfileName: name,
    securityProfileArn: arn,
    ...content,
    version: 1n,
    creationDate: now,
    lastModifiedDate: now,
  };
  context.store.insert(profile, requestTags);
  await context.persist();
  return { securityProfileName: name, securityProfileArn: arn };
};
