import { DEFAULT_IN_FLIGHT_SECONDS } from '../config';
import { nonEmpty, optionalInt, parseBool, type Env } from '../envVariables';

/** What the reconcile job reads from the environment. */
export interface ReconcileConfig {
  /** Undefined leaves the region to the SDK (`AWS_REGION`, then the shared config). */
  region: string | undefined;
  auditTableName: string;
  /** The profile catalogue the scan keeps exact (`CATALOGUE_TABLE_NAME`). */
  catalogueTableName: string;
  /** Keeps the TTL of a reconciled event the same as the request would have set. */
  auditRetentionDays: number | undefined;
  ownerTagKey: string;
  /** Only events older than this are judged (`AUDIT_RECONCILE_GRACE_SECONDS`). */
  graceMs: number;
  /** PENDING events read per run (`AUDIT_RECONCILE_BATCH_SIZE`). */
  batchSize: number;
  /**
   * Longest a call of the gateway can be in flight (`AUDIT_IN_FLIGHT_SECONDS`):
   * a call that began longer than this before a change did not make it.
   */
  inFlightMs: number;
  /** Whether a run also scans every profile for drift (`AUDIT_SCAN`, on by default). */
  scan: boolean;
}

// Five minutes is ten times the API's 29-second limit: a request still running is never judged.
const DEFAULT_GRACE_SECONDS = 300;

/** Builds the reconcile job's configuration; throws ConfigError naming a malformed variable. */
export function loadReconcileConfig(env: Env): ReconcileConfig {
  return {
    region: nonEmpty(env.AWS_REGION) ?? nonEmpty(env.AWS_DEFAULT_REGION),
    auditTableName: nonEmpty(env.AUDIT_TABLE_NAME) ?? 'SecurityProfileAudit',
    catalogueTableName: nonEmpty(env.CATALOGUE_TABLE_NAME) ?? 'SecurityProfileCatalogue',
    auditRetentionDays: optionalInt(env, 'AUDIT_RETENTION_DAYS', 1, 36_500),
    ownerTagKey: nonEmpty(env.OWNER_TAG_KEY) ?? 'team',
    graceMs: (optionalInt(env, 'AUDIT_RECONCILE_GRACE_SECONDS', 60, 86_400) ?? DEFAULT_GRACE_SECONDS) * 1_000,
    batchSize: optionalInt(env, 'AUDIT_RECONCILE_BATCH_SIZE', 1, 1_000) ?? 100,
    inFlightMs: (optionalInt(env, 'AUDIT_IN_FLIGHT_SECONDS', 30, 900) ?? DEFAULT_IN_FLIGHT_SECONDS) * 1_000,
    scan: parseBool(env, 'AUDIT_SCAN') ?? true,
  };
}
