import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { createPowertoolsTelemetry } from '../adapters/telemetry/createPowertoolsTelemetry';
import { loadCloudTrailConfig } from '../cloudtrail/loadCloudTrailConfig';
import { makeCloudTrailRecorder } from '../cloudtrail/makeCloudTrailRecorder';
import type { Env } from '../envVariables';
import { makeAuditReconciler } from '../reconcile/makeAuditReconciler';

/**
 * The audit's own functions for the local stack, built from the same
 * environment as the gateway: the CloudTrail handler (fed by the emulator's
 * records) and the scheduled job (run at start, and on demand).
 */
export function startLocalAudit(env: Env) {
  const config = loadCloudTrailConfig(env);
  const logger = new Logger({ serviceName: 'security-profile-gateway' });
  const telemetry = createPowertoolsTelemetry(
    logger,
    new Metrics({ serviceName: 'security-profile-gateway' }),
  );
  const record = makeCloudTrailRecorder(config, telemetry);
  const job = makeAuditReconciler(config, { telemetry });
  return {
    recordCloudTrail: (event: unknown) =>
      record(event, { apiRequestId: 'cloudtrail', lambdaRequestId: 'local' }),
    runJob: () => job({ apiRequestId: 'audit-job', lambdaRequestId: 'local' }),
  };
}
