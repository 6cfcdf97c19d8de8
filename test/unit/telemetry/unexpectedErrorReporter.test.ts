import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { Context } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeUnexpectedErrorReporter } from '../../../src/adapters/telemetry/makeUnexpectedErrorReporter';
import { UpstreamUnavailableError } from '../../../src/domain/errors';
import { captureLogLines } from '../../support/captureLogLines';

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

  it('logs IoT’s failure at WARN with the cause the client is not told, never as unexpected', () => {
    vi.stubEnv('POWERTOOLS_DEV', '');
    const lines = captureLogLines();
    const logger = new Logger({ serviceName: 'test', logLevel: 'INFO' });
    const cause = Object.assign(new Error('connect ECONNREFUSED 10.0.3.7:443'), { code: 'ECONNREFUSED' });
    const error = new UpstreamUnavailableError('AWS IoT could not be reached', { cause });

    makeUnexpectedErrorReporter(logger, new Metrics({ serviceName: 'test', namespace: 'Test' }))(error);

    expect(lines.filter((line) => line.level === 'ERROR')).toEqual([]);
    const warned = lines.filter((line) => line.level === 'WARN');
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatchObject({
      message: 'answered UPSTREAM_UNAVAILABLE; the cause, which the client is not told',
      error: { cause: { message: 'connect ECONNREFUSED 10.0.3.7:443' } },
    });
  });
});
