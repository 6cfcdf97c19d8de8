import type { AuditEvent, RequestMeta } from '../../domain/auditEvent';
import { AuditEventFinalError } from '../../domain/AuditEventFinalError';
import { ownerTeam } from '../../domain/authorization/authorizeChange';
import {
  attributionOf,
  gatewayEventIdOf,
  isGatewayIdentity,
  profileNameOf,
  type IotApiCall,
} from '../../domain/drift/iotApiCall';
import { outOfBandAction, type ObservationContext } from '../../domain/drift/observations';
import { ProfileNotFoundError } from '../../domain/errors';
import { incarnationOf, type ProfileIncarnation } from '../../domain/incarnation';
import type { LoadedProfile, SecurityProfile } from '../../domain/securityProfile';
import type { AuditLog, IotCallLog, SecurityProfileStore } from '../ports';
import type { DriftDependencies } from './driftDependencies';
import { ATTRIBUTION_TOLERANCE_MS, recordDrift } from './recordDrift';

/** What turning CloudTrail's records into the trail needs. */
export interface CloudTrailDependencies extends DriftDependencies {
  store: Pick<SecurityProfileStore, 'load'>;
  calls: IotCallLog;
  auditLog: Pick<AuditLog, 'recordOutcome' | 'recordAttribution'>;
  /** The gateway's own identities (its role ARN, or locally its access key id). */
  gatewayPrincipals: readonly string[];
  /** The owner tag's key, to tell an ownership change among tag calls. */
  ownerTagKey: string;
}

/** What one record did to the trail. */
export type CloudTrailOutcome =
  | { kind: 'gateway-call'; auditEventId: string }
  | { kind: 'ignored'; reason: string }
  | { kind: 'recorded'; events: AuditEvent[] }
  | { kind: 'attributed'; eventId: string };

const CLAIMS_READ = 20;

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
      return recordAction(deps, name, call, context);
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

/** A delete, tag, untag, attach or detach made outside the gateway: an event of its own, no version. */
async function recordAction(
  deps: CloudTrailDependencies,
  name: string,
  call: IotApiCall,
  context: ObservationContext,
): Promise<CloudTrailOutcome> {
  const at = Date.parse(call.eventTime);
  const observed = await loadIfAny(deps, name);
  const life = await incarnationAt(deps, name, call, observed);
  if (!life) return { kind: 'ignored', reason: 'the audit holds nothing of the profile the call was about' };
  const { incarnation, last } = life;
  const deleted = call.eventName === 'DeleteSecurityProfile';
  const recent = await lastEventBefore(deps, name, incarnation.creationDate, at);
  const before = recent.owner ?? life.owner;
  const after = recent.after;
  const owner = deleted || !observed ? before : ownerTeam(observed);
  const event = outOfBandAction(
    {
      securityProfileName: name,
      securityProfileArn: incarnation.securityProfileArn,
      incarnation,
      ownerTeam: owner,
    },
    {
      changes: changesOf(call, deps.ownerTagKey, before),
      ...(deleted && last && { before: last, versionBefore: last.version }),
      ...(before !== undefined && before !== owner && { previousOwnerTeam: before }),
      // Not before what the audit knows came first: eventTime is cut to the second.
      at: new Date(Math.max(at, after + 1)),
      key: call.eventID,
      note: `${call.eventName} was called outside the gateway${deleted ? ': the profile was deleted' : ''}.`,
    },
    context,
  );
  try {
    await deps.auditLog.recordOutcome(event);
  } catch (error) {
    // Delivered twice: the same record makes the same event, already written.
    if (!(error instanceof AuditEventFinalError)) throw error;
  }
  deps.telemetry.driftFound(event, []);
  return { kind: 'recorded', events: [event] };
}

/**
 * The incarnation a call was about, and the last snapshot the audit holds of
 * it: for a delete, the newest one created before the call that is not alive
 * now (the profile may have been created again since); for any other call,
 * the one alive now, if it already was at the call's time.
 */
