import { IoTClient } from '@aws-sdk/client-iot';
import { AdaptiveRetryStrategy, StandardRetryStrategy } from '@smithy/core/retry';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { RetryErrorInfo, RetryStrategyV2, RetryToken } from '@smithy/types';
import { omitAbsent } from './omitAbsent';

/**
 * Which failed attempts the SDK sends again.
 * - `throttlingAndTransient`: throttling, 5xx, timeouts and network errors (the SDK's standard
 *   set). Only for calls that change nothing, such as reads.
 * - `throttlingOnly`: throttling alone. For non-idempotent writes: a throttled request was
 *   refused before IoT acted on it, whereas after a 5xx, a timeout or a broken connection IoT may
 *   have applied it, and the same request sent again would be refused as a version conflict
 *   with the writer's own change.
 */
export type IotRetryScope = 'throttlingAndTransient' | 'throttlingOnly';

/** How an `IoTClient` of the gateway is built; every member has a default. */
export interface IotClientOptions {
  /** Defaults to the SDK's own resolution (`AWS_REGION`, then the shared config). */
  region?: string;
  /** Total attempts per call, first one included. */
  maxAttempts?: number;
  retryMode?: 'standard' | 'adaptive';
  /** Which failures are retried within `maxAttempts`; defaults to `throttlingAndTransient`. */
  retryScope?: IotRetryScope;
  /** How long to wait for a TCP/TLS connection before the attempt fails. */
  connectionTimeoutMs?: number;
  /** How long one attempt may take once connected before it fails. */
  requestTimeoutMs?: number;
  /**
   * The connections to IoT (from {@link createIotConnections}), shared by the clients given the
   * same; by default a client has its own. Ignores `connectionTimeoutMs` and `requestTimeoutMs`,
   * which the connections were made with.
   */
  connections?: NodeHttpHandler;
}

const DEFAULTS = {
  maxAttempts: 3,
  retryMode: 'standard',
  retryScope: 'throttlingAndTransient',
  // Bounded so that a hung connection becomes a retry, then UPSTREAM_UNAVAILABLE,
  // well inside a Lambda's timeout instead of the SDK's default of minutes.
  connectionTimeoutMs: 2_000,
  requestTimeoutMs: 5_000,
} as const satisfies IotClientOptions;

/**
 * The one place that constructs an `IoTClient`. The endpoint is the SDK's own
 * business: it reads `AWS_ENDPOINT_URL_IOT` (then `AWS_ENDPOINT_URL`), so the same
 * code reaches AWS, the local emulator or a test server. Retries are the SDK's,
 * bounded by `maxAttempts`, with its jittered backoff; `retryScope` narrows which
 * failures they cover. The SDK's Node handler keeps connections alive and reuses
 * them (`keepAlive: true`, 50 sockets) across calls and Lambda invocations.
 */
export function createIotClient(options: IotClientOptions = {}): IoTClient {
  const settings = { ...DEFAULTS, ...omitAbsent(options) };
  return new IoTClient(
    omitAbsent({
      region: settings.region,
      maxAttempts: settings.maxAttempts,
      retryMode: settings.retryMode,
      retryStrategy:
        settings.retryScope === 'throttlingOnly'
          ? new ThrottlingOnlyRetryStrategy(
              settings.retryMode === 'adaptive'
                ? new AdaptiveRetryStrategy(settings.maxAttempts)
                : new StandardRetryStrategy(settings.maxAttempts),
            )
          : undefined,
      requestHandler: settings.connections ?? createIotConnections(settings),
    }),
  );
}

/**
 * A pool of keep-alive connections to IoT for one or more clients: the gateway's reading and
 * writing clients share one, so a change's update goes out on the connection its describe
 * opened (in AWS, one TLS handshake instead of two on a cold start).
 */
export function createIotConnections(
  options: Pick<IotClientOptions, 'connectionTimeoutMs' | 'requestTimeoutMs'> = {},
): NodeHttpHandler {
  return new NodeHttpHandler({
    connectionTimeout: options.connectionTimeoutMs ?? DEFAULTS.connectionTimeoutMs,
    requestTimeout: options.requestTimeoutMs ?? DEFAULTS.requestTimeoutMs,
    // Without it the SDK only logs a warning when requestTimeout passes.
    throwOnRequestTimeout: true,
  });
}

/**
 * The SDK's own strategy (backoff, retry quota, attempt limit), asked only about
 * throttling. Refusing here makes the SDK throw the attempt's error as is. A
 * throttling-named error with a 5xx status is refused too: the server failed, so
 * it may have acted.
 */
class ThrottlingOnlyRetryStrategy implements RetryStrategyV2 {
  constructor(private readonly strategy: RetryStrategyV2) {}

  acquireInitialRetryToken(retryTokenScope: string): Promise<RetryToken> {
    return this.strategy.acquireInitialRetryToken(retryTokenScope);
  }

  refreshRetryTokenForRetry(token: RetryToken, errorInfo: RetryErrorInfo): Promise<RetryToken> {
    const status = errorInfo.error?.$metadata?.httpStatusCode ?? 0;
    if (errorInfo.errorType !== 'THROTTLING' || status >= 500) {
      // The SDK then throws the attempt's own error, not this one.
      return Promise.reject(new Error(`Only throttling is retried; this was ${errorInfo.errorType}.`));
    }
    return this.strategy.refreshRetryTokenForRetry(token, errorInfo);
  }

  recordSuccess(token: RetryToken): void {
    this.strategy.recordSuccess(token);
  }
}
