import type { AuditEvent } from '../../domain/auditEvent';
import { AuditEventFinalError } from '../../domain/AuditEventFinalError';
import { ownerTeam } from '../../domain/authorization/authorizeChange';
import type { IotApiCall } from '../../domain/drift/iotApiCall';
import { outOfBandAction, type ObservationContext } from '../../domain/drift/observations';
import { incarnationOf, type ProfileIncarnation } from '../../domain/incarnation';
import type { LoadedProfile, SecurityProfile } from '../../domain/securityProfile';
import {
  CLAIMS_READ,
  loadIfAny,
  type CloudTrailDependencies,
  type CloudTrailOutcome,
} from './driftDependencies';
import { ATTRIBUTION_TOLERANCE_MS } from './recordDrift';

/** A delete, tag, untag, attach or detach made outside the gateway: an event of its own, no version. */
export async function recordOutOfBandAction(
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
