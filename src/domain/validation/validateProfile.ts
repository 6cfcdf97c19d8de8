import type { ValidationIssue } from '../errors';
import type { DeleteFlags, ProfileContent } from '../securityProfile';
import { at, report, type Issues } from './checks';

const NEEDS_CONFIG = 'exportMetric needs the profile to have a metricsExportConfig (MQTT topic and role)';

/**
 * The rules across members of the profile a change leaves (the request merged
 * onto the stored profile), reported only where the request itself takes part:
 * a stored state AWS accepted never makes an unrelated change fail or warn.
 * Today that is one reading, exportNeedsConfig: a behavior or metric to retain
 * the request sets to export while the profile would have no metrics export,
 * or a request that deletes the export while the profile still exports.
 */
export function validateProfile(
  next: ProfileContent,
  request: ProfileContent & DeleteFlags,
): ValidationIssue[] {
  const issues: Issues = [];
  if (next.metricsExportConfig) return issues;
  const lists = ['behaviors', 'additionalMetricsToRetainV2'] as const;
  for (const list of lists) {
    request[list]?.forEach((entry, index) => {
      if (entry.exportMetric)
        report(issues, at(at(list, index), 'exportMetric'), NEEDS_CONFIG, 'exportNeedsConfig');
    });
  }
  const stillExporting = lists.flatMap((list) =>
    (next[list] ?? []).flatMap((entry, index) => (entry.exportMetric ? [at(list, index)] : [])),
  );
  if (request.deleteMetricsExportConfig === true && stillExporting.length > 0) {
    report(
      issues,
      'deleteMetricsExportConfig',
      `leaves ${stillExporting.join(', ')} exporting (exportMetric: true) with no metricsExportConfig`,
      'exportNeedsConfig',
    );
  }
  return issues;
}
