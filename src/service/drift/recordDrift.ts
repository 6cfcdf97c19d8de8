import type { ChangeAttribution, AuditEvent } from '../../domain/auditEvent';
import { AuditEventFinalError } from '../../domain/AuditEventFinalError';
import {
  baseline,
  outOfBandChange,
  type ObservationContext,
  type ObservedProfile,
} from '../../domain/drift/observations';
import { unclaimedRuns, type UnclaimedRun } from '../../domain/drift/unclaimedVersions';
import { claimsOf, type VersionClaim } from '../../domain/drift/versionClaim';
import { ownerTeam } from '../../domain/authorization/authorizeChange';
import { incarnationOf } from '../../domain/incarnation';
import type { LoadedProfile, SecurityProfile } from '../../domain/securityProfile';
import type { DriftDependencies } from './driftDependencies';

/** How many of an incarnation's newest versions one check examines. */
const VERSIONS_EXAMINED = 100;
/** Events read around the versions examined; a profile busier than this is left for the next check. */
const EVENTS_EXAMINED = 500;
/** How far IoT's clock may be ahead of ours. */
const CLOCK_SKEW_MS = 5_000;

/** What one check of one profile did. */
export type DriftResult =
  | { kind: 'none' }
  /** Calls of the gateway were in flight around the change: they may have made it; judged later. */
  | { kind: 'deferred'; pending: string[] }
  | { kind: 'recorded'; events: AuditEvent[] };

/** Who asks, and what it knows of the change. */
export interface DriftCheck extends Omit<ObservationContext, 'attribution'> {
  /** The event of the call that loaded the profile, if a call did: never a reason to wait. */
  ownEventId?: string;
  /** CloudTrail's record of a change: attached to the stretch that ends at a change made at its time. */
  attribution?: ChangeAttribution;
  /**
   * The incarnation was created outside the gateway (CloudTrail's
   * CreateSecurityProfile): its versions from 1 are examined, and the
   * stretch from the creation is recorded as one.
   */
  created?: { ownerTeam: string | undefined };
}

/**
 * Compares a profile as IoT holds it with the version ledger, and records
 * what no event accounts for: a baseline at the first sight of an
 * incarnation (its creation outside the gateway, when CloudTrail tells of it), and one
 * `OUT_OF_BAND_CHANGE` per stretch of unclaimed versions, diffed between the
 * snapshots the audit holds. A change that a call of the gateway in flight at
 * the time may have made is not recorded now (`deferred`): that call's own
 * outcome, or the reconciler, accounts for it, and a later check records
 * what is left. Every detector records the same events (their ids come from
 * what they record), so checking twice records nothing twice.
 */
export async function recordDrift(
  deps: DriftDependencies,
  observed: LoadedProfile,
  check: DriftCheck,
): Promise<DriftResult> {
  const incarnation = incarnationOf(observed.profile);
  if (!incarnation) return { kind: 'none' };
  let claims = await deps.ledger.newest(
    observed.profile.securityProfileName,
    VERSIONS_EXAMINED,
    incarnation.creationDate,
  );
  const profile: ObservedProfile = {
    securityProfileName: observed.profile.securityProfileName,
    securityProfileArn: observed.profile.securityProfileArn,
    incarnation,
    ownerTeam: ownerTeam(observed),
  };
  if (claims.length === 0 && !check.created) return recordFirstSight(deps, profile, observed.profile, check);
  let runs = unclaimedRuns(claims, observed.profile.version, check.created !== undefined);
  if (runs.length === 0) return { kind: 'none' };

  const around = await eventsAround(deps, observed.profile, claims, runs);
  const pending = around.filter((event) => event.outcome === 'PENDING' && event.eventId !== check.ownEventId);
  if (pending.length > 0 || around.length >= EVENTS_EXAMINED) {
    const ids = pending.map((event) => event.eventId);
    deps.telemetry.driftDeferred(observed.profile.securityProfileName, ids);
    return { kind: 'deferred', pending: ids };
  }
  // A change whose event was recorded but whose claim was lost is accounted for: mend the ledger.
  const unclaimed = around.flatMap(claimsOf).filter((claim) => inRuns(claim.version, runs));
  if (unclaimed.length > 0) {
    await deps.ledger.claim(unclaimed);
    claims = [...claims, ...unclaimed];
    runs = unclaimedRuns(claims, observed.profile.version, check.created !== undefined);
  }
  const events: AuditEvent[] = [];
  for (const run of runs) {
    events.push(await recordStretch(deps, profile, observed.profile, claims, run, check));
  }
  return { kind: 'recorded', events };
}

