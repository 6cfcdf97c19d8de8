import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { Sha256Node } from '@smithy/core/checksum';
import { HttpRequest } from '@smithy/core/transport';
import { SignatureV4 } from '@smithy/signature-v4';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createSsmParameterReader,
  SsmReadError,
} from '../../../src/adapters/policy/createSsmParameterReader';

const CREDENTIALS = {
  accessKeyId: 'ASIATESTTESTTEST',
  secretAccessKey: 'test-secret',
  sessionToken: 'test-token',
};

interface Received {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

// SSM on loopback: records each request and answers the next scripted reply (the last repeats).
let received: Received[] = [];
let replies: Array<{ status: number; body: unknown }> = [];
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    received.push({
      method: req.method!,
      path: req.url!,
      headers: req.headers,
      body: Buffer.concat(chunks).toString(),
    });
    const reply = replies[Math.min(received.length, replies.length) - 1]!;
    res
      .writeHead(reply.status, { 'content-type': 'application/x-amz-json-1.1' })
      .end(JSON.stringify(reply.body));
  });
});
let endpoint: string;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  received = [];
  replies = [{ status: 200, body: { Parameter: { Name: '/p', Type: 'SecureString', Value: '{"ok":1}' } } }];
});

const reader = () =>
  createSsmParameterReader({
    region: 'eu-west-1',
    endpoint,
    credentials: () => Promise.resolve(CREDENTIALS),
  });

describe('createSsmParameterReader', () => {
  it('asks for the decrypted parameter as the SDK client does, and returns its value', async () => {
    const sdk = new SSMClient({ region: 'eu-west-1', endpoint, credentials: CREDENTIALS });
    await sdk.send(new GetParameterCommand({ Name: '/gateway/team-policy', WithDecryption: true }));
    sdk.destroy();

    const value = await reader()('/gateway/team-policy');

    expect(value).toBe('{"ok":1}');
    const [fromSdk, ours] = received as [Received, Received];
    expect(ours.method).toBe(fromSdk.method);
    expect(ours.path).toBe(fromSdk.path);
    expect(JSON.parse(ours.body)).toEqual(JSON.parse(fromSdk.body));
    for (const header of ['content-type', 'x-amz-target', 'x-amz-security-token', 'host']) {
      expect(ours.headers[header]).toBe(fromSdk.headers[header]);
    }
    const scope = (headers: IncomingHttpHeaders) =>
      /Credential=([^,]+)/.exec(headers.authorization ?? '')?.[1];
    expect(scope(ours.headers)).toBe(scope(fromSdk.headers));
  });

  it('signs what it sends: the signature verifies over the headers and body that arrived', async () => {
    await reader()('/gateway/team-policy');

    const [request] = received as [Received];
    const signedHeaders = /SignedHeaders=([^,]+)/.exec(request.headers.authorization!)![1]!.split(';');
    expect(signedHeaders).toEqual(
      expect.arrayContaining(['host', 'x-amz-date', 'x-amz-target', 'x-amz-security-token']),
    );
    const [hostname, port] = request.headers.host!.split(':');
    const again = await new SignatureV4({
      service: 'ssm',
      region: 'eu-west-1',
      credentials: CREDENTIALS,
      sha256: Sha256Node,
    }).sign(
      new HttpRequest({
        protocol: 'http:',
        hostname: hostname!,
        port: Number(port),
        method: request.method,
        path: request.path,
        headers: Object.fromEntries(signedHeaders.map((name) => [name, String(request.headers[name])])),
        body: request.body,
      }),
      { signingDate: new Date(Date.UTC(...amzDate(String(request.headers['x-amz-date'])))) },
    );
    expect(again.headers.authorization).toBe(request.headers.authorization);
  });

  it("fails at once, with SSM's error code, when the parameter does not exist", async () => {
    replies = [{ status: 400, body: { __type: 'ParameterNotFound', message: '/missing not found' } }];

    const result = reader()('/missing');

    await expect(result).rejects.toThrow(SsmReadError);
    await expect(result).rejects.toMatchObject({ code: 'ParameterNotFound', statusCode: 400 });
    expect(received).toHaveLength(1);
  });

  it('retries throttling and server errors, three attempts in all', async () => {
    replies = [
      { status: 400, body: { __type: 'com.amazonaws.ssm#ThrottlingException', message: 'Rate exceeded' } },
      { status: 500, body: { __type: 'InternalServerError' } },
      { status: 200, body: { Parameter: { Value: 'third time' } } },
    ];

    expect(await reader()('/p')).toBe('third time');
    expect(received).toHaveLength(3);
  });

  it('gives up after three failed attempts, with the last error', async () => {
    replies = [{ status: 503, body: { __type: 'ServiceUnavailable', message: 'down' } }];

    await expect(reader()('/p')).rejects.toMatchObject({ code: 'ServiceUnavailable', statusCode: 503 });
    expect(received).toHaveLength(3);
  });
});

// x-amz-date (20260101T000000Z) → Date.UTC's arguments.
function amzDate(text: string): [number, number, number, number, number, number] {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text)!;
  return [Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])];
}
