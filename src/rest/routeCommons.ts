import type { ErrorCode } from '../domain/errors';
import { changeResultSchema } from './responseSchemas';

/** What the routes of `REST_ROUTES` share: the profile-name parameter, their answers and their errors. */

export const PROFILE_NAME = { securityProfileName: 'The security profile’s name.' };

/** Errors of a call that reads IoT. */
export const READ_ERRORS: readonly ErrorCode[] = [
  'FORBIDDEN',
  'NOT_FOUND',
  'THROTTLED',
  'UPSTREAM_UNAVAILABLE',
];

/** Errors of a change: a read's, bad input, a stale version, a turn never had, an audit that cannot be written. */
export const CHANGE_ERRORS: readonly ErrorCode[] = [
  ...READ_ERRORS,
  'BAD_USER_INPUT',
  'VERSION_CONFLICT',
  'PROFILE_BUSY',
  'AUDIT_UNAVAILABLE',
];

/** Errors of a read of the audit trail. */
export const AUDIT_READ_ERRORS: readonly ErrorCode[] = ['BAD_USER_INPUT', 'AUDIT_UNAVAILABLE'];

/** The answer of every change route. */
export const CHANGE_ANSWER = {
  description: 'The profile after the change (or as it would be, for a dry run) and what changed.',
  schema: changeResultSchema,
};
