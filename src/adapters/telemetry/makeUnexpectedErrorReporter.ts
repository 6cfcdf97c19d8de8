import type { Logger } from '@aws-lambda-powertools/logger';
import { MetricUnit, type Metrics } from '@aws-lambda-powertools/metrics';

/** Reports an error the gateway did not expect, before the client is told only INTERNAL_SERVER_ERROR. */
export type UnexpectedErrorReporter = (error: unknown) => void;

/**
 * One ERROR log line per unexpected error: Powertools writes the error with its
 * `cause` chain, and every line of the invocation carries the Lambda request id
 * and API Gateway's (the correlation id), so an operator finds the request the
 * client saw masked. The `UnexpectedErrors` metric lets an alarm watch for them.
 */
export function makeUnexpectedErrorReporter(logger: Logger, metrics: Metrics): UnexpectedErrorReporter {
  return (error) => {
    const reported = error instanceof Error ? error : new Error(`Non-error thrown: ${String(error)}`);
    logger.error('unexpected error, answered as INTERNAL_SERVER_ERROR', reported);
    metrics.addMetric('UnexpectedErrors', MetricUnit.Count, 1);
  };
}
