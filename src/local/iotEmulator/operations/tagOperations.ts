import { LIST_LIMITS, checkTagKey, validateTags, type Issues, type Tag } from '../../../domain/validation';
import { AwsError, invalidRequest } from '../wire/AwsError';
import { string, struct } from '../../../iotJson/decode';
import { tagKeys, tags } from '../../../iotJson/decodeShapes';
import { decodeBody, queryString, throwIfInvalid } from './inputs';
import type { OperationContext, Operation } from './operationContext';

const ARN = /^arn:aws[a-z-]*:iot:[a-z0-9-]+:\d{12}:[a-z]+\/.+$/;

/** The tags of an existing resource, or ResourceNotFoundException; a malformed ARN is InvalidRequestException. */
function resourceTags(context: OperationContext, arn: string): Tag[] {
  if (!ARN.test(arn))
    throw invalidRequest(`resourceArn: is not an AWS IoT resource ARN (got ${JSON.stringify(arn)})`);
  const current = context.store.tagsOf(arn);
  if (!current) throw new AwsError('ResourceNotFoundException', `No resource with ARN ${arn} exists`);
  return current;
}

/** ListTagsForResource: the tags in the order they were first set, in one page (a resource has at most 50). */
export const listTagsForResource: Operation = (request, context) => {
  const arn = queryString(request, 'resourceArn', true);
  if (queryString(request, 'nextToken') !== undefined) {
    throw invalidRequest('nextToken: is not a token returned by a previous call');
  }
  return { tags: resourceTags(context, arn) };
};

const tagBody = struct<{ resourceArn: string; tags: Tag[] }>({ resourceArn: string, tags }, [
  'resourceArn',
  'tags',
]);

/** TagResource: adds or overwrites tags; more than 50 on the resource is LimitExceededException (410). */
export const tagResource: Operation = async (request, context) => {
  const body = decodeBody(request, tagBody);
  throwIfInvalid(validateTags(body.tags));
  const current = resourceTags(context, body.resourceArn);
  const keys = new Set([...current.map((t) => t.Key), ...body.tags.map((t) => t.Key)]);
  if (keys.size > LIST_LIMITS.tagsPerResource) {
    throw new AwsError(
      'LimitExceededException',
      `${body.resourceArn} would have ${keys.size} tags; a resource allows at most ${LIST_LIMITS.tagsPerResource}`,
    );
  }
  context.store.setTags(body.resourceArn, body.tags);
  await context.persist();
  return {};
};

const untagBody = struct<{ resourceArn: string; tagKeys: string[] }>({ resourceArn: string, tagKeys }, [
  'resourceArn',
  'tagKeys',
]);

/** UntagResource: removes tags by key; keys the resource does not have are ignored. */
export const untagResource: Operation = async (request, context) => {
  const body = decodeBody(request, untagBody);
  const issues: Issues = [];
  body.tagKeys.forEach((key, index) => checkTagKey(issues, `tagKeys[${index}]`, key));
  throwIfInvalid(issues);
  resourceTags(context, body.resourceArn);
  context.store.removeTags(body.resourceArn, body.tagKeys);
  await context.persist();
  return {};
};
