import { IoTClient } from '@aws-sdk/client-iot';
import { omitAbsent } from './omitAbsent';

/** How the gateway's one IoT client is built; every member has a default. */
export interface IotClientOptions {
  /** Defaults to the SDK's own resolution (`AWS_REGION`, then the shared config). */
  region?: string;
  /** Total attempts per call, first one included; the SDK retries throttling, 5xx and network errors. */
  maxAttempts?: number;
  retryMode?: 'standard' | 'adaptive';
  /** How long to wait for a TCP/TLS connection before the attempt fails. */
  connectionTimeoutMs?: number;
  /** How long one attempt may take once connected before it fails. */
  requestTimeoutMs?: number;
}

const DEFAULTS = {
  maxAttempts: 3,
  retryMode: 'standard',
  // Bounded so that a hung connection becomes a retry, then UPSTREAM_UNAVAILABLE,
  // well inside a Lambda's timeout instead of the SDK's default of minutes.
  connectionTimeoutMs: 2_000,
  requestTimeoutMs: 5_000,
} as const satisfies IotClientOptions;

/**
 * The one place that constructs an `IoTClient`. The endpoint is the SDK's own
 * business: it reads `AWS_ENDPOINT_URL_IOT` (then `AWS_ENDPOINT_URL`), so the same
 * code reaches AWS, the local emulator or a test server. Retries of throttling,
 * 5xx and network errors are the SDK's, bounded by `maxAttempts`, with its jittered
 * backoff. The SDK's Node handler keeps connections alive and reuses them
 * (`keepAlive: true`, 50 sockets) across calls and Lambda invocations.
 */
export function createIotClient(options: IotClientOptions = {}): IoTClient {
  const settings = { ...DEFAULTS, ...omitAbsent(options) };
  return new IoTClient(
    omitAbsent({
      region: settings.region,
      maxAttempts: settings.maxAttempts,
      retryMode: settings.retryMode,
      requestHandler: {
        connectionTimeout: settings.connectionTimeoutMs,
        requestTimeout: settings.requestTimeoutMs,
        // Without it the SDK only logs a warning when requestTimeout passes.
        throwOnRequestTimeout: true,
      },
    }),
  );
}
