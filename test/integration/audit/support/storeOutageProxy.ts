import { startForwardingProxy } from '../../../support/forwardingProxy';

/** What the store behind the proxy does: answer, be gone (connections reset), or hang (requests held). */
export type StoreState = 'up' | 'killed' | 'paused';

/** A running outage proxy. */
export interface StoreOutageProxy {
  /** The endpoint to give the gateway instead of the store's. */
  url: string;
  /**
   * `killed` resets every open connection and every new one, as a store that
   * died; `paused` holds each request until the state changes, then carries it
   * out even if its client gave up, as a stopped process that is resumed.
   */
  set(state: StoreState): void;
  close(): Promise<void>;
}

/**
 * A proxy on loopback in front of dynalite, which can be neither killed nor
 * paused on its own without losing its in-memory tables.
 */
export async function startStoreOutageProxy(targetUrl: string): Promise<StoreOutageProxy> {
  let state: StoreState = 'up';
  let resumed = Promise.withResolvers<void>();
  // A function, so the check after the wait reads the state as it is then.
  const current = (): StoreState => state;
  const proxy = await startForwardingProxy({
    target: targetUrl,
    admit: async () => {
      while (current() === 'paused') await resumed.promise;
      return current() === 'up';
    },
  });
  return {
    url: proxy.url,
    set(next) {
      state = next;
      if (next === 'killed') proxy.dropConnections();
      if (next !== 'paused') {
        resumed.resolve();
        resumed = Promise.withResolvers<void>();
      }
    },
    close: () => {
      state = 'killed';
      resumed.resolve();
      return proxy.close();
    },
  };
}
