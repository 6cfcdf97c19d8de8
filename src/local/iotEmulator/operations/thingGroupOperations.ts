import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { toEpochSeconds } from '../../../iotJson/encodeProfile';
import { checkTags, type Tag } from '../deviceDefender/checkTags';
import type { ThingGroup } from '../ProfileStore';
import { AwsError, invalidRequest } from '../wire/AwsError';
import { modelInput, throwFirstProblem } from './inputs';
import type { Operation, OperationContext } from './operationContext';

interface CreateThingGroupInput {
  thingGroupName: string;
  parentGroupName?: string;
  thingGroupProperties?: ThingGroup['thingGroupProperties'];
  tags?: Tag[];
}

/** `arn:aws:iot:<region>:<account>:thinggroup/<name>` */
export function thingGroupArn(context: Pick<OperationContext, 'region' | 'accountId'>, name: string): string {
  return `arn:aws:iot:${context.region}:${context.accountId}:thinggroup/${name}`;
}

/**
 * CreateThingGroup: version 1, a new id. "If the ThingGroup that you create
 * has the exact same attributes as an existing ThingGroup, you will get a 200
 * success response" (the model); other attributes for an existing name are
 * ResourceAlreadyExistsException. A parent that does not exist is
 * InvalidRequestException (the operation models no ResourceNotFoundException).
 */
export const createThingGroup: Operation = async (request, context) => {
  const { tags, ...input } = modelInput<CreateThingGroupInput>('CreateThingGroup', request);
  throwFirstProblem(checkTags(tags ?? []));
  const name = input.thingGroupName;
  const existing = context.store.thingGroup(name);
  if (existing) return sameAttributes(existing, input) ? created(existing) : alreadyExists(existing);
  if (input.parentGroupName !== undefined && !context.store.thingGroup(input.parentGroupName)) {
    throw invalidRequest(`parentGroupName: thing group ${input.parentGroupName} does not exist`);
  }
  const group: ThingGroup = {
    ...input,
    thingGroupArn: thingGroupArn(context, name),
    thingGroupId: randomUUID(),
    version: 1n,
    creationDate: context.now(),
  };
  context.store.insertThingGroup(group, tags);
  await context.persist();
  return created(group);
};

/** DescribeThingGroup: the group with its metadata (parent chain from the root, creation date). */
export const describeThingGroup: Operation = (request, context) => {
  const { thingGroupName } = modelInput<{ thingGroupName: string }>('DescribeThingGroup', request);
  const group = context.store.thingGroup(thingGroupName);
  if (!group) throw new AwsError('ResourceNotFoundException', `Thing group ${thingGroupName} does not exist`);
  return {
    thingGroupName: group.thingGroupName,
    thingGroupId: group.thingGroupId,
    thingGroupArn: group.thingGroupArn,
    version: group.version,
    thingGroupProperties: group.thingGroupProperties ?? {},
    thingGroupMetadata: {
      parentGroupName: group.parentGroupName,
      rootToParentThingGroups: ancestors(context, group),
      creationDate: toEpochSeconds(group.creationDate),
    },
  };
};

function created(group: ThingGroup) {
  return {
    thingGroupName: group.thingGroupName,
    thingGroupArn: group.thingGroupArn,
    thingGroupId: group.thingGroupId,
  };
}

function sameAttributes(group: ThingGroup, input: Omit<CreateThingGroupInput, 'tags'>): boolean {
  return (
    group.parentGroupName === input.parentGroupName &&
    isDeepStrictEqual(group.thingGroupProperties ?? {}, input.thingGroupProperties ?? {})
  );
}

function alreadyExists(group: ThingGroup): never {
  throw new AwsError(
    'ResourceAlreadyExistsException',
    `Thing group ${group.thingGroupName} already exists with different attributes`,
    { resourceId: group.thingGroupId, resourceArn: group.thingGroupArn },
  );
}

/** The groups from the root down to the parent (empty for a root group). */
function ancestors(context: OperationContext, group: ThingGroup): { groupName: string; groupArn: string }[] {
  const chain: { groupName: string; groupArn: string }[] = [];
  for (let parent = group.parentGroupName; parent !== undefined;) {
    const found = context.store.thingGroup(parent);
    if (!found) break;
    chain.unshift({ groupName: found.thingGroupName, groupArn: found.thingGroupArn });
    parent = found.parentGroupName;
  }
  return chain;
}
