import { partition } from '@aws-sdk/core/client';
import { defaultProvider } from '@aws-sdk/credential-provider-node';
import { Sha256Node } from '@smithy/core/checksum';
import { HttpRequest } from '@smithy/core/transport';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { SignatureV4 } from '@smithy/signature-v4';
import type { AwsCredentialIdentityProvider } from '@smithy/types';

/** Reads one SSM parameter, decrypted; resolves `undefined` for a parameter without a value. */
export type ParameterReader = (name: string) => Promise<string | undefined>;

/** How the reader reaches SSM; every member has a default. */
export interface SsmParameterReaderOptions {
  /** Defaults to `AWS_REGION`, then `AWS_DEFAULT_REGION`. */
  region?: string;
  /** Defaults to `AWS_ENDPOINT_URL_SSM`, then `AWS_ENDPOINT_URL`, then SSM's regional endpoint. */
  endpoint?: string;
  /** Defaults to the SDK's default chain (in Lambda: the function role's keys in the environment). */
  credentials?: AwsCredentialIdentityProvider;
  /** Total attempts of one read, first one included. */
  maxAttempts?: number;
  /** Environment the defaults are read from (a plain object in tests). */
  env?: Record<string, string | undefined>;
}

/** SSM refused or failed a read; `code` is SSM's error type (e.g. `ParameterNotFound`). */
export class SsmReadError extends Error {
  override name = 'SsmReadError';
  constructor(
    message: string,
    readonly code: string,
    readonly statusCode: number | undefined,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

const TARGET = 'AmazonSSM.GetParameter';
const CONTENT_TYPE = 'application/x-amz-json-1.1';
const BACKOFF_BASE_MS = 100;

/**
 * GetParameter as one signed request (SigV4, JSON 1.1), made with the SDK pieces the other
 * clients already bundle: signer, SHA-256, credential chain and HTTP handler. The gateway reads
 * one parameter; the whole SSM client (~80 KiB of a ~1 MiB bundle) cost the cold start its
 * compile and construction for that. Like the SDK's standard mode, it makes up to three
 * attempts, retrying throttling, 5xx and network failures with jittered backoff; connections
 * and answers are bounded so a hung SSM fails the read instead of the invocation.
 */
export function createSsmParameterReader(options: SsmParameterReaderOptions = {}): ParameterReader {
  const env = options.env ?? process.env;
  // Lambda always sets AWS_REGION; without one, every read fails (and the policy with it).
  const region = options.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? '';
  const endpoint = new URL(
    options.endpoint ??
      env.AWS_ENDPOINT_URL_SSM ??
      env.AWS_ENDPOINT_URL ??
      `https://ssm.${region || 'us-east-1'}.${partition(region).dnsSuffix}`,
  );
  const signer = new SignatureV4({
    service: 'ssm',
    region,
    credentials: options.credentials ?? defaultProvider(),
    sha256: Sha256Node,
  });
  const http = new NodeHttpHandler({
    connectionTimeout: 1_000,
    requestTimeout: 3_000,
    throwOnRequestTimeout: true,
  });
  const maxAttempts = options.maxAttempts ?? 3;

  const attempt = async (name: string): Promise<string | undefined> => {
    if (!region)
      throw new SsmReadError('No region to read SSM in: set AWS_REGION.', 'MissingRegion', undefined);
    const body = JSON.stringify({ Name: name, WithDecryption: true });
    const request = new HttpRequest({
      protocol: endpoint.protocol,
      hostname: endpoint.hostname,
      ...(endpoint.port && { port: Number(endpoint.port) }),
      method: 'POST',
      path: endpoint.pathname,
      headers: {
        host: endpoint.host,
        'content-type': CONTENT_TYPE,
        'content-length': String(Buffer.byteLength(body)),
        'x-amz-target': TARGET,
      },
      body,
    });
    const { response } = await http.handle((await signer.sign(request)) as HttpRequest);
    const text = await readBody(response.body as AsyncIterable<Uint8Array> | undefined);
    if (response.statusCode >= 200 && response.statusCode < 300) {
      return (JSON.parse(text) as { Parameter?: { Value?: string } }).Parameter?.Value;
    }
    throw errorOf(response.statusCode, response.headers, text);
  };

  return async (name) => {
    for (let n = 1; ; n++) {
      try {
        return await attempt(name);
      } catch (error) {
        if (n >= maxAttempts || !isRetryable(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * BACKOFF_BASE_MS * 2 ** (n - 1)));
      }
    }
  };
}

async function readBody(body: AsyncIterable<Uint8Array> | undefined): Promise<string> {
  if (!body) return '';
  const chunks: Uint8Array[] = [];
  for await (const chunk of body) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

// JSON 1.1 names the error in `__type` (maybe namespaced, `ns#Name`) or in x-amzn-errortype (`Name:uri`).
function errorOf(statusCode: number, headers: Record<string, string>, text: string): SsmReadError {
  let parsed: { __type?: string; message?: string; Message?: string } = {};
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    // Not JSON (a proxy's HTML page, say): the status says enough.
  }
  const type = headers['x-amzn-errortype']?.split(':')[0] ?? parsed.__type ?? `HTTP ${statusCode}`;
  const code = type.slice(type.lastIndexOf('#') + 1);
  const message = parsed.message ?? parsed.Message ?? text.slice(0, 200);
  return new SsmReadError(
    `SSM GetParameter failed: ${code}${message ? `: ${message}` : ''}`,
    code,
    statusCode,
  );
}

function isRetryable(error: unknown): boolean {
  if (!(error instanceof SsmReadError)) return true; // network, timeout
  if (error.statusCode === undefined) return false;
  return (error.statusCode ?? 0) >= 500 || /Throttl|TooManyRequests|RequestLimitExceeded/.test(error.code);
}
