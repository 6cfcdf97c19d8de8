import type { AuditEvent } from '../../domain/auditEvent';
import type { VersionClaim } from '../../domain/drift/versionClaim';
import { incarnationOf } from '../../domain/incarnation';
import type { LoadedProfile } from '../../domain/securityProfile';
import type { DriftDependencies } from './driftDependencies';
import { recordDrift } from './recordDrift';

/**
 * The change pipeline's watch for changes made outside the gateway. Beside
 * the load (`newestClaim`, in the same `allSettled`, so no hop is added) it
 * reads what the ledger last accounted for; once the load returns, a profile
 * at a version beyond that is recorded (`notice`) while the call goes on with
 * its own change, and the call waits for it only at its audit outcome. The
 * event recorded sorts before the call's own: its time is IoT's
 * `lastModifiedDate` of the version found.
 */
export class DriftWatch {
  constructor(private readonly deps: DriftDependencies) {}

  /** The newest claim of a name in any incarnation; undefined when none, or when the ledger cannot say. */
  async newestClaim(securityProfileName: string): Promise<VersionClaim | undefined> {
    try {
      const [newest] = await this.deps.ledger.newest(securityProfileName, 1);
      return newest;
    } catch {
      // The drift check is not the call's business: the scheduled scan finds what this one misses.
      return undefined;
    }
  }

  /**
   * Records what `loaded` holds beyond `newest` (see `recordDrift`). A profile
   * the ledger knows nothing of is left to the scheduled scan's baseline.
   * Never rejects: a failure is reported and the scan finds the drift later.
   */
  async notice(loaded: LoadedProfile, newest: VersionClaim | undefined, call: AuditEvent): Promise<void> {
    if (!newest || accountedFor(loaded, newest)) return;
    try {
      await recordDrift(this.deps, loaded, {
        detectedBy: 'PIPELINE',
        detectedAt: this.deps.clock.now(),
        request: call.request,
        ownEventId: call.eventId,
      });
    } catch (error) {
      this.deps.telemetry.driftCheckFailed(loaded.profile.securityProfileName, error);
    }
  }
}

/** True when the ledger's newest claim is of this incarnation and at or past the loaded version. */
function accountedFor(loaded: LoadedProfile, newest: VersionClaim): boolean {
  const incarnation = incarnationOf(loaded.profile);
  return incarnation?.creationDate === newest.creationDate && newest.version >= loaded.profile.version;
}
