import type { Logger } from '@aws-lambda-powertools/logger';
import { MetricUnit, type Metrics } from '@aws-lambda-powertools/metrics';
import { GatewayError } from '../../domain/errors';

/**
 * Reports an error the gateway did not expect, before the client is told only
 * INTERNAL_SERVER_ERROR; and a gateway error whose cause the client is not
 * told (IoT unreachable: UPSTREAM_UNAVAILABLE).
 */
export type UnexpectedErrorReporter = (error: unknown) => void;

/**
 * One ERROR log line per unexpected error: Powertools writes the error with its
 * `cause` chain, and every line of the invocation carries the Lambda request id
 * and API Gateway's (the correlation id), so an operator finds the request the
 * client saw masked. The `UnexpectedErrors` metric lets an alarm watch for them
 * (`UpstreamFailures` for IoT's failures, logged at WARN).
 */
export function makeUnexpectedErrorReporter(logger: Logger, metrics: Metrics): UnexpectedErrorReporter {
  return (error) => {
    if (error instanceof GatewayError) {
      // Expected, and answered with its code; WARN, with the cause chain the client did not see.
      logger.warn(`answered ${error.code}; the cause, which the client is not told`, error);
      metrics.addMetric('UpstreamFailures', MetricUnit.Count, 1);
      return;
    }
    const reported = error instanceof Error ? error : new Error(`Non-error thrown: ${String(error)}`);
    logger.error('unexpected error, answered as INTERNAL_SERVER_ERROR', reported);
    metrics.addMetric('UnexpectedErrors', MetricUnit.Count, 1);
  };
}