async function incarnationAt(
  deps: CloudTrailDependencies,
  name: string,
  call: IotApiCall,
  observed: LoadedProfile | undefined,
): Promise<
  | { incarnation: ProfileIncarnation; last: SecurityProfile | undefined; owner: string | undefined }
  | undefined
> {
  const at = Date.parse(call.eventTime) + ATTRIBUTION_TOLERANCE_MS;
  const alive = observed && incarnationOf(observed.profile);
  const claims = await deps.ledger.newest(name, CLAIMS_READ);
  const claim = claims.find((candidate) =>
    call.eventName === 'DeleteSecurityProfile'
      ? candidate.creationDate !== alive?.creationDate && Date.parse(candidate.creationDate) <= at
      : candidate.creationDate === alive?.creationDate,
  );
  const claimed = claim && (await deps.trail.get(name, claim.eventId));
  const last = claimed?.versionAfter === claim?.version ? claimed?.after : undefined;
  const owner = claimed?.ownerTeam;
  if (call.eventName !== 'DeleteSecurityProfile' && alive && Date.parse(alive.creationDate) <= at) {
    return { incarnation: alive, last, owner };
  }
  const arn = claimed?.securityProfileArn;
  if (!claim || arn === undefined) return undefined;
  return { incarnation: { securityProfileArn: arn, creationDate: claim.creationDate }, last, owner };
}

/**
 * The last event of the incarnation before `at`: who owned the profile then
 * (the owner it recorded), and when it happened (0 when there is none).
 */
async function lastEventBefore(
  deps: CloudTrailDependencies,
  name: string,
  creationDate: string,
  at: number,
): Promise<{ owner: string | undefined; after: number }> {
  // CloudTrail's eventTime is cut to the second: what happened in that second may have come before.
  const events = await deps.trail.listBetween(
    name,
    new Date(at - A_WEEK_MS),
    new Date(at + 999),
    EVENTS_READ,
  );
  const last = events.filter((event) => event.incarnation?.creationDate === creationDate).at(-1);
  return { owner: last?.ownerTeam, after: last ? Date.parse(last.time) : 0 };
}

const A_WEEK_MS = 7 * 24 * 3_600_000;
const EVENTS_READ = 500;

/** What a call without a version changed, in the trail's terms. */
function changesOf(
  call: IotApiCall,
  ownerTagKey: string,
  previousOwner: string | undefined,
): AuditEvent['changes'] {
  const parameters = call.requestParameters;
  switch (call.eventName) {
    case 'TagResource': {
      const tags = Array.isArray(parameters.tags)
        ? (parameters.tags as { Key?: unknown; Value?: unknown }[])
        : [];
      return tags.map((tag) => ({
        path: `tags.${String(tag.Key)}`,
        before: tag.Key === ownerTagKey ? (previousOwner ?? null) : null,
        after: tag.Value ?? null,
      }));
    }
    case 'UntagResource': {
      const keys = Array.isArray(parameters.tagKeys) ? parameters.tagKeys : [];
      return keys.map((key) => ({
        path: `tags.${String(key)}`,
        before: key === ownerTagKey ? (previousOwner ?? null) : null,
        after: null,
      }));
    }
    case 'AttachSecurityProfile':
    case 'DetachSecurityProfile': {
      const target = String(parameters.securityProfileTargetArn);
      const attached = call.eventName === 'AttachSecurityProfile';
      return [
        { path: `targets[${target}]`, before: attached ? null : target, after: attached ? target : null },
      ];
    }
    default:
      return [];
  }
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

async function loadIfAny(deps: Pick<CloudTrailDependencies, 'store'>, name: string) {
  try {
    return await deps.store.load(name);
  } catch (error) {
    if (error instanceof ProfileNotFoundError) return undefined;
    throw error;
  }
}
