import { Agent, createServer, request, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running forwarding proxy. */
export interface ForwardingProxy {
  /** e.g. `http://127.0.0.1:41234`: the endpoint to give the SDK instead of the target's. */
  url: string;
  /** Resets every open connection. */
  dropConnections(): void;
  close(): Promise<void>;
}

/**
 * An HTTP proxy on loopback that reads each request whole, asks `admit`
 * (which may wait) whether to forward it to `target` over kept-alive
 * connections, and streams the answer back; a request not admitted has its
 * connection reset. Requests are forwarded byte for byte, Host header
 * included, so SigV4 signatures stay valid.
 */
export async function startForwardingProxy(options: {
  target: string;
  admit: (request: IncomingMessage) => Promise<boolean>;
}): Promise<ForwardingProxy> {
  const target = new URL(options.target);
  const agent = new Agent({ keepAlive: true });
  const server = createServer((req, res) => {
    void (async () => {
      const body = await readAll(req);
      if (!(await options.admit(req))) {
        req.socket.destroy();
        return;
      }
      const upstream = request(
        {
          host: target.hostname,
          port: target.port,
          path: req.url,
          method: req.method,
          headers: req.headers,
          agent,
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => res.writeHead(502).end());
      upstream.end(body);
    })();
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    dropConnections: () => server.closeAllConnections(),
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
        agent.destroy();
      }),
  };
}

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
