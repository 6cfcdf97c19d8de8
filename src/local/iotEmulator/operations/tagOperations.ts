import { MAX_TAGS_PER_RESOURCE, reservedKeyProblems, type Tag } from '../deviceDefender/checkTags';
import { AwsError, invalidRequest } from '../wire/AwsError';
import { modelInput, throwFirstProblem } from './inputs';
import type { OperationContext, Operation } from './operationContext';

const ARN = /^arn:aws[a-z-]*:iot:[a-z0-9-]+:\d{12}:[a-z]+\/.+$/;

/** The tags of an existing resource, or ResourceNotFoundException; a malformed ARN is InvalidRequestException. */
function resourceTags(context: OperationContext, arn: string): Tag[] {
  if (!ARN.test(arn)) throw invalidRequest(`resourceArn ${arn} is not an AWS IoT resource ARN`);
  const current = context.store.tagsOf(arn);
  if (!current) throw new AwsError('ResourceNotFoundException', `No resource with ARN ${arn} exists`);
  return current;
}

/** ListTagsForResource: the tags in the order they were first set, in one page (a resource has at most 50). */
export const listTagsForResource: Operation = (request, context) => {
  const input = modelInput<{ resourceArn: string; nextToken?: string }>('ListTagsForResource', request);
  if (input.nextToken !== undefined)
    throw invalidRequest('nextToken is not a token returned by a previous call');
  return { tags: resourceTags(context, input.resourceArn) };
};

/** TagResource: adds or overwrites tags; more than 50 on the resource is LimitExceededException (410). */
export const tagResource: Operation = async (request, context) => {
  const body = modelInput<{ resourceArn: string; tags: Tag[] }>('TagResource', request);
  throwFirstProblem(reservedKeyProblems(body.tags.map((tag) => tag.Key)));
  const current = resourceTags(context, body.resourceArn);
  const keys = new Set([...current.map((t) => t.Key), ...body.tags.map((t) => t.Key)]);
  if (keys.size > MAX_TAGS_PER_RESOURCE) {
    throw new AwsError(
      'LimitExceededException',
      `${body.resourceArn} would have ${keys.size} tags; a resource allows at most ${MAX_TAGS_PER_RESOURCE}`,
    );
  }
  context.store.setTags(body.resourceArn, body.tags);
  await context.persist();
  return {};
};

/** UntagResource: removes tags by key; keys the resource does not have are ignored. */
export const untagResource: Operation = async (request, context) => {
  const body = modelInput<{ resourceArn: string; tagKeys: string[] }>('UntagResource', request);
  throwFirstProblem(reservedKeyProblems(body.tagKeys));
  resourceTags(context, body.resourceArn);
  context.store.removeTags(body.resourceArn, body.tagKeys);
  await context.persist();
  return {};
};
