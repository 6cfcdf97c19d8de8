import type { MetricToRetainKey } from '../metricToRetainKey';
import type { AlertTargets, Behavior, MetricsExportConfig, MetricToRetain } from '../securityProfile';

export type { MetricToRetainKey } from '../metricToRetainKey';

/**
 * A partial change to one security profile: only what the caller names moves,
 * everything else is taken from the profile as it is when the patch is applied.
 * Removing something that is absent is not an error, so a patch can be retried.
 */
export interface PatchSecurityProfileRequest {
  securityProfileName: string;
  securityProfileDescription?: string;
  /** Replaces the behavior of the same name in place, or appends it (in this order). */
  upsertBehaviors?: Behavior[];
  /** Names of behaviors to remove. */
  removeBehaviors?: string[];
  /** Replaces the entry with the same metric and dimension in place, or appends it. */
  upsertMetricsToRetain?: MetricToRetain[];
  /** Entries of `additionalMetricsToRetainV2` to remove, by metric and dimension (operator defaults to IN). */
  removeMetricsToRetain?: MetricToRetainKey[];
  /** Replaces the alert targets (IoT's map has one entry at most: SNS). */
  alertTargets?: AlertTargets;
  deleteAlertTargets?: boolean;
  metricsExportConfig?: MetricsExportConfig;
  deleteMetricsExportConfig?: boolean;
  /** When given, the patch applies only to this version; no retry can move past it. */
  expectedVersion?: bigint;
}
