import type { Actor } from '../actor';
import type { AuditEvent, AuditObservation, ChangeAttribution, RequestMeta } from '../auditEvent';
import { diffProfiles } from '../diff/diffProfiles';
import type { ProfileIncarnation } from '../incarnation';
import { observationEventId } from '../newEventId';
import type { SecurityProfile } from '../securityProfile';

/** The actor of a change no call of the gateway made: nobody the gateway knows. */
export const OUT_OF_BAND_ACTOR: Actor = { subject: 'audit:out-of-band', teams: [], isAdmin: false };
/** The actor of a baseline: the audit itself. */
export const BASELINE_ACTOR: Actor = { subject: 'audit:baseline', teams: [], isAdmin: false };

/** How the audit came to see what it records, and what it knows of who did it. */
export interface ObservationContext {
  detectedBy: AuditObservation['detectedBy'];
  detectedAt: Date;
  /** The request ids of the call, run or delivery that found it. */
  request: RequestMeta;
  /** Who made the change, from CloudTrail, when known. */
  attribution?: ChangeAttribution;
  /** What the caller sent (CloudTrail's `requestParameters`), when known. */
  input?: unknown;
}

/** The profile an observation is about. */
export interface ObservedProfile {
  securityProfileName: string;
  securityProfileArn: string;
  incarnation: ProfileIncarnation;
  ownerTeam: string | undefined;
}

/** One stretch of changes made outside the gateway, between two versions the audit knows. */
export interface OutOfBandStretch {
  /** The version the audit last accounted for; undefined when the stretch starts with the creation. */
  versionBefore: bigint | undefined;
  versionAfter: bigint;
  /** IoT's content at `versionBefore`, when the audit holds it. */
  before: SecurityProfile | undefined;
  /** IoT's content at `versionAfter`, when the audit holds it. */
  after: SecurityProfile | undefined;
  /** The owner before the stretch, when it was another team. */
  previousOwnerTeam?: string;
  /** When the change to `versionAfter` was made, or at the latest. */
  at: Date;
}

/**
 * The event of changes IoT applied that no call of the gateway made. Its id
 * is drawn from the incarnation and the version it reaches, so every detector
 * of the same stretch (a call's load, the scan, CloudTrail's delivery) makes
 * the same event, and only the first is stored. The diff is the audit's best
 * knowledge: between the two snapshots it holds, or none when one is missing.
 */
export function outOfBandChange(
  profile: ObservedProfile,
  stretch: OutOfBandStretch,
  context: ObservationContext,
): AuditEvent {
  const { versionBefore, versionAfter, before, after } = stretch;
  const created = versionBefore === undefined;
  const knowsDiff = after !== undefined && (before !== undefined || created);
  const spans = versionBefore === undefined ? versionAfter : versionAfter - versionBefore;
  const note = [
    created
      ? 'The profile was created outside the gateway.'
      : `IoT moved the profile from version ${versionBefore} to ${versionAfter} (${spans} change${spans === 1n ? '' : 's'}) without a call of the gateway.`,
    knowsDiff ? '' : ' The audit holds no snapshot at one end, so the changes are not listed.',
    context.attribution ? '' : ' Who made it is not known (no CloudTrail record matched).',
  ].join('');
  return observation(
    profile,
    'OUT_OF_BAND_CHANGE',
    OUT_OF_BAND_ACTOR,
    stretch.at,
    `${versionAfter}`,
    context,
    {
      ...(versionBefore !== undefined && { versionBefore }),
      versionAfter,
      ...(before && { before }),
      ...(after && { after }),
      ...(stretch.previousOwnerTeam !== undefined && { previousOwnerTeam: stretch.previousOwnerTeam }),
      changes: knowsDiff ? diffProfiles(before, after) : [],
      note,
    },
  );
}

/** A change made outside the gateway that gives no new version: a delete, a tag, an attachment. */
export interface OutOfBandAction {
  /** What changed, in the trail's terms (`tags.team`, `targets[<arn>]`), or none for a delete. */
  changes: AuditEvent['changes'];
  /** The profile as the audit last held it: for a delete, what was deleted. */
  before?: SecurityProfile;
  versionBefore?: bigint;
  /** The owner before, when the action moved the profile to another owner. */
  previousOwnerTeam?: string;
  at: Date;
  /** What makes it one action: CloudTrail's event id of the call. */
  key: string;
  note: string;
}

/** The event of an action made outside the gateway that claims no version (known from CloudTrail). */
export function outOfBandAction(
  profile: ObservedProfile,
  action: OutOfBandAction,
  context: ObservationContext,
): AuditEvent {
  return observation(profile, 'OUT_OF_BAND_CHANGE', OUT_OF_BAND_ACTOR, action.at, action.key, context, {
    ...(action.versionBefore !== undefined && { versionBefore: action.versionBefore }),
    ...(action.before && { before: action.before }),
    ...(action.previousOwnerTeam !== undefined && { previousOwnerTeam: action.previousOwnerTeam }),
    changes: action.changes,
    note: action.note,
  });
}

/** The first snapshot the audit holds of an incarnation: no change, the point the next change is diffed from. */
export function baseline(
  profile: ObservedProfile,
  observed: SecurityProfile,
  context: ObservationContext,
): AuditEvent {
  const at = observed.lastModifiedDate ?? context.detectedAt;
  const note = `First sight of the profile at version ${observed.version}: its content then, not a change.`;
  return observation(profile, 'BASELINE', BASELINE_ACTOR, at, `${observed.version}`, context, {
    versionAfter: observed.version,
    after: observed,
    changes: [],
    note,
  });
}

function observation(
  profile: ObservedProfile,
  operation: 'OUT_OF_BAND_CHANGE' | 'BASELINE',
  actor: Actor,
  at: Date,
  what: string,
  context: ObservationContext,
  facts: Partial<AuditEvent> & { note: string; changes: AuditEvent['changes'] },
): AuditEvent {
  const { note, ...recorded } = facts;
  const { incarnation } = profile;
  const key = `${operation}|${incarnation.securityProfileArn}|${incarnation.creationDate}|${what}`;
  const detectedAt = context.detectedAt.toISOString();
  return {
    eventId: observationEventId(at, key),
    time: at.toISOString(),
    request: observedRequest(context),
    actor,
    operation,
    securityProfileName: profile.securityProfileName,
    securityProfileArn: profile.securityProfileArn,
    incarnation,
    ...(profile.ownerTeam !== undefined && { ownerTeam: profile.ownerTeam }),
    outcome: 'SUCCEEDED',
    attempts: 0,
    ...recorded,
    input: context.input ?? null,
    completedAt: detectedAt,
    observation: { detectedBy: context.detectedBy, detectedAt, note },
    ...(context.attribution && { attribution: context.attribution }),
  };
}

/**
 * The request of an observation: the ids of the call, run or delivery that
 * found it (to find its logs), and the source address and user agent of the
 * change itself, from CloudTrail, when known; never the finding caller's
 * address, which would name someone who made no change.
 */
function observedRequest({ request, attribution }: ObservationContext): RequestMeta {
  return {
    apiRequestId: request.apiRequestId,
    lambdaRequestId: request.lambdaRequestId,
    ...(attribution?.sourceIPAddress !== undefined && { sourceIp: attribution.sourceIPAddress }),
    ...(attribution?.userAgent !== undefined && { userAgent: attribution.userAgent }),
  };
}
