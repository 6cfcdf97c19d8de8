import type { ValidationIssue } from '../errors';
import { CONTENT_MEMBERS } from '../members/profileMembers';
import {
  ALERT_TARGET_TYPES,
  type AlertTarget,
  type ContentMember,
  type MetricToRetain,
  type MetricsExportConfig,
  type ProfileContent,
} from '../securityProfile';
import { at, checkString, quote, report, type Issues } from './checks';
import { STRING_SHAPES } from './constraints';
import { BUILT_IN_METRICS } from './metricCatalogue';
import { validateBehaviors } from './validateBehaviors';
import { validateMetricDimension } from './validateMetricDimension';
import type { RuleId } from './validationRules';
import { checkedAsCustom, validateMetricName } from './validateMetricName';

// The model leaves both unconstrained (or length-only); these are readings (snsTopicArn, iamRoleArn).
const SNS_TOPIC_ARN = /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}$/;
const IAM_ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;

/** One rule per content member, checking it where a request gives it; the compiler refuses a member without one. */
type MemberRule<K extends ContentMember> = (
  issues: Issues,
  path: string,
  value: NonNullable<ProfileContent[K]>,
) => void;

const MEMBER_RULES: { readonly [K in ContentMember]: MemberRule<K> } = {
  securityProfileDescription: checkDescription,
  behaviors: (issues, path, behaviors) => issues.push(...validateBehaviors(behaviors, path)),
  alertTargets: checkAlertTargets,
  additionalMetricsToRetain: (issues, path, metrics) =>
    metrics.forEach((metric, index) => validateMetricName(issues, at(path, index), metric)),
  additionalMetricsToRetainV2: (issues, path, entries) =>
    entries.forEach((entry, index) => checkMetricToRetain(issues, at(path, index), entry)),
  metricsExportConfig: checkExportConfig,
};

/** Checks the content members of a create or update request, each where it is given, then the rules across them. */
export function validateProfileMembers(members: ProfileContent): ValidationIssue[] {
  const issues: Issues = [];
  for (const member of CONTENT_MEMBERS) checkMember(issues, members, member);
  if (members.additionalMetricsToRetain !== undefined && members.additionalMetricsToRetainV2 !== undefined) {
    report(
      issues,
      'additionalMetricsToRetain',
      'cannot be combined with additionalMetricsToRetainV2 (its replacement)',
      'retainSpellings',
    );
  }
  return issues;
}

function checkMember<K extends ContentMember>(issues: Issues, members: ProfileContent, member: K): void {
  const value = members[member];
  if (value !== undefined && value !== null) MEMBER_RULES[member](issues, member, value);
}

/** Each alert target: a known type, an SNS topic ARN and a role ARN. */
function checkAlertTargets(
  issues: Issues,
  membersPath: string,
  targets: Record<string, AlertTarget | undefined>,
): void {
  for (const [type, target] of Object.entries(targets)) {
    const path = at(membersPath, type);
    if (!(ALERT_TARGET_TYPES as readonly string[]).includes(type)) {
      report(
        issues,
        path,
        `alert target type must be one of ${ALERT_TARGET_TYPES.join(', ')} (got ${quote(type)})`,
        'modelEnum',
      );
    }
    if (!target) continue;
    checkArn(
      issues,
      at(path, 'alertTargetArn'),
      target.alertTargetArn,
      'an SNS topic',
      SNS_TOPIC_ARN,
      'snsTopicArn',
    );
    checkRoleArn(issues, at(path, 'roleArn'), target.roleArn);
  }
}

/** One entry of additionalMetricsToRetainV2: its metric, and its dimension as that metric allows. */
function checkMetricToRetain(issues: Issues, path: string, entry: MetricToRetain): void {
  const before = issues.length;
  const kind = validateMetricName(issues, at(path, 'metric'), entry.metric);
  const named = !issues.slice(before).some((issue) => issue.rule === 'metricName');
  if (entry.metricDimension) {
    const use = {
      metric: entry.metric,
      spec: kind === 'built-in' ? BUILT_IN_METRICS[entry.metric] : undefined,
      custom: checkedAsCustom(kind),
      ml: false,
    };
    validateMetricDimension(
      issues,
      at(path, 'metricDimension'),
      entry.metricDimension,
      named ? use : undefined,
    );
  }
}

/** The metrics export config: a topic to publish to and a role ARN. */
function checkExportConfig(issues: Issues, path: string, config: MetricsExportConfig): void {
  const topicPath = at(path, 'mqttTopic');
  const before = issues.length;
  checkString(issues, topicPath, config.mqttTopic, STRING_SHAPES.MqttTopic);
  // Device Defender publishes to this topic: a publish topic cannot hold MQTT wildcards.
  if (issues.length === before && /[+#]/.test(config.mqttTopic)) {
    report(
      issues,
      topicPath,
      `must be a topic to publish to, without the wildcards + and # (got ${quote(config.mqttTopic)})`,
      'publishTopic',
    );
  }
  checkRoleArn(issues, at(path, 'roleArn'), config.roleArn);
}

function checkRoleArn(issues: Issues, path: string, arn: string): void {
  const before = issues.length;
  checkString(issues, path, arn, STRING_SHAPES.RoleArn);
  if (issues.length === before) checkArn(issues, path, arn, 'an IAM role', IAM_ROLE_ARN, 'iamRoleArn');
}

function checkArn(
  issues: Issues,
  path: string,
  arn: string,
  what: string,
  pattern: RegExp,
  rule: RuleId,
): void {
  const before = issues.length;
  checkString(issues, path, arn, STRING_SHAPES.AlertTargetArn);
  if (issues.length === before && !pattern.test(arn)) {
    report(issues, path, `must be the ARN of ${what} (got ${quote(arn)})`, rule);
  }
}

/** The model's pattern (read with Unicode classes), then the reading that only ASCII passes. */
function checkDescription(issues: Issues, path: string, description: string): void {
  const before = issues.length;
  checkString(issues, path, description, STRING_SHAPES.SecurityProfileDescription);
  if (issues.length === before && !/^[\x20-\x7E]*$/.test(description)) {
    report(
      issues,
      path,
      `holds characters outside printable ASCII, which [\\p{Graph}\\x20]* excludes as Java reads it (got ${quote(description)})`,
      'asciiDescription',
    );
  }
}
