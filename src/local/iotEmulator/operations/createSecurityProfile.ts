import type { SecurityProfile } from '../../../domain/securityProfile';
import { checkProfileRequest, type ProfileRequest } from '../deviceDefender/checkProfileRequest';
import { checkTags, type Tag } from '../deviceDefender/checkTags';
import { AwsError } from '../wire/AwsError';
import { modelInput, throwFirstProblem } from './inputs';
import type { Operation } from './operationContext';

type CreateInput = ProfileRequest &
  Pick<SecurityProfile, 'securityProfileName' | 'securityProfileDescription' | 'metricsExportConfig'> & {
    tags?: Tag[];
  };

/**
 * CreateSecurityProfile: checks the model, then Device Defender's rules and the
 * tags; refuses an existing name (ResourceAlreadyExistsException, even for an
 * identical request); stores version 1 with both dates set to now.
 */
export const createSecurityProfile: Operation = async (request, context) => {
  const { tags, ...content } = modelInput<CreateInput>('CreateSecurityProfile', request);
  throwFirstProblem([...checkProfileRequest(content), ...checkTags(tags ?? [])]);
  const name = content.securityProfileName;
  const arn = context.profileArn(name);
  if (context.store.get(name)) {
    throw new AwsError('ResourceAlreadyExistsException', `Security profile ${name} already exists`, {
      resourceId: name,
      resourceArn: arn,
    });
  }
  const now = context.now();
  const profile: SecurityProfile = {
    ...(content as Omit<SecurityProfile, 'securityProfileArn' | 'version'>),
    securityProfileArn: arn,
    version: 1n,
    creationDate: now,
    lastModifiedDate: now,
  };
  context.store.insert(profile, tags);
  await context.persist();
  return { securityProfileName: name, securityProfileArn: arn };
};
