import type { ValidationIssue } from '../errors';
import type { ProfileContent } from '../securityProfile';
import { at, report, type Issues } from './checks';
import { STRICT_READINGS } from './strictReadings';

/**
 * Checks a profile as it would be after a create or an update (request merged
 * onto the stored profile): rules that span members a single update may not
 * carry, such as `exportMetric` needing the profile's `metricsExportConfig`.
 */
export function validateProfile(profile: ProfileContent): ValidationIssue[] {
  const issues: Issues = [];
  if (STRICT_READINGS.exportMetricRequiresExportConfig && !profile.metricsExportConfig) {
    const message = 'exportMetric needs the profile to have a metricsExportConfig (MQTT topic and role)';
    profile.behaviors?.forEach((b, index) => {
      if (b.exportMetric) report(issues, at(at('behaviors', index), 'exportMetric'), message);
    });
    profile.additionalMetricsToRetainV2?.forEach((m, index) => {
      if (m.exportMetric)
        report(issues, at(at('additionalMetricsToRetainV2', index), 'exportMetric'), message);
    });
  }
  return issues;
}
