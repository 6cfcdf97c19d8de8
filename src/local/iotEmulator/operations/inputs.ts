import type { SecurityProfile } from '../../../domain/securityProfile';
import { frameworkMessage } from '../model/Violation';
import type { OperationName } from '../model/operationNames';
import { readInput, UnreadableInputError, type ReadInput } from '../model/readInput';
import { AwsError, invalidRequest } from '../wire/AwsError';
import type { OperationContext, OperationRequest } from './operationContext';

/**
 * An operation's input as IoT's service framework hands it to the handler:
 * read from the URI, query and body, and checked against the model. A value of
 * the wrong JSON type, or any broken constraint, is an InvalidRequestException
 * in the framework's words (`1 validation error detected: Value 'x' at
 * 'behaviors.1.member.name' failed to satisfy constraint: …`).
 */
export function modelInput<T>(operation: OperationName, request: OperationRequest): T {
  const { input, violations } = readChecked(operation, request);
  if (violations.length > 0) throw invalidRequest(frameworkMessage(violations));
  return input as T;
}

/** As modelInput, but the caller decides what to do with the broken constraints. */
export function readChecked(operation: OperationName, request: OperationRequest): ReadInput {
  try {
    return readInput(operation, request);
  } catch (error) {
    if (error instanceof UnreadableInputError) throw invalidRequest(error.message);
    throw error;
  }
}

/** Device Defender's handler answers the first problem it finds. */
export function throwFirstProblem(problems: readonly string[]): void {
  const first = problems[0];
  if (first !== undefined) throw invalidRequest(first);
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
