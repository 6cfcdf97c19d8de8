import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** A running fake of SSM Parameter Store. */
export interface FakeSsm {
  /** What `AWS_ENDPOINT_URL_SSM` should say. */
  url: string;
  close(): Promise<void>;
}

/**
 * Just enough of SSM's JSON 1.1 protocol for the gateway's team policy: `GetParameter` of the
 * given parameters, answered after `delayMs()`, so the benchmark runs the deployed
 * configuration (`TEAM_POLICY_PARAMETER`), whose first request waits for SSM.
 */
export async function startFakeSsm(options: {
  parameters: Record<string, string>;
  delayMs: () => number;
}): Promise<FakeSsm> {
  const server = createServer((req, res) => {
    void answer(req, res, options);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function answer(
  req: IncomingMessage,
  res: ServerResponse,
  options: { parameters: Record<string, string>; delayMs: () => number },
): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const delay = options.delayMs();
  if (delay > 0) await sleep(delay);
  const send = (status: number, body: unknown) =>
    res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify(body));
  const target = String(req.headers['x-amz-target']);
  if (target !== 'AmazonSSM.GetParameter') {
    send(400, {
      __type: 'UnknownOperationException',
      message: `${target} is not faked`,
    });
    return;
  }
  const { Name } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { Name: string };
  const value = options.parameters[Name];
  if (value === undefined) {
    send(400, { __type: 'ParameterNotFound', message: `${Name} not found` });
    return;
  }
  send(200, { Parameter: { Name, Type: 'String', Value: value, Version: 1, DataType: 'text' } });
}
