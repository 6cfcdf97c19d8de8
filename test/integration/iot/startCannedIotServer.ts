import { vi } from 'vitest';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the server received it. */
export interface RecordedRequest {
  method: string;
  /** Path and query string, as sent (percent-encoding kept). */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** What to answer; `undefined` from a responder means "never answer". */
export interface CannedResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

export interface CannedIotServer {
  url: string;
  requests: RecordedRequest[];
  /** How many TCP connections clients opened so far. */
  connectionCount(): number;
  /** Sets how every following request is answered. */
  respondWith(responder: (request: RecordedRequest) => CannedResponse | undefined): void;
  close(): Promise<void>;
}

/** A JSON answer as IoT sends it. */
export function jsonResponse(body: string, status = 200): CannedResponse {
  return { status, headers: { 'content-type': 'application/json' }, body };
}

/** An IoT error as the real service encodes it: type header with a trailing colon, lower-case `message`. */
export function errorResponse(status: number, errorType: string, message: string): CannedResponse {
  return {
    status,
    headers: { 'content-type': 'application/json', 'x-amzn-ErrorType': `${errorType}:` },
    body: JSON.stringify({ message }),
  };
}

/**
 * A loopback HTTP server that records each request and answers with canned
 * restJson1 responses: a stand-in for IoT's control plane, wire details only.
 */
export async function startCannedIotServer(): Promise<CannedIotServer> {
  const requests: RecordedRequest[] = [];
  let connections = 0;
  let responder: (request: RecordedRequest) => CannedResponse | undefined = () => ({ status: 500 });
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const recorded = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(recorded);
      const answer = responder(recorded);
      if (answer) res.writeHead(answer.status, answer.headers).end(answer.body);
    });
  });
  server.on('connection', () => (connections += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    connectionCount: () => connections,
    respondWith: (next) => (responder = next),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Points the SDK at `url` through its own standard variables, with dummy credentials (undone by vi.unstubAllEnvs). */
export function stubSdkEnvironment(url: string): void {
  vi.stubEnv('AWS_ENDPOINT_URL_IOT', url);
  vi.stubEnv('AWS_REGION', 'us-east-1');
  vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDLOCAL');
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'local-secret');
}
