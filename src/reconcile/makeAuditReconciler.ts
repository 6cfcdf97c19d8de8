import { createAuditAdapters } from './createAuditAdapters';
import type { RequestMeta } from '../domain/auditEvent';
import type { LoadedProfile } from '../domain/securityProfile';
import { syncCatalogue } from '../service/catalogue/syncCatalogue';
import { scanForDrift, type ScanSummary } from '../service/drift/scanForDrift';
import { reconcilePendingAudits, type ReconcileSummary } from '../service/reconcilePendingAudits';
import type { Clock } from '../service/ports';
import type { Telemetry } from '../service/telemetry';
import type { ReconcileConfig } from './loadReconcileConfig';

/** What one run of the audit job did: the PENDING events it judged, then the drift scan. */
export interface AuditJobSummary extends ReconcileSummary {
  /** Absent when the scan is turned off (`AUDIT_SCAN=false`). */
  scan?: ScanSummary;
  /** Names the scan no longer found in IoT, forgotten by the profile catalogue. */
  catalogueRemoved?: string[];
}

/** What the job reports as it goes, and what it tells of each profile it saw. */
export interface AuditJobOptions {
  telemetry: Pick<Telemetry, 'driftFound' | 'driftDeferred' | 'driftCheckFailed'>;
  /** Told each profile the scan found (the profile catalogue keeps itself exact with it). */
  observed?: (profile: LoadedProfile) => Promise<void>;
  /** The job's clock; default the system's. Tests set it past the grace period to judge events at once. */
  clock?: Clock;
}

/**
 * The composition root of the audit job, shared by `npm run audit:reconcile`
 * and the scheduled Lambda: builds the clients once and returns one run,
 * which first judges the events left PENDING (`reconcilePendingAudits`), then
 * scans every profile for changes made outside the gateway (`scanForDrift`),
 * so a change a PENDING call may have made is never taken for one made
 * outside; the scan also brings the profile catalogue up to IoT (`syncCatalogue`). Endpoints come from the SDK's standard variables.
 */
export function makeAuditReconciler(
  config: ReconcileConfig,
  options: AuditJobOptions,
): (request?: Partial<RequestMeta>) => Promise<AuditJobSummary> {
  const adapters = { ...createAuditAdapters(config), ...(options.clock && { clock: options.clock }) };
  return async (request = {}) => {
    const reconciled = await reconcilePendingAudits({
      ...adapters,
      olderThanMs: config.graceMs,
      batchSize: config.batchSize,
    });
    if (!config.scan) return reconciled;
    const catalogue = syncCatalogue(adapters.catalogue, adapters.clock);
    const scan = await scanForDrift({
      ...adapters,
      telemetry: options.telemetry,
      directory: adapters.store,
      request: { apiRequestId: 'audit-job', lambdaRequestId: 'local', ...request },
      observed: async (profile) => {
        await catalogue.observed(profile);
        await options.observed?.(profile);
      },
    });
    return { ...reconciled, scan, catalogueRemoved: await catalogue.sweep(scan) };
  };
}
