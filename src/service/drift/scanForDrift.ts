import type { RequestMeta } from '../../domain/auditEvent';
import { ProfileNotFoundError } from '../../domain/errors';
import type { LoadedProfile } from '../../domain/securityProfile';
import type { ProfileDirectory, SecurityProfileStore } from '../ports';
import type { DriftDependencies } from './driftDependencies';
import { recordDrift } from './recordDrift';

/** What the scheduled scan needs besides what recording drift needs. */
export interface ScanDependencies extends DriftDependencies {
  directory: ProfileDirectory;
  store: Pick<SecurityProfileStore, 'load'>;
  /** The ids of the run, for the events it records. */
  request: RequestMeta;
  /**
   * Told each profile as the scan found it in IoT, after its drift was
   * recorded: the profile catalogue keeps itself exact with it
   * (`(profile) => catalogue.record(…)`). A failure is reported, not thrown.
   */
  observed?: (profile: LoadedProfile) => Promise<void>;
  /** Profiles checked at once. Default 4. */
  concurrency?: number;
}

/** What one scan did. */
export interface ScanSummary {
  /** Profiles IoT listed. */
  profiles: number;
  /** Event ids of the baselines recorded (first sights of a profile). */
  baselines: string[];
  /** Event ids of the changes made outside the gateway that were recorded. */
  outOfBand: string[];
  /** Profiles whose unaccounted versions wait for calls in flight to be resolved. */
  deferred: string[];
  failed: Array<{ securityProfileName: string; error: string }>;
}

/**
 * The drift scan: every profile of the account, as IoT holds it, against the
 * version ledger (`recordDrift`): a profile the gateway never touched gets its
 * baseline; versions made outside the gateway get their OUT_OF_BAND_CHANGE.
 */
export async function scanForDrift(deps: ScanDependencies): Promise<ScanSummary> {
  const summary: ScanSummary = { profiles: 0, baselines: [], outOfBand: [], deferred: [], failed: [] };
  let nextToken: string | undefined;
  do {
    const page = await deps.directory.listNames(nextToken);
    summary.profiles += page.names.length;
    await inBatches(page.names, deps.concurrency ?? 4, (name) => scanOne(deps, name, summary));
    nextToken = page.nextToken;
  } while (nextToken);
  return summary;
}

async function scanOne(deps: ScanDependencies, name: string, summary: ScanSummary): Promise<void> {
  try {
    const observed = await deps.store.load(name);
    const result = await recordDrift(deps, observed, {
      detectedBy: 'SCAN',
      detectedAt: deps.clock.now(),
      request: deps.request,
    });
    if (result.kind === 'deferred') summary.deferred.push(name);
    if (result.kind === 'recorded') {
      for (const event of result.events) {
        (event.operation === 'BASELINE' ? summary.baselines : summary.outOfBand).push(event.eventId);
      }
    }
    await deps.observed?.(observed);
  } catch (error) {
    // Deleted between the listing and the load: nothing left to compare.
    if (error instanceof ProfileNotFoundError) return;
    summary.failed.push({
      securityProfileName: name,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}

async function inBatches<T>(
  items: readonly T[],
  size: number,
  run: (item: T) => Promise<void>,
): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}
