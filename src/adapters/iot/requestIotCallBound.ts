import { AsyncLocalStorage } from 'node:async_hooks';
import type { IoTClient } from '@aws-sdk/client-iot';

/** The IoT calls the request in progress has made, its bound, and the error that refuses one more. */
interface RequestIotCalls {
  made: number;
  max: number;
  refusal: () => Error;
}

const inProgress = new AsyncLocalStorage<RequestIotCalls>();

/**
 * Runs one request with its IoT calls counted against `max`: the call past it
 * is not sent, and rejects with `refusal()` (the field that needed it fails
 * with that error; what the request's other fields read stands). Work outside
 * a request (the audit job, the drift scan) is not bounded.
 */
export function withIotCallBound<T>(
  max: number,
  refusal: () => Error,
  request: () => Promise<T>,
): Promise<T> {
  return inProgress.run({ made: 0, max, refusal }, request);
}

/**
 * Counts every attempt `client` sends, the SDK's retries of a throttled call
 * included (the middleware sits inside the retry loop), against the bound of
 * the request in progress.
 */
export function boundByRequest(client: IoTClient): IoTClient {
  client.middlewareStack.add(
    (next) => (args) => {
      const calls = inProgress.getStore();
      if (calls && ++calls.made > calls.max) return Promise.reject(calls.refusal());
      return next(args);
    },
    { step: 'finalizeRequest', priority: 'low', name: 'requestIotCallBound' },
  );
  return client;
}
