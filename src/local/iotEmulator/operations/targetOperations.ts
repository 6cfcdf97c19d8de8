import { EMULATOR_CHOICES } from '../emulatorChoices';
import { AwsError, invalidRequest } from '../wire/AwsError';
import { modelInput, requireProfile } from './inputs';
import type { Operation, OperationContext } from './operationContext';
import { paginate } from './paginate';

/** "Each thing group or account can have up to five security profiles associated with it." */
const PROFILES_PER_TARGET = 5;

interface TargetInput {
  securityProfileName: string;
  securityProfileTargetArn: string;
}

/**
 * The target of Attach/Detach/ListSecurityProfilesForTarget: a thing group, or
 * all / all registered / all unregistered things, in this emulator's region and
 * account. A malformed ARN is InvalidRequestException; a thing group that does
 * not exist is ResourceNotFoundException (modelled for all three operations).
 */
function checkTarget(arn: string, context: OperationContext): string {
  const prefix = `arn:aws:iot:${context.region}:${context.accountId}:`;
  const rest = arn.startsWith(prefix) ? arn.slice(prefix.length) : undefined;
  const group = rest === undefined ? undefined : /^thinggroup\/([a-zA-Z0-9:_-]{1,128})$/.exec(rest)?.[1];
  const valid =
    group !== undefined || /^all\/(registered-things|unregistered-things|things)$/.test(rest ?? '');
  if (!valid) {
    throw invalidRequest(
      `securityProfileTargetArn ${arn} is not ${prefix}thinggroup/<name> or ${prefix}all/things|registered-things|unregistered-things`,
    );
  }
  if (group !== undefined && !context.store.thingGroup(group)) {
    throw new AwsError('ResourceNotFoundException', `Thing group ${group} does not exist`);
  }
  return arn;
}

/** AttachSecurityProfile: idempotent; a sixth profile on one target is LimitExceededException (410). */
export const attachSecurityProfile: Operation = async (request, context) => {
  const input = modelInput<TargetInput>('AttachSecurityProfile', request);
  const target = checkTarget(input.securityProfileTargetArn, context);
  const name = input.securityProfileName;
  requireProfile(context, name);
  if (context.store.targetsOf(name).includes(target)) return {};
  if (context.store.countProfilesFor(target) >= PROFILES_PER_TARGET) {
    throw new AwsError(
      'LimitExceededException',
      `${target} already has ${PROFILES_PER_TARGET} security profiles attached, the maximum`,
    );
  }
  context.store.attach(name, target);
  await context.persist();
  return {};
};

/** DetachSecurityProfile: a target that is not attached is ResourceNotFoundException (EMULATOR_CHOICES). */
export const detachSecurityProfile: Operation = async (request, context) => {
  const input = modelInput<TargetInput>('DetachSecurityProfile', request);
  const target = checkTarget(input.securityProfileTargetArn, context);
  const name = input.securityProfileName;
  requireProfile(context, name);
  const detached = context.store.detach(name, target);
  if (!detached && EMULATOR_CHOICES.detachOfUnattachedTargetIsNotFound) {
    throw new AwsError('ResourceNotFoundException', `Security profile ${name} is not attached to ${target}`);
  }
  await context.persist();
  return {};
};

/** ListTargetsForSecurityProfile: attached targets ordered by ARN, paged. */
export const listTargetsForSecurityProfile: Operation = (request, context) => {
  const input = modelInput<{ securityProfileName: string; nextToken?: string; maxResults?: number }>(
    'ListTargetsForSecurityProfile',
    request,
  );
  requireProfile(context, input.securityProfileName);
  const targets = context.store.targetsOf(input.securityProfileName).sort();
  const page = paginate(targets, (arn) => arn, input.nextToken, input.maxResults);
  return { securityProfileTargets: page.items.map((arn) => ({ arn })), nextToken: page.nextToken };
};

/**
 * ListSecurityProfilesForTarget: the profiles attached to exactly this target,
 * ordered by name, paged. A target with none is an empty list. Thing groups have
 * no hierarchy here, so `recursive` is read but changes nothing.
 */
export const listSecurityProfilesForTarget: Operation = (request, context) => {
  const input = modelInput<{
    securityProfileTargetArn: string;
    nextToken?: string;
    maxResults?: number;
  }>('ListSecurityProfilesForTarget', request);
  const target = checkTarget(input.securityProfileTargetArn, context);
  const profiles = context.store.profilesFor(target);
  const page = paginate(profiles, (p) => p.securityProfileName, input.nextToken, input.maxResults);
  return {
    securityProfileTargetMappings: page.items.map((p) => ({
      securityProfileIdentifier: { name: p.securityProfileName, arn: p.securityProfileArn },
      target: { arn: target },
    })),
    nextToken: page.nextToken,
  };
};
