/** Bounds of an exponential backoff. */
export interface BackoffOptions {
  /** Upper bound of the first retry's delay. */
  baseMs: number;
  /** No delay exceeds this, however many attempts have failed. */
  capMs: number;
}

/**
 * How long to wait before retrying after failed attempt number `attempt` (1-based):
 * "full jitter", a uniform draw from [0, min(cap, base * 2^(attempt-1))). Spreading
 * the whole interval is what keeps racing writers from colliding again in step.
 * `random` returns a number in [0, 1), as `Math.random` does; tests pass a fixed one.
 */
export function backoffDelay(
  attempt: number,
  { baseMs, capMs }: BackoffOptions,
  random: () => number = Math.random,
): number {
  const exponent = Math.max(0, attempt - 1);
  // 2^52 already exceeds any cap; bounding the exponent keeps 0 * 2^n from becoming NaN.
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.min(exponent, 52));
  return random() * ceiling;
}
