/**
 * Runs `work` now and answers like a call over the network: its result as a resolved promise,
 * a throw as a rejected one (never a throw from the call itself).
 */
export function settled<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
