import { ProfileNotFoundError } from '../domain/errors';
import { titled, type JsonSchema } from '../iotJson/jsonSchema';
import { decodeRestoreBody, decodeTargetBody, decodeValidateBehaviorsBody } from './decodeLifecycleBodies';
import { encodeChangeResult } from './encodeResults';
import { targetRequestOf } from './readTargetRequest';
import { defineRoute, type RestRoute } from './restRoute';
import { CHANGE_ANSWER, CHANGE_ERRORS, PROFILE_NAME, READ_ERRORS } from './routeCommons';

/** The routes of a profile's targets, its restore and behavior validation; part of `REST_ROUTES`. */

const string = { type: 'string' } as const;

function object(properties: Record<string, JsonSchema>, required: readonly string[]): JsonSchema {
  return { type: 'object', properties, required, additionalProperties: false };
}

const targetsSchema = titled(
  'SecurityProfileTargets',
  object(
    {
      securityProfileTargets: {
        type: 'array',
        items: object(
          { arn: { ...string, description: 'A thing group’s ARN, or an account-wide target.' } },
          ['arn'],
        ),
      },
    },
    ['securityProfileTargets'],
  ),
);

const fieldMessages = {
  type: 'array',
  items: titled('FieldMessage', object({ field: string, message: string }, ['field', 'message'])),
} as const;

const behaviorsValidationSchema = titled(
  'BehaviorsValidation',
  object(
    {
      valid: { type: 'boolean', description: 'Neither the gateway nor IoT found an error.' },
      errors: fieldMessages,
      warnings: fieldMessages,
    },
    ['valid', 'errors', 'warnings'],
  ),
);

/** Attach or detach: the ARN in the query or the body. */
function targetRoute(method: 'PUT' | 'DELETE'): RestRoute {
  const attach = method === 'PUT';
  return defineRoute({
    method,
    path: '/security-profiles/{securityProfileName}/targets',
    operationId: attach ? 'attachSecurityProfile' : 'detachSecurityProfile',
    summary: attach
      ? 'Attach a profile to a target (AttachSecurityProfile)'
      : 'Detach a profile from a target (DetachSecurityProfile)',
    description:
      'A thing group of the owner team’s `thingGroupArns`, or (admins, unless the policy names it) an ' +
      'account-wide target. No new version; audited as ' +
      (attach ? 'ATTACH' : 'DETACH') +
      ' with the change `targets[<arn>]`.',
    labels: PROFILE_NAME,
    query: ['securityProfileTargetArn', 'dryRun'],
    body: decodeTargetBody,
    response: CHANGE_ANSWER,
    errors: CHANGE_ERRORS,
    async run({ service, call, params, query, body, input }) {
      const request = targetRequestOf(
        params.securityProfileName,
        query.securityProfileTargetArn(),
        body.securityProfileTargetArn,
      );
      const options = { dryRun: query.dryRun(), input };
      const result = attach
        ? await service.attach(call, request, options)
        : await service.detach(call, request, options);
      return encodeChangeResult(result);
    },
  });
}

export const TARGET_AND_RESTORE_ROUTES: readonly RestRoute[] = [
  defineRoute({
    method: 'POST',
    path: '/security-profiles/validate-behaviors',
    operationId: 'validateSecurityProfileBehaviors',
    summary: 'Validate behaviors of any profile (ValidateSecurityProfileBehaviors)',
    description:
      'The gateway’s rules and IoT’s ValidateSecurityProfileBehaviors, for a profile that exists or not; ' +
      'changes nothing and records no audit event.',
    body: decodeValidateBehaviorsBody,
    response: { description: 'The verdict, each finding with its field.', schema: behaviorsValidationSchema },
    errors: ['BAD_USER_INPUT', 'THROTTLED', 'UPSTREAM_UNAVAILABLE'],
    async run({ service, call, body }) {
      return service.validateBehaviors(call, body.behaviors);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/security-profiles/{securityProfileName}/targets',
    operationId: 'listTargetsForSecurityProfile',
    summary: 'The targets a profile is attached to',
    description: 'As ListTargetsForSecurityProfile answers, for a caller who may read the profile.',
    labels: PROFILE_NAME,
    response: { description: 'The profile’s targets.', schema: targetsSchema },
    errors: READ_ERRORS,
    async run({ service, call, params }) {
      const targets = await service.targets(call, params.securityProfileName);
      if (!targets) throw new ProfileNotFoundError(params.securityProfileName);
      return { securityProfileTargets: targets.map((arn) => ({ arn })) };
    },
  }),
  targetRoute('PUT'),
  targetRoute('DELETE'),
  defineRoute({
    method: 'POST',
    path: '/security-profiles/{securityProfileName}/restore',
    operationId: 'restoreSecurityProfile',
    summary: 'Restore a profile to what it was right after an audit event',
    description:
      'The event’s `after` (a change’s, a BASELINE’s or an OUT_OF_BAND_CHANGE’s) as a new version, authorized ' +
      'as an update by the current owner; audited as RESTORE naming the event.',
    labels: PROFILE_NAME,
    query: ['expectedVersion', 'dryRun'],
    body: decodeRestoreBody,
    response: CHANGE_ANSWER,
    errors: CHANGE_ERRORS,
    async run({ service, call, params, query, body, input }) {
      const request = { ...params, ...body, ...query.expectedVersion() };
      return encodeChangeResult(await service.restore(call, request, { dryRun: query.dryRun(), input }));
    },
  }),
];