async function recordFirstSight(
  deps: DriftDependencies,
  profile: ObservedProfile,
  observed: SecurityProfile,
  check: DriftCheck,
): Promise<DriftResult> {
  const changedAt = observed.lastModifiedDate ?? check.detectedAt;
  const around = await deps.trail.listBetween(
    profile.securityProfileName,
    new Date(changedAt.getTime() - deps.inFlightMs),
    new Date(changedAt.getTime() + CLOCK_SKEW_MS),
    EVENTS_EXAMINED,
  );
  const pending = around.filter((event) => event.outcome === 'PENDING' && event.eventId !== check.ownEventId);
  if (pending.length > 0) {
    const ids = pending.map((event) => event.eventId);
    deps.telemetry.driftDeferred(profile.securityProfileName, ids);
    return { kind: 'deferred', pending: ids };
  }
  // A new life of a name the audit knew, still at version 1, was created outside the gateway
  // (a create of the gateway claims its version 1); who did it only CloudTrail can tell. Of a
  // name never seen, a baseline is all that is known.
  const [earlier] = await deps.ledger.newest(profile.securityProfileName, 1);
  const event =
    earlier && observed.version === 1n
      ? outOfBandChange(
          profile,
          { versionBefore: undefined, versionAfter: 1n, before: undefined, after: observed, at: changedAt },
          contextFor(check, observed.lastModifiedDate),
        )
      : baseline(profile, observed, contextFor({ ...check, attribution: undefined }, undefined));
  await record(deps, event);
  return { kind: 'recorded', events: [event] };
}

/** The events made around the unclaimed versions: any still PENDING may be the change. */
async function eventsAround(
  deps: DriftDependencies,
  observed: SecurityProfile,
  claims: readonly VersionClaim[],
  runs: readonly UnclaimedRun[],
): Promise<AuditEvent[]> {
  const first = runs[0]!.from;
  const known = claims.find((claim) => claim.version === first - 1n)?.changedAt;
  const until = observed.lastModifiedDate?.getTime() ?? Date.now();
  // Without the time of the last accounted version, a day back stands in for it.
  const since = known === undefined ? until - 86_400_000 : Date.parse(known);
  return deps.trail.listBetween(
    observed.securityProfileName,
    new Date(since - deps.inFlightMs),
    new Date(until + CLOCK_SKEW_MS),
    EVENTS_EXAMINED,
  );
}

/** Records one stretch of unclaimed versions: its snapshots from the events either side, then its claims. */
async function recordStretch(
  deps: DriftDependencies,
  profile: ObservedProfile,
  observed: SecurityProfile,
  claims: readonly VersionClaim[],
  run: UnclaimedRun,
  check: DriftCheck,
): Promise<AuditEvent> {
  const below = claims.find((claim) => claim.version === run.from - 1n);
  const above = claims.find((claim) => claim.version === run.to + 1n);
  const [beforeEvent, afterEvent] = await Promise.all([
    below && deps.trail.get(profile.securityProfileName, below.eventId),
    above && deps.trail.get(profile.securityProfileName, above.eventId),
  ]);
  const atTop = run.to === observed.version;
  const before = beforeEvent?.versionAfter === run.from - 1n ? beforeEvent.after : undefined;
  const after = atTop ? observed : afterEvent?.versionBefore === run.to ? afterEvent.before : undefined;
  // The change happened at IoT's lastModifiedDate, or at the latest before the next call began.
  const at = atTop
    ? (observed.lastModifiedDate ?? check.detectedAt)
    : new Date(Date.parse(afterEvent?.time ?? check.detectedAt.toISOString()) - 1);
  const created = run.from === 1n;
  const previousOwner = beforeEvent?.ownerTeam;
  const owner = atTop ? profile.ownerTeam : afterEvent?.ownerTeam;
  const event = outOfBandChange(
    // A stretch from the creation is its creator's, whose owner tag it was given.
    { ...profile, ownerTeam: created && check.created ? check.created.ownerTeam : owner },
    {
      versionBefore: created ? undefined : run.from - 1n,
      versionAfter: run.to,
      before,
      after,
      ...(!created &&
        previousOwner !== undefined &&
        previousOwner !== owner && { previousOwnerTeam: previousOwner }),
      at,
    },
    contextFor(check, atTop ? observed.lastModifiedDate : undefined),
  );
  await record(deps, event);
  return event;
}

/** The attribution applies only to the stretch whose last change was made at the record's time. */
function contextFor(check: DriftCheck, changedAt: Date | undefined): ObservationContext {
  const { attribution, ...rest } = check;
  const context: ObservationContext & { ownEventId?: string } = { ...rest };
  delete context.ownEventId;
  if (!attribution || !changedAt) return context;
  const apart = Math.abs(Date.parse(attribution.eventTime) - changedAt.getTime());
  return apart <= ATTRIBUTION_TOLERANCE_MS ? { ...context, attribution } : context;
}

/** How far CloudTrail's eventTime (seconds) may be from IoT's lastModifiedDate for the same change. */
export const ATTRIBUTION_TOLERANCE_MS = 2_000;

/** Writes the event (a second detector finds it written: the same event), then claims its versions. */
async function record(deps: DriftDependencies, event: AuditEvent): Promise<void> {
  try {
    await deps.auditLog.recordOutcome(event);
  } catch (error) {
    if (!(error instanceof AuditEventFinalError)) throw error;
    // Another detector wrote the same event first (the scan, beside CloudTrail's record): who made it is added.
    if (event.attribution) {
      await deps.auditLog.recordAttribution(event.securityProfileName, event.eventId, event.attribution);
    }
  }
  const refused = await deps.ledger.claim(claimsOf(event));
  deps.telemetry.driftFound(event, refused);
}

function inRuns(version: bigint, runs: readonly UnclaimedRun[]): boolean {
  return runs.some((run) => version >= run.from && version <= run.to);
}
