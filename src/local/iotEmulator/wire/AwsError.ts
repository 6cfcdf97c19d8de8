/** HTTP status of each error shape, as the IoT model declares it (`error.httpStatusCode`). */
export const ERROR_STATUS = {
  InvalidRequestException: 400,
  ThrottlingException: 400,
  ResourceNotFoundException: 404,
  ResourceAlreadyExistsException: 409,
  VersionConflictException: 409,
  LimitExceededException: 410,
  InternalFailureException: 500,
  // Not in the IoT model: what AWS's service framework answers when no operation matches.
  UnknownOperationException: 404,
} as const;

/** The error shapes the emulator sends. */
export type AwsErrorType = keyof typeof ERROR_STATUS;

/**
 * An error as IoT sends it: the bare shape name goes in `x-amzn-ErrorType`, the
 * message (and any extra members, e.g. `resourceId`) in the JSON body.
 */
export class AwsError extends Error {
  constructor(
    readonly type: AwsErrorType,
    message: string,
    readonly members: Record<string, string> = {},
  ) {
    super(message);
    this.name = type;
  }

  /** The modelled HTTP status code. */
  get status(): number {
    return ERROR_STATUS[this.type];
  }
}

/** Shorthand for the most common error: a 400 naming what is wrong. */
export function invalidRequest(message: string): AwsError {
  return new AwsError('InvalidRequestException', message);
}
