import { setTimeout as sleep } from 'node:timers/promises';
import { startForwardingProxy } from '../../support/forwardingProxy';

/** A running delaying proxy. */
export interface DelayProxy {
  /** e.g. `http://127.0.0.1:41234`: the endpoint to give the SDK instead of the target's. */
  url: string;
  close(): Promise<void>;
}

/**
 * An HTTP proxy on loopback that holds each request for `delayMs()` before forwarding it to
 * `target` and streams the answer back: the same fixed latency per call the IoT emulator
 * injects, for a store (dynalite) that has no latency setting.
 */
export async function startDelayProxy(options: {
  target: string;
  delayMs: () => number;
  /** Told the operation of every request (`PutItem`, from DynamoDB's `X-Amz-Target`). */
  onRequest?: (operation: string) => void;
}): Promise<DelayProxy> {
  const proxy = await startForwardingProxy({
    target: options.target,
    admit: async (request) => {
      const target = request.headers['x-amz-target'];
      options.onRequest?.(typeof target === 'string' ? target.replace(/^.*\./, '') : 'unknown');
      const delay = options.delayMs();
      if (delay > 0) await sleep(delay);
      return true;
    },
  });
  return { url: proxy.url, close: () => proxy.close() };
}
