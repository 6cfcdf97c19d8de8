/**
 * Whether a DynamoDB call was refused by its condition expression: the one
 * refusal every conditional write here answers in its own terms (taken,
 * already claimed, spent), while any other error is passed on.
 */
export function isConditionFailure(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}
