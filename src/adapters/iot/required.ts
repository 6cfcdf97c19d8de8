/**
 * The value of a member IoT's model marks required (the SDK types every member
 * `| undefined`). A response without it breaks IoT's contract, so this throws a
 * plain Error, which surfaces as INTERNAL_SERVER_ERROR rather than a made-up value.
 */
export function required<T>(value: T | undefined | null, member: string): T {
  if (value === undefined || value === null)
    throw new Error(`IoT's response lacks the required member ${member}.`);
  return value;
}
