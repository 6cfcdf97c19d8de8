import { toJsonValue } from '../domain/diff/toJsonValue';
import {
  AuthorizationError,
  ValidationError,
  VersionConflictError,
  type ErrorCode,
  type GatewayError,
} from '../domain/errors';

/** What a client may learn about a domain error, as JSON: its code and the details that help it act. */
export type ErrorDetails = Record<string, unknown> & { code: ErrorCode };

/**
 * The client-facing details of a domain error, shared by GraphQL (`extensions`)
 * and REST (the body): the field and issues of bad input, the rule and field of a
 * denial, the current version and attempts of a conflict.
 */
export function errorDetails(error: GatewayError): ErrorDetails {
  if (error instanceof ValidationError) {
    // An issue about the request as a whole has an empty path: no field to name.
    const field = error.issues[0]?.path;
    return { code: error.code, ...(field ? { field } : {}), issues: error.issues };
  }
  if (error instanceof AuthorizationError) return { code: error.code, rule: error.rule, field: error.path };
  if (error instanceof VersionConflictError) {
    return { code: error.code, currentVersion: toJsonValue(error.currentVersion), attempts: error.attempts };
  }
  return { code: error.code };
}
