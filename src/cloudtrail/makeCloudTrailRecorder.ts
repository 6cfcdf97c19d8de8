import { readCloudTrailEvent } from '../adapters/cloudtrail/readCloudTrailEvent';
import type { RequestMeta } from '../domain/auditEvent';
import { createAuditAdapters } from '../reconcile/createAuditAdapters';
import type { CloudTrailOutcome } from '../service/drift/driftDependencies';
import { recordIotApiCall } from '../service/drift/recordIotApiCall';
import type { Telemetry } from '../service/telemetry';
import type { CloudTrailConfig } from './loadCloudTrailConfig';

/**
 * The composition root of the CloudTrail handler, shared by the deployed
 * function (EventBridge) and the local stack (the emulator's records):
 * builds the adapters once and returns what one delivered event does to the
 * trail. An event that is not a CloudTrail record of IoT is ignored.
 */
export function makeCloudTrailRecorder(
  config: CloudTrailConfig,
  telemetry: Pick<Telemetry, 'driftFound' | 'driftDeferred' | 'driftCheckFailed'>,
): (event: unknown, request: RequestMeta) => Promise<CloudTrailOutcome> {
  const adapters = createAuditAdapters(config);
  const deps = {
    ...adapters,
    telemetry,
    gatewayPrincipals: config.gatewayPrincipals,
    ownerTagKey: config.ownerTagKey,
  };
  return async (event, request) => {
    const call = readCloudTrailEvent(event);
    if (!call) return { kind: 'ignored', reason: 'not a CloudTrail record of an IoT call' };
    return recordIotApiCall(deps, call, request);
  };
}
