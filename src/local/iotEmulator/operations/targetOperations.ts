import { LIST_LIMITS } from '../../../domain/validation';
import { EMULATOR_CHOICES } from '../emulatorChoices';
import { AwsError, invalidRequest } from '../wire/AwsError';
import { profileName, queryBoolean, queryMaxResults, queryString, requireProfile } from './inputs';
import type { Operation, OperationContext, OperationRequest } from './operationContext';
import { paginate } from './paginate';

/**
 * The target of Attach/Detach/ListSecurityProfilesForTarget: a thing group, or
 * all / all registered / all unregistered things, in this emulator's region and
 * account. Thing groups are not emulated, so any well-formed group name is accepted.
 */
function targetArn(request: OperationRequest, context: OperationContext): string {
  const arn = queryString(request, 'securityProfileTargetArn', true);
  const prefix = `arn:aws:iot:${context.region}:${context.accountId}:`;
  const rest = arn.startsWith(prefix) ? arn.slice(prefix.length) : undefined;
  const valid =
    rest !== undefined &&
    (/^thinggroup\/[a-zA-Z0-9:_-]{1,128}$/.test(rest) ||
      /^all\/(registered-things|unregistered-things|things)$/.test(rest));
  if (!valid) {
    throw invalidRequest(
      `securityProfileTargetArn: must be ${prefix}thinggroup/<name> or ${prefix}all/things|registered-things|unregistered-things (got ${JSON.stringify(arn)})`,
    );
  }
  return arn;
}

/** AttachSecurityProfile: idempotent; a sixth profile on one target is LimitExceededException (410). */
export const attachSecurityProfile: Operation = async (request, context) => {
  const name = profileName(request);
  const target = targetArn(request, context);
  requireProfile(context, name);
  if (context.store.targetsOf(name).includes(target)) return {};
  if (context.store.countProfilesFor(target) >= LIST_LIMITS.profilesPerTarget) {
    throw new AwsError(
      'LimitExceededException',
      `${target} already has ${LIST_LIMITS.profilesPerTarget} security profiles attached, the maximum`,
    );
  }
  context.store.attach(name, target);
  await context.persist();
  return {};
};

/** DetachSecurityProfile: a target that is not attached is ResourceNotFoundException (EMULATOR_CHOICES). */
export const detachSecurityProfile: Operation = async (request, context) => {
  const name = profileName(request);
  const target = targetArn(request, context);
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
  const name = profileName(request);
  const maxResults = queryMaxResults(request);
  requireProfile(context, name);
  const targets = context.store.targetsOf(name).sort();
  const page = paginate(targets, (arn) => arn, queryString(request, 'nextToken'), maxResults);
  return { securityProfileTargets: page.items.map((arn) => ({ arn })), nextToken: page.nextToken };
};

/**
 * ListSecurityProfilesForTarget: the profiles attached to exactly this target,
 * ordered by name, paged. A target with none is an empty list. Thing groups have
 * no hierarchy here, so `recursive` is checked but changes nothing.
 */
export const listSecurityProfilesForTarget: Operation = (request, context) => {
  const target = targetArn(request, context);
  queryBoolean(request, 'recursive');
  const maxResults = queryMaxResults(request);
  const profiles = context.store.profilesFor(target);
  const page = paginate(
    profiles,
    (p) => p.securityProfileName,
    queryString(request, 'nextToken'),
    maxResults,
  );
  return {
    securityProfileTargetMappings: page.items.map((p) => ({
      securityProfileIdentifier: { name: p.securityProfileName, arn: p.securityProfileArn },
      target: { arn: target },
    })),
    nextToken: page.nextToken,
  };
};
