import { ValidationError, type ValidationIssue } from '../../../domain/errors';
import type { SecurityProfile } from '../../../domain/securityProfile';
import {
  INTEGER_SHAPES,
  checkInteger,
  validateSecurityProfileName,
  type Issues,
} from '../../../domain/validation';
import { AwsError, invalidRequest } from '../wire/AwsError';
import type { Decoder } from '../../../iotJson/decode';
import type { OperationContext, OperationRequest } from './operationContext';

/** Throws InvalidRequestException listing every issue as `path: message`. */
export function throwIfInvalid(issues: ValidationIssue[]): void {
  if (issues.length > 0) throw invalidRequest(new ValidationError(issues).message);
}

/** The `securityProfileName` URI label, checked against its shape. */
export function profileName(request: OperationRequest): string {
  const name = request.labels.securityProfileName ?? '';
  const issues: Issues = [];
  validateSecurityProfileName(issues, name);
  throwIfInvalid(issues);
  return name;
}

/** The stored profile, or ResourceNotFoundException. */
export function requireProfile(context: OperationContext, name: string): SecurityProfile {
  const profile = context.store.get(name);
  if (!profile) throw new AwsError('ResourceNotFoundException', `Security profile ${name} does not exist`);
  return profile;
}

/** Throws VersionConflictException when `expected` is given and is not the profile's current version. */
export function checkExpectedVersion(profile: SecurityProfile, expected: bigint | undefined): void {
  if (expected === undefined || expected === profile.version) return;
  throw new AwsError(
    'VersionConflictException',
    `The expected version ${expected} of security profile ${profile.securityProfileName} does not match its current version ${profile.version}`,
  );
}

/** The JSON body decoded as a structure (an absent body is `{}`, as SDKs send for no members). */
export function decodeBody<T>(request: OperationRequest, decoder: Decoder<T>): T {
  return decoder(request.body ?? {}, '');
}

/** A string query parameter; `required` makes its absence an InvalidRequestException. */
export function queryString(request: OperationRequest, name: string, required: true): string;
export function queryString(request: OperationRequest, name: string, required?: false): string | undefined;
export function queryString(request: OperationRequest, name: string, required = false): string | undefined {
  const value = request.query.get(name) ?? undefined;
  if (value === undefined && required) throw invalidRequest(`${name}: required member is missing`);
  return value;
}

/** A `long` query parameter (`expectedVersion`), written in decimal. */
export function queryLong(request: OperationRequest, name: string): bigint | undefined {
  const text = queryString(request, name);
  if (text === undefined) return undefined;
  if (!/^-?\d+$/.test(text))
    throw invalidRequest(`${name}: expected an integer (long), got ${JSON.stringify(text)}`);
  return BigInt(text);
}

/** A `boolean` query parameter, written `true` or `false` as both SDKs send it. */
export function queryBoolean(request: OperationRequest, name: string): boolean | undefined {
  const text = queryString(request, name);
  if (text === undefined) return undefined;
  if (text === 'true') return true;
  if (text === 'false') return false;
  throw invalidRequest(`${name}: expected a boolean (true or false), got ${JSON.stringify(text)}`);
}

/** `maxResults` (1..250). */
export function queryMaxResults(request: OperationRequest): number | undefined {
  const text = queryString(request, 'maxResults');
  if (text === undefined) return undefined;
  if (!/^-?\d+$/.test(text))
    throw invalidRequest(`maxResults: expected an integer, got ${JSON.stringify(text)}`);
  const issues: Issues = [];
  checkInteger(issues, 'maxResults', Number(text), INTEGER_SHAPES.MaxResults);
  throwIfInvalid(issues);
  return Number(text);
}
