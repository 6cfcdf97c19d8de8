import type { ChangeAttribution } from '../auditEvent';

/** One IoT API call as CloudTrail recorded it, read from its record (see `readCloudTrailEvent`). */
export interface IotApiCall {
  eventName: string;
  /** CloudTrail's id of the record. */
  eventID: string;
  /** When IoT completed the request (ISO-8601, to the second). */
  eventTime: string;
  /** IoT's error, when the call failed; absent when IoT did what it asked. */
  errorCode?: string;
  userIdentity: Record<string, unknown>;
  sourceIPAddress?: string;
  userAgent?: string;
  /** The request's parameters as sent (`{}` when the record holds none). */
  requestParameters: Record<string, unknown>;
}

/** The operations on security profiles the audit follows in CloudTrail: the ones that change one. */
export const FOLLOWED_OPERATIONS = [
  'CreateSecurityProfile',
  'UpdateSecurityProfile',
  'DeleteSecurityProfile',
  'AttachSecurityProfile',
  'DetachSecurityProfile',
  'TagResource',
  'UntagResource',
] as const;

// The gateway writes its audit event's id into the User-Agent of every IoT call it makes.
const AUDIT_TAG = /(?:^|\s)audit-event\/([0-9A-HJKMNP-TV-Z]{26})(?:\s|$)/;

/** The User-Agent token that names an audit event: what the gateway adds to each of its IoT calls. */
export function auditUserAgentToken(auditEventId: string): string {
  return `audit-event/${auditEventId}`;
}

/**
 * The audit event a call of the gateway made this IoT call for: its id in the
 * User-Agent, from an identity that is one of the gateway's own. A token from
 * any other identity proves nothing (anyone can set a User-Agent).
 */
export function gatewayEventIdOf(call: IotApiCall, gatewayPrincipals: readonly string[]): string | undefined {
  if (!isGatewayIdentity(call, gatewayPrincipals)) return undefined;
  return AUDIT_TAG.exec(call.userAgent ?? '')?.[1];
}

/**
 * True when the call was made by one of the gateway's principals: its role
 * (`userIdentity.sessionContext.sessionIssuer.arn` of an assumed role, or
 * `userIdentity.arn`) or its access key id.
 */
export function isGatewayIdentity(call: IotApiCall, gatewayPrincipals: readonly string[]): boolean {
  const identity = call.userIdentity;
  const issuer = (identity.sessionContext as { sessionIssuer?: { arn?: unknown } } | undefined)?.sessionIssuer
    ?.arn;
  return [identity.arn, identity.accessKeyId, issuer].some(
    (value) => typeof value === 'string' && gatewayPrincipals.includes(value),
  );
}

/** Who made a call, for the trail. */
export function attributionOf(call: IotApiCall): ChangeAttribution {
  const { arn, accessKeyId, principalId } = call.userIdentity;
  const principal = [arn, accessKeyId, principalId].find(
    (value): value is string => typeof value === 'string',
  );
  return {
    principal: principal ?? 'unknown',
    userIdentity: call.userIdentity,
    ...(call.sourceIPAddress !== undefined && { sourceIPAddress: call.sourceIPAddress }),
    ...(call.userAgent !== undefined && { userAgent: call.userAgent }),
    eventTime: call.eventTime,
    eventID: call.eventID,
    eventName: call.eventName,
  };
}

/** The security profile a call is about; undefined for a tag call on another kind of IoT resource. */
export function profileNameOf(call: IotApiCall): string | undefined {
  const { securityProfileName, resourceArn } = call.requestParameters;
  if (typeof securityProfileName === 'string') return securityProfileName;
  if (typeof resourceArn !== 'string') return undefined;
  const at = resourceArn.indexOf(':securityprofile/');
  return at < 0 ? undefined : resourceArn.slice(at + ':securityprofile/'.length);
}
