import { ValidationError } from '../domain/errors';
import type { SecurityProfileTargetRequest } from '../service/change/planners/createTargetPlanner';

/**
 * The target of `PUT|DELETE /security-profiles/{name}/targets`: the ARN in the
 * query (`?securityProfileTargetArn=`, as IoT's own route takes it) or in the
 * JSON body; both is fine when they agree.
 */
export function targetRequestOf(
  securityProfileName: string,
  inQuery: string | undefined,
  inBody: string | undefined,
): SecurityProfileTargetRequest {
  if (inQuery !== undefined && inBody !== undefined && inQuery !== inBody) {
    throw new ValidationError([
      {
        path: 'securityProfileTargetArn',
        message: 'the query and the body name two different targets; name one',
      },
    ]);
  }
  const securityProfileTargetArn = inQuery ?? inBody;
  if (securityProfileTargetArn === undefined) {
    throw new ValidationError([
      {
        path: 'securityProfileTargetArn',
        message: 'is required, in the query (?securityProfileTargetArn=) or the JSON body',
        rule: 'modelRequired',
      },
    ]);
  }
  return { securityProfileName, securityProfileTargetArn };
}
