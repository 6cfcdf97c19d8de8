import type { ValidationIssue } from '../errors';
import {
  ALERT_TARGET_TYPES,
  type AlertTarget,
  type MetricToRetain,
  type MetricsExportConfig,
  type UpdateSecurityProfileRequest,
} from '../securityProfile';
import { at, checkString, quote, report, type Issues } from './checks';
import { STRING_SHAPES } from './constraints';
import { BUILT_IN_METRICS } from './metricCatalogue';
import { STRICT_READINGS } from './strictReadings';
import { validateBehaviors } from './validateBehaviors';
import { validateMetricDimension } from './validateMetricDimension';
import { validateMetricName } from './validateMetricName';

/** The content members that CreateSecurityProfile and UpdateSecurityProfile share. */
export type ProfileMembers = Pick<
  UpdateSecurityProfileRequest,
  | 'securityProfileDescription'
  | 'behaviors'
  | 'alertTargets'
  | 'additionalMetricsToRetain'
  | 'additionalMetricsToRetainV2'
  | 'metricsExportConfig'
>;

/** Checks the content members of a create or update request, each where it is given. */
export function validateProfileMembers(members: ProfileMembers): ValidationIssue[] {
  const issues: Issues = [];
  if (members.securityProfileDescription !== undefined) {
    checkString(
      issues,
      'securityProfileDescription',
      members.securityProfileDescription,
      STRING_SHAPES.SecurityProfileDescription,
    );
  }
  if (members.behaviors) issues.push(...validateBehaviors(members.behaviors));
  if (members.alertTargets) checkAlertTargets(issues, members.alertTargets);
  members.additionalMetricsToRetain?.forEach((metric, index) =>
    validateMetricName(issues, at('additionalMetricsToRetain', index), metric),
  );
  members.additionalMetricsToRetainV2?.forEach((entry, index) =>
    checkMetricToRetain(issues, at('additionalMetricsToRetainV2', index), entry),
  );
  if (
    STRICT_READINGS.rejectBothRetainSpellings &&
    members.additionalMetricsToRetain !== undefined &&
    members.additionalMetricsToRetainV2 !== undefined
  ) {
    report(
      issues,
      'additionalMetricsToRetain',
      'cannot be combined with additionalMetricsToRetainV2 (its replacement)',
    );
  }
  if (members.metricsExportConfig) checkExportConfig(issues, members.metricsExportConfig);
  return issues;
}

function checkAlertTargets(issues: Issues, targets: Record<string, AlertTarget | undefined>): void {
  for (const [type, target] of Object.entries(targets)) {
    const path = at('alertTargets', type);
    if (!(ALERT_TARGET_TYPES as readonly string[]).includes(type)) {
      report(
        issues,
        path,
        `alert target type must be one of ${ALERT_TARGET_TYPES.join(', ')} (got ${quote(type)})`,
      );
    }
    if (!target) continue;
    checkArn(
      issues,
      at(path, 'alertTargetArn'),
      target.alertTargetArn,
      'an SNS topic',
      STRICT_READINGS.alertTargetArnPattern,
    );
    checkRoleArn(issues, at(path, 'roleArn'), target.roleArn);
  }
}

function checkMetricToRetain(issues: Issues, path: string, entry: MetricToRetain): void {
  const kind = validateMetricName(issues, at(path, 'metric'), entry.metric);
  if (entry.metricDimension) {
    validateMetricDimension(issues, at(path, 'metricDimension'), entry.metricDimension, {
      metric: entry.metric,
      spec: kind === 'built-in' ? BUILT_IN_METRICS[entry.metric] : undefined,
      custom: kind === 'custom',
      ml: false,
    });
  }
}

function checkExportConfig(issues: Issues, config: MetricsExportConfig): void {
  const topicPath = at('metricsExportConfig', 'mqttTopic');
  const before = issues.length;
  checkString(issues, topicPath, config.mqttTopic, STRING_SHAPES.MqttTopic);
  // Device Defender publishes to this topic: a publish topic cannot hold MQTT wildcards.
  if (issues.length === before && /[+#]/.test(config.mqttTopic)) {
    report(
      issues,
      topicPath,
      `must be a topic to publish to, without the wildcards + and # (got ${quote(config.mqttTopic)})`,
    );
  }
  checkRoleArn(issues, at('metricsExportConfig', 'roleArn'), config.roleArn);
}

function checkRoleArn(issues: Issues, path: string, arn: string): void {
  const before = issues.length;
  checkString(issues, path, arn, STRING_SHAPES.RoleArn);
  if (issues.length === before) checkArn(issues, path, arn, 'an IAM role', STRICT_READINGS.roleArnPattern);
}

function checkArn(issues: Issues, path: string, arn: string, what: string, pattern: RegExp): void {
  const before = issues.length;
  checkString(issues, path, arn, STRING_SHAPES.AlertTargetArn);
  if (issues.length === before && !pattern.test(arn)) {
    report(issues, path, `must be the ARN of ${what} (got ${quote(arn)})`);
  }
}
