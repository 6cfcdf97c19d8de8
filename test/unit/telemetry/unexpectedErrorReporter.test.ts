import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { Context } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeUnexpectedErrorReporter } from '../../../src/adapters/telemetry/makeUnexpectedErrorReporter';

/** What Powertools printed on either stream, one parsed JSON object per line. */
function captureLogLines() {
  const lines: Record<string, unknown>[] = [];
  const capture = (chunk: string | Uint8Array) => {
    for (const line of String(chunk).split('\n').filter(Boolean))
      lines.push(JSON.parse(line) as Record<string, unknown>);
    return true;
  };
  vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  vi.spyOn(process.stderr, 'write').mockImplementation(capture);
  return lines;
}

describe('the unexpected-error reporter', () => {
  afterEach(() => vi.restoreAllMocks());

  it('logs the error once at ERROR with its cause chain and both request ids', () => {
    vi.stubEnv('POWERTOOLS_DEV', '');
    const lines = captureLogLines();
    const logger = new Logger({ serviceName: 'test', logLevel: 'INFO' });
    logger.addContext({ awsRequestId: 'lambda-request-7', functionName: 'gw' } as Context);
    logger.setCorrelationId('api-request-7');
    const metrics = new Metrics({ serviceName: 'test', namespace: 'Test' });
    const error = new Error('could not read the policy', { cause: new Error('socket hang up') });

    makeUnexpectedErrorReporter(logger, metrics)(error);

    const errors = lines.filter((line) => line.level === 'ERROR');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      correlation_id: 'api-request-7',
      function_request_id: 'lambda-request-7',
      error: { message: 'could not read the policy', cause: { message: 'socket hang up' } },
    });
  });

  it('logs a thrown non-error value too, naming it', () => {
    vi.stubEnv('POWERTOOLS_DEV', '');
    const lines = captureLogLines();
    const logger = new Logger({ serviceName: 'test', logLevel: 'INFO' });

    makeUnexpectedErrorReporter(logger, new Metrics({ serviceName: 'test', namespace: 'Test' }))('boom');

    const logged = lines.find((line) => line.level === 'ERROR')?.error as { message?: string } | undefined;
    expect(logged?.message).toContain('boom');
  });
});
