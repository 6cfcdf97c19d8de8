import type { RetryErrorInfo, RetryStrategyV2 } from '@smithy/types';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIotClient } from '../../../src/adapters/iot/createIotClient';

async function retryStrategyOf(
  retryScope: 'throttlingAndTransient' | 'throttlingOnly',
): Promise<RetryStrategyV2> {
  const client = createIotClient({ region: 'us-east-1', retryScope });
  return (await client.config.retryStrategy()) as RetryStrategyV2;
}

/** Whether the strategy grants a first retry after an error of this kind. */
async function retries(strategy: RetryStrategyV2, errorInfo: RetryErrorInfo): Promise<boolean> {
  const token = await strategy.acquireInitialRetryToken('');
  const granted = strategy.refreshRetryTokenForRetry(token, errorInfo).then(
    () => true,
    () => false,
  );
  await vi.runAllTimersAsync(); // the granted retry's backoff
  return granted;
}

const serverFault = (status: number) => ({
  name: 'InternalFailureException',
  message: '',
  $metadata: { httpStatusCode: status },
});

describe('createIotClient retryScope', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const throttled = { name: 'ThrottlingException', message: '', $metadata: { httpStatusCode: 400 } };
  const throttledBy5xx = { name: 'SlowDown', message: '', $metadata: { httpStatusCode: 503 } };

  it.each<[string, boolean, RetryErrorInfo]>([
    ['a THROTTLING error', true, { errorType: 'THROTTLING', error: throttled }],
    ['a TRANSIENT error (5xx, timeout, network)', false, { errorType: 'TRANSIENT', error: serverFault(500) }],
    ['a SERVER_ERROR', false, { errorType: 'SERVER_ERROR', error: serverFault(501) }],
    ['a CLIENT_ERROR', false, { errorType: 'CLIENT_ERROR' }],
    ['a THROTTLING error with a 5xx status', false, { errorType: 'THROTTLING', error: throttledBy5xx }],
  ])('throttlingOnly: after %s, grants a retry: %s', async (_what, expected, errorInfo) => {
    vi.useFakeTimers();
    const strategy = await retryStrategyOf('throttlingOnly');

    const granted = await retries(strategy, errorInfo);

    expect(granted).toBe(expected);
  });

  it('throttlingAndTransient (the default) retries a transient failure', async () => {
    vi.useFakeTimers();
    const strategy = await retryStrategyOf('throttlingAndTransient');

    const granted = await retries(strategy, { errorType: 'TRANSIENT', error: serverFault(500) });

    expect(granted).toBe(true);
  });

  it('throttlingOnly keeps maxAttempts: no retry once the attempts are spent', async () => {
    vi.useFakeTimers();
    const client = createIotClient({ region: 'us-east-1', retryScope: 'throttlingOnly', maxAttempts: 1 });
    const strategy = (await client.config.retryStrategy()) as RetryStrategyV2;

    const granted = await retries(strategy, { errorType: 'THROTTLING' });

    expect(granted).toBe(false);
    expect(await client.config.maxAttempts()).toBe(1);
  });
});
