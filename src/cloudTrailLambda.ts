import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { Context } from 'aws-lambda';
import { createPowertoolsTelemetry } from './adapters/telemetry/createPowertoolsTelemetry';
import { loadCloudTrailConfig } from './cloudtrail/loadCloudTrailConfig';
import { makeCloudTrailRecorder } from './cloudtrail/makeCloudTrailRecorder';
import type { CloudTrailOutcome } from './service/drift/driftDependencies';

// Built once per cold start.
const logger = new Logger({ serviceName: 'security-profile-gateway' });
const metrics = new Metrics({ serviceName: 'security-profile-gateway', namespace: 'SecurityProfileGateway' });
const record = makeCloudTrailRecorder(
  loadCloudTrailConfig(process.env),
  createPowertoolsTelemetry(logger, metrics),
);

/**
 * EventBridge entry: one CloudTrail record of an IoT call on a security
 * profile ("AWS API Call via CloudTrail"). A call of the gateway becomes
 * evidence for the reconciler; a change made outside it an
 * `OUT_OF_BAND_CHANGE` with who made it. A failure throws, so EventBridge
 * retries the delivery (the records are idempotent).
 */
export async function handler(
  event: unknown,
  context?: Pick<Context, 'awsRequestId'>,
): Promise<CloudTrailOutcome> {
  const outcome = await record(event, {
    apiRequestId: 'cloudtrail',
    lambdaRequestId: context?.awsRequestId ?? 'local',
  });
  logger.info('CloudTrail record', {
    outcome: outcome.kind,
    ...('reason' in outcome && { reason: outcome.reason }),
  });
  if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
  return outcome;
}
