import type { Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';

/** A running in-memory dynalite. */
export interface RunningDynalite {
  /** e.g. `http://127.0.0.1:4567`: what `AWS_ENDPOINT_URL_DYNAMODB` should say. */
  endpoint: string;
  close(): Promise<void>;
}

/**
 * Starts dynalite (an independent DynamoDB implementation) in memory on
 * loopback. Port 0 picks a free port (tests); `npm start` uses `DYNAMODB_PORT`.
 */
export async function startDynalite(
  options: { port?: number; host?: string } = {},
): Promise<RunningDynalite> {
  const host = options.host ?? '127.0.0.1';
  // Tables become ACTIVE at once: nothing locally needs to watch them being created.
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let inFlight = 0;
  server.on('request', (_request, response: ServerResponse) => {
    inFlight += 1;
    response.once('close', () => (inFlight -= 1));
  });
  return {
    endpoint: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Closing twice is harmless: tests stop the store mid-run to prove the gateway fails closed.
        if (!server.listening) return resolve();
        server.close((error) => (error ? reject(error) : resolve()));
        closeConnectionsOnceAnswered(server, () => inFlight, Date.now() + CLOSE_GRACE_MS);
      }),
  };
}

/** How long a closing store waits for the requests in flight before it cuts them off. */
const CLOSE_GRACE_MS = 2_000;

/**
 * The SDK keeps connections alive, and close waits for them: idle ones go at once, busy ones once
 * answered. Cutting a request off mid-way would let its write reach a database dynalite has closed,
 * which dynalite reports as an unhandled rejection.
 */
function closeConnectionsOnceAnswered(server: Server, inFlight: () => number, deadline: number): void {
  server.closeIdleConnections();
  if (inFlight() === 0 || Date.now() >= deadline) return server.closeAllConnections();
  setTimeout(() => closeConnectionsOnceAnswered(server, inFlight, deadline), 5).unref();
}
