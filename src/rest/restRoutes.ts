import { ProfileNotFoundError } from '../domain/errors';
import { securityProfile, updateSecurityProfileBody } from '../iotJson/decodeShapes';
import { encodeProfile } from '../iotJson/encodeProfile';
import { decodePatchBody } from './decodePatchBody';
import { encodeAuditPage, encodeCataloguePage, encodeChangeResult } from './encodeResults';
import { decodeCreateBody, decodeTransferBody } from './lifecycleBodies';
import {
  auditPageSchema,
  cataloguePageSchema,
  changeResultSchema,
  deleteResultSchema,
} from './responseSchemas';
import { defineRoute, type RestRoute } from './restRoute';
import { AUDIT_READ_ERRORS, CHANGE_ANSWER, CHANGE_ERRORS, PROFILE_NAME, READ_ERRORS } from './routeCommons';
import { TARGET_AND_RESTORE_ROUTES } from './targetAndRestoreRoutes';

/**
 * The REST API: one entry per route. The router (`matchRestRoute`) and the
 * OpenAPI document (`openApiDocument`, served at GET /openapi.json) are both made
 * from this table; a route added here is routed, documented and, in the tests,
 * validated against its documented answers.
 */

export const REST_ROUTES: readonly RestRoute[] = [
  defineRoute({
    method: 'GET',
    path: '/security-profiles',
    operationId: 'listSecurityProfiles',
    summary: 'List the profiles the caller may read',
    description:
      'From the catalogue of owners and versions: the caller’s teams’ profiles (every profile for admins and ' +
      'auditors), a page at a time.',
    query: ['ownerTeam', 'first', 'after'],
    response: { description: 'A page of profiles.', schema: cataloguePageSchema },
    errors: ['BAD_USER_INPUT', 'FORBIDDEN', 'UPSTREAM_UNAVAILABLE'],
    async run({ service, call, query }) {
      return encodeCataloguePage(await service.list(call, query.ownerTeam(), query.page()));
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/security-profiles',
    operationId: 'createSecurityProfile',
    summary: 'Create a security profile (CreateSecurityProfile)',
    description:
      'IoT’s CreateSecurityProfile body and `ownerTeam`; the owner tag is set in the same IoT call and the ' +
      'references are checked against the owner team’s patterns.',
    query: ['dryRun'],
    body: decodeCreateBody,
    response: {
      description: 'The profile created (or as it would be, for a dry run).',
      schema: changeResultSchema,
    },
    errors: [
      'BAD_USER_INPUT',
      'FORBIDDEN',
      'ALREADY_EXISTS',
      'THROTTLED',
      'UPSTREAM_UNAVAILABLE',
      'AUDIT_UNAVAILABLE',
    ],
    async run({ service, call, query, body, input }) {
      return encodeChangeResult(await service.create(call, body, { dryRun: query.dryRun(), input }));
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/security-profiles/{securityProfileName}',
    operationId: 'describeSecurityProfile',
    summary: 'Describe a security profile',
    description: 'The profile as IoT’s DescribeSecurityProfile returns it, for a caller allowed to read it.',
    labels: PROFILE_NAME,
    response: { description: 'The profile in IoT’s JSON shape.', schema: securityProfile.schema },
    errors: READ_ERRORS,
    async run({ service, call, params }) {
      const profile = await service.describe(call, params.securityProfileName);
      if (!profile) throw new ProfileNotFoundError(params.securityProfileName);
      return encodeProfile(profile);
    },
  }),
  defineRoute({
    method: 'PATCH',
    path: '/security-profiles/{securityProfileName}',
    operationId: 'updateSecurityProfile',
    summary: 'Update a security profile (UpdateSecurityProfile)',
    description:
      'IoT’s UpdateSecurityProfile body: members sent replace the stored ones, `delete*` flags clear one. ' +
      'Checked, authorized, audited, and retried on a version conflict unless `expectedVersion` is sent.',
    labels: PROFILE_NAME,
    query: ['expectedVersion', 'dryRun'],
    body: updateSecurityProfileBody,
    response: CHANGE_ANSWER,
    errors: CHANGE_ERRORS,
    async run({ service, call, params, query, body, input }) {
      const request = { ...params, ...body, ...query.expectedVersion() };
      return encodeChangeResult(await service.update(call, request, { dryRun: query.dryRun(), input }));
    },
  }),
  defineRoute({
    method: 'DELETE',
    path: '/security-profiles/{securityProfileName}',
    operationId: 'deleteSecurityProfile',
    summary: 'Delete a security profile',
    description: 'For the owner team or an admin; the audit event keeps the profile as it was.',
    labels: PROFILE_NAME,
    query: ['expectedVersion', 'dryRun'],
    response: { description: 'Whether IoT deleted it, and the audit event.', schema: deleteResultSchema },
    errors: CHANGE_ERRORS,
    async run({ service, call, params, query, input }) {
      const request = { ...params, ...query.expectedVersion() };
      const result = await service.delete(call, request, {
        dryRun: query.dryRun(),
        input: { query: input.query },
      });
      return {
        securityProfileName: params.securityProfileName,
        deleted: result.applied,
        auditEventId: result.auditEventId,
        ...(result.warnings.length > 0 && { warnings: result.warnings }),
      };
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/security-profiles/{securityProfileName}/transfer',
    operationId: 'transferSecurityProfileOwnership',
    summary: 'Give a profile to another team (admins only)',
    description:
      'Re-tags the profile; its references (ARNs, topics, and the targets it is attached to) must be ones the new owner may use, or the call is refused naming each that is not.',
    labels: PROFILE_NAME,
    query: ['dryRun'],
    body: decodeTransferBody,
    response: CHANGE_ANSWER,
    errors: CHANGE_ERRORS,
    async run({ service, call, params, query, body, input }) {
      const request = { ...params, ...body };
      return encodeChangeResult(
        await service.transferOwnership(call, request, { dryRun: query.dryRun(), input }),
      );
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/security-profiles/{securityProfileName}/patch',
    operationId: 'patchSecurityProfile',
    summary: 'Patch a security profile by behavior name and metric',
    description:
      'Behaviors and retained metrics are upserted or removed by key and merged into the current state on ' +
      'every attempt, so concurrent patches never lose each other’s changes.',
    labels: PROFILE_NAME,
    query: ['expectedVersion', 'dryRun'],
    body: decodePatchBody,
    response: CHANGE_ANSWER,
    errors: CHANGE_ERRORS,
    async run({ service, call, params, query, body, input }) {
      const patch = { ...params, ...body, ...query.expectedVersion() };
      return encodeChangeResult(await service.patch(call, patch, { dryRun: query.dryRun(), input }));
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/security-profiles/{securityProfileName}/audit-events',
    operationId: 'listSecurityProfileAuditEvents',
    summary: 'The audit trail of a profile name, newest first',
    description:
      'Every call on the name, refused ones included, and the changes made outside the gateway; each event ' +
      'for admins, auditors and the team that owned the profile then.',
    labels: PROFILE_NAME,
    query: ['first', 'after', 'creationDate'],
    response: { description: 'A page of audit events.', schema: auditPageSchema },
    errors: AUDIT_READ_ERRORS,
    async run({ service, call, params, query }) {
      const trail = await service.auditTrail(
        call,
        params.securityProfileName,
        query.page(),
        query.creationDate(),
      );
      return encodeAuditPage(trail);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/audit-events/mine',
    operationId: 'listMyAuditEvents',
    summary: 'The audit events of the caller’s own calls, newest first',
    query: ['first', 'after'],
    response: { description: 'A page of audit events.', schema: auditPageSchema },
    errors: AUDIT_READ_ERRORS,
    async run({ service, call, query }) {
      return encodeAuditPage(await service.myAuditEvents(call, query.page()));
    },
  }),
  ...TARGET_AND_RESTORE_ROUTES,
];
