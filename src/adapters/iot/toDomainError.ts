import {
  AlreadyExistsError,
  ProfileNotFoundError,
  ThrottledError,
  UpstreamUnavailableError,
  ValidationError,
  VersionConflictError,
} from '../../domain/errors';
import { issuesOfIotMessage, type NamedMembers } from './fieldsOfIotMessage';

// Node's codes for a connection that failed or broke; the SDK retries these
// itself, so one reaching us means IoT stayed unreachable.
const NETWORK_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);
// The SDK's names for its own connection and request timeouts.
const TIMEOUT_ERROR_NAMES = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException']);

// Client-facing, so fixed: what the SDK said (hosts, ports, AWS's wording) stays in `cause`, for the logs.
const THROTTLED_MESSAGE = 'AWS IoT is throttling requests to security profiles; try again in a few seconds.';
const UNAVAILABLE_MESSAGE = 'AWS IoT could not be reached or failed to answer; try again shortly.';

/**
 * Translates what the IoT SDK threw (after its own retries) into the domain's
 * error, keeping the original as `cause`. Anything unexpected is returned as
 * is, so the caller rethrows it and it surfaces as INTERNAL_SERVER_ERROR.
 * Only IoT's InvalidRequestException text reaches clients: it is about their own input.
 */
export function toDomainError(error: unknown, securityProfileName: string, sent: NamedMembers = {}): unknown {
  if (!(error instanceof Error)) return error;
  const cause = { cause: error };
  switch (error.name) {
    case 'ResourceNotFoundException':
      return new ProfileNotFoundError(securityProfileName, cause);
    case 'ResourceAlreadyExistsException':
      return new AlreadyExistsError(securityProfileName, cause);
    case 'VersionConflictException':
      return new VersionConflictError(error.message, undefined, undefined, cause);
    case 'InvalidRequestException':
      // IoT's words, and the fields they name in the request sent (none: about the request as a whole).
      return new ValidationError(issuesOfIotMessage(error.message, sent), cause);
    case 'ThrottlingException':
      return new ThrottledError(THROTTLED_MESSAGE, cause);
  }
  if (isServerFault(error) || isNetworkFailure(error)) {
    return new UpstreamUnavailableError(UNAVAILABLE_MESSAGE, cause);
  }
  return error;
}

// InternalFailureException, ServiceUnavailableException and any 5xx, modelled or not.
function isServerFault(error: Error): boolean {
  const fields = error as { $fault?: unknown; $metadata?: { httpStatusCode?: unknown } };
  const status = fields.$metadata?.httpStatusCode;
  return fields.$fault === 'server' || (typeof status === 'number' && status >= 500);
}

function isNetworkFailure(error: Error): boolean {
  const code = (error as { code?: unknown }).code;
  return TIMEOUT_ERROR_NAMES.has(error.name) || (typeof code === 'string' && NETWORK_ERROR_CODES.has(code));
}
