import type { RequestMeta } from '../../domain/auditEvent';
import {
  attributionOf,
  gatewayEventIdOf,
  isGatewayIdentity,
  profileNameOf,
  type IotApiCall,
} from '../../domain/drift/iotApiCall';
import type { ObservationContext } from '../../domain/drift/observations';
import { incarnationOf } from '../../domain/incarnation';
import {
  CLAIMS_READ,
  loadIfAny,
  type CloudTrailDependencies,
  type CloudTrailOutcome,
} from './driftDependencies';
import { ATTRIBUTION_TOLERANCE_MS, recordDrift } from './recordDrift';
import { recordOutOfBandAction } from './recordOutOfBandAction';

/**
 * One CloudTrail record of an IoT call on a security profile:
 * - a call of the gateway (its identity, and its audit event's id in the
 *   User-Agent) is kept as evidence for the reconciler, never recorded again;
 * - a call that failed changed nothing: ignored;
 * - an update or a create made outside the gateway is recorded as drift
 *   (`recordDrift`) with who made it; when a call's load or the scan recorded
 *   it first, who made it is added to that event;
 * - a delete, a tag change or an attachment made outside gives no version:
 *   it is recorded as an `OUT_OF_BAND_CHANGE` of its own, once per record.
 */
export async function recordIotApiCall(
  deps: CloudTrailDependencies,
  call: IotApiCall,
  request: RequestMeta,
): Promise<CloudTrailOutcome> {
  const auditEventId = gatewayEventIdOf(call, deps.gatewayPrincipals);
  if (auditEventId !== undefined) {
    await deps.calls.record({
      auditEventId,
      cloudTrailEventId: call.eventID,
      eventName: call.eventName,
      eventTime: call.eventTime,
      ...(call.errorCode !== undefined && { errorCode: call.errorCode }),
      ...expectedVersionOf(call),
    });
    return { kind: 'gateway-call', auditEventId };
  }
  if (isGatewayIdentity(call, deps.gatewayPrincipals)) {
    return { kind: 'ignored', reason: 'a call of the gateway that names no audit event' };
  }
  if (call.errorCode !== undefined) return { kind: 'ignored', reason: `it failed (${call.errorCode})` };
  const name = profileNameOf(call);
  if (name === undefined) return { kind: 'ignored', reason: 'not about a security profile' };
  const context: ObservationContext = {
    detectedBy: 'CLOUDTRAIL',
    detectedAt: deps.clock.now(),
    request,
    attribution: attributionOf(call),
    input: call.requestParameters,
  };
  switch (call.eventName) {
    case 'CreateSecurityProfile':
    case 'UpdateSecurityProfile':
      return recordVersionedChange(deps, name, call, context);
    default:
      return recordOutOfBandAction(deps, name, call, context);
  }
}

/** An update or create: drift against the ledger, or the attribution of drift already recorded. */
async function recordVersionedChange(
  deps: CloudTrailDependencies,
  name: string,
  call: IotApiCall,
  context: ObservationContext,
): Promise<CloudTrailOutcome> {
  const observed = await loadIfAny(deps, name);
  if (!observed) return { kind: 'ignored', reason: 'the profile no longer exists' };
  const creation = call.eventName === 'CreateSecurityProfile';
  if (creation && !createdAt(observed.profile.creationDate, call.eventTime)) {
    return { kind: 'ignored', reason: 'the profile was created again since' };
  }
  const result = await recordDrift(deps, observed, {
    ...context,
    ...(creation && { created: { ownerTeam: tagValue(call.requestParameters.tags, deps.ownerTagKey) } }),
  });
  if (result.kind === 'deferred') throw new DriftDeferredError(name, result.pending);
  if (result.kind === 'recorded' && result.events.some((event) => event.attribution)) return result;
  const attributed = await attributeRecorded(deps, name, observed, call, context);
  if (attributed) return { kind: 'attributed', eventId: attributed };
  return result.kind === 'recorded'
    ? result
    : { kind: 'ignored', reason: 'no out-of-band change matches it' };
}

/**
 * A change made outside the gateway while calls of the gateway were in flight
 * on the same profile: thrown so that the delivery is retried (EventBridge
 * retries a failed invocation), once those calls are accounted for.
 */
export class DriftDeferredError extends Error {
  constructor(securityProfileName: string, pending: readonly string[]) {
    super(
      `'${securityProfileName}' has calls in flight (${pending.join(', ')}); the record is retried later.`,
    );
    this.name = 'DriftDeferredError';
  }
}

// CloudTrail writes eventTime to the second; IoT's creationDate has milliseconds.
function createdAt(creationDate: Date | undefined, eventTime: string): boolean {
  return (
    creationDate !== undefined &&
    Math.abs(creationDate.getTime() - Date.parse(eventTime)) <= ATTRIBUTION_TOLERANCE_MS
  );
}

function tagValue(tags: unknown, key: string): string | undefined {
  if (!Array.isArray(tags)) return undefined;
  const value = (tags as { Key?: unknown; Value?: unknown }[]).find((tag) => tag.Key === key)?.Value;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Adds who made it to the out-of-band change already recorded for the version made at the record's time. */
async function attributeRecorded(
  deps: CloudTrailDependencies,
  name: string,
  observed: NonNullable<Awaited<ReturnType<typeof loadIfAny>>>,
  call: IotApiCall,
  context: ObservationContext,
): Promise<string | undefined> {
  const incarnation = incarnationOf(observed.profile);
  if (!incarnation || !context.attribution) return undefined;
  const claims = await deps.ledger.newest(name, CLAIMS_READ, incarnation.creationDate);
  const at = Date.parse(call.eventTime);
  const match = claims.find(
    (claim) =>
      (claim.operation === 'OUT_OF_BAND_CHANGE' || claim.operation === 'BASELINE') &&
      claim.changedAt !== undefined &&
      Math.abs(Date.parse(claim.changedAt) - at) <= ATTRIBUTION_TOLERANCE_MS,
  );
  if (!match) return undefined;
  const added = await deps.auditLog.recordAttribution(name, match.eventId, context.attribution);
  return added ? match.eventId : undefined;
}

function expectedVersionOf(call: IotApiCall): { expectedVersion?: bigint } {
  const raw = call.requestParameters.expectedVersion;
  if (typeof raw === 'bigint') return { expectedVersion: raw };
  if (
    (typeof raw === 'number' && Number.isSafeInteger(raw)) ||
    (typeof raw === 'string' && /^\d+$/.test(raw))
  ) {
    return { expectedVersion: BigInt(raw) };
  }
  return {};
}
