/**
 * A JSON document does not have the shape AWS IoT's model gives it: a wrong JSON
 * type, a missing required member or an unknown one. `path` names the member
 * (`behaviors[0].criteria.value.count`). The emulator answers it as IoT's
 * InvalidRequestException; the gateway's REST routes as BAD_USER_INPUT.
 */
export class DecodeError extends Error {
  override name = 'DecodeError';
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path || 'request body'}: ${problem}`);
  }
}

/** The problem of a required member that is absent (or null). */
export const REQUIRED_MISSING = 'required member is missing';
