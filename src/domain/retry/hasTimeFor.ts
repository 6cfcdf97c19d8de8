/**
 * Whether waiting `delayMs` from `nowMs` still leaves `reserveMs` before
 * `deadlineMs` (all in milliseconds on one clock). The reserve is the time one
 * more attempt and its audit need, so a retry is never started that the
 * Lambda's timeout would cut off mid-write.
 */
export function hasTimeFor(deadlineMs: number, nowMs: number, delayMs: number, reserveMs: number): boolean {
  return nowMs + delayMs + reserveMs <= deadlineMs;
}
