import type { OperationName } from './model/operationNames';
import { AwsError, invalidRequest } from './wire/AwsError';

/** An operation found for a request, with its percent-decoded URI labels. */
export interface RouteMatch {
  operation: OperationName;
  labels: Record<string, string>;
}

interface Route {
  method: string;
  path: RegExp;
  operation: OperationName;
}

// The `http` bindings of the IoT model. `{securityProfileName}` matches an empty
// label too, so `PATCH /security-profiles/` (what JS v3 sends for a name of "")
// is answered as a bad name, not as an unknown operation.
const PROFILE = /^\/security-profiles\/(?<securityProfileName>[^/]*)$/;
const TARGETS = /^\/security-profiles\/(?<securityProfileName>[^/]*)\/targets$/;
const THING_GROUP = /^\/thing-groups\/(?<thingGroupName>[^/]*)$/;
const ROUTES: readonly Route[] = [
  { method: 'POST', path: PROFILE, operation: 'CreateSecurityProfile' },
  { method: 'PATCH', path: PROFILE, operation: 'UpdateSecurityProfile' },
  { method: 'GET', path: PROFILE, operation: 'DescribeSecurityProfile' },
  { method: 'DELETE', path: PROFILE, operation: 'DeleteSecurityProfile' },
  { method: 'GET', path: /^\/security-profiles$/, operation: 'ListSecurityProfiles' },
  { method: 'GET', path: /^\/tags$/, operation: 'ListTagsForResource' },
  { method: 'POST', path: /^\/tags$/, operation: 'TagResource' },
  { method: 'POST', path: /^\/untag$/, operation: 'UntagResource' },
  {
    method: 'POST',
    path: /^\/security-profile-behaviors\/validate$/,
    operation: 'ValidateSecurityProfileBehaviors',
  },
  { method: 'PUT', path: TARGETS, operation: 'AttachSecurityProfile' },
  { method: 'DELETE', path: TARGETS, operation: 'DetachSecurityProfile' },
  { method: 'GET', path: TARGETS, operation: 'ListTargetsForSecurityProfile' },
  {
    method: 'GET',
    path: /^\/security-profiles-for-target$/,
    operation: 'ListSecurityProfilesForTarget',
  },
  { method: 'POST', path: THING_GROUP, operation: 'CreateThingGroup' },
  { method: 'GET', path: THING_GROUP, operation: 'DescribeThingGroup' },
];

/**
 * Finds the operation for a method and raw (still percent-encoded) path, or
 * throws what AWS's front end answers for anything else: 404 UnknownOperationException.
 */
export function matchRoute(method: string, rawPath: string): RouteMatch {
  for (const route of ROUTES) {
    if (route.method !== method) continue;
    const match = route.path.exec(rawPath);
    if (match) return { operation: route.operation, labels: decodeLabels(match.groups ?? {}) };
  }
  throw new AwsError('UnknownOperationException', `No operation matches ${method} ${rawPath}`);
}

function decodeLabels(groups: Record<string, string | undefined>): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const [name, raw] of Object.entries(groups)) {
    try {
      labels[name] = decodeURIComponent(raw ?? '');
    } catch {
      throw invalidRequest(`${name}: the URI label is not valid percent-encoding`);
    }
  }
  return labels;
}
