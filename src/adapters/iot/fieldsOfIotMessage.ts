/** What of the request sent to IoT it takes to place a named behavior or metric to retain. */
export interface NamedMembers {
  behaviors?: ReadonlyArray<{ name?: string }>;
  additionalMetricsToRetain?: readonly string[];
  additionalMetricsToRetainV2?: ReadonlyArray<{ metric?: string }>;
}

/** Where a bare member name of a behavior lies inside it, as Device Defender's messages name it. */
const BEHAVIOR_MEMBER_PATHS: Readonly<Record<string, string>> = {
  name: 'name',
  metric: 'metric',
  metricDimension: 'metricDimension',
  dimensionName: 'metricDimension.dimensionName',
  operator: 'metricDimension.operator',
  criteria: 'criteria',
  suppressAlerts: 'suppressAlerts',
  exportMetric: 'exportMetric',
  comparisonOperator: 'criteria.comparisonOperator',
  value: 'criteria.value',
  durationSeconds: 'criteria.durationSeconds',
  consecutiveDatapointsToAlarm: 'criteria.consecutiveDatapointsToAlarm',
  consecutiveDatapointsToClear: 'criteria.consecutiveDatapointsToClear',
  statisticalThreshold: 'criteria.statisticalThreshold',
  statistic: 'criteria.statisticalThreshold.statistic',
  mlDetectionConfig: 'criteria.mlDetectionConfig',
  confidenceLevel: 'criteria.mlDetectionConfig.confidenceLevel',
  count: 'criteria.value.count',
  cidrs: 'criteria.value.cidrs',
  ports: 'criteria.value.ports',
  number: 'criteria.value.number',
  numbers: 'criteria.value.numbers',
  strings: 'criteria.value.strings',
};

const TOP_LEVEL_MEMBERS = new Set<string>([
  'securityProfileName',
  'securityProfileDescription',
  'behaviors',
  'alertTargets',
  'additionalMetricsToRetain',
  'additionalMetricsToRetainV2',
  'deleteBehaviors',
  'deleteAlertTargets',
  'deleteAdditionalMetricsToRetain',
  'expectedVersion',
  'metricsExportConfig',
  'deleteMetricsExportConfig',
]);

const FRAMEWORK_PATH = /(?:^|\s)at '([A-Za-z0-9_.:-]+)' (?:failed to satisfy constraint|cannot be read)/g;
const MALFORMED_BEHAVIOR = /^Behavior (.*?) is malformed\. (\w+)/;
const MALFORMED_METRIC_TO_RETAIN = /^Metric to retain (.*?) is malformed\. (\w+)/;
const MALFORMED_ADDITIONAL_METRIC = /^Additional metric to retain (.*?) is malformed\./;

/**
 * The fields an InvalidRequestException of IoT names, in the gateway's spelling
 * (`behaviors[0].criteria.durationSeconds`), read from the two shapes IoT's
 * messages come in: the service framework's (`… at 'behaviors.1.member.name'
 * failed to satisfy constraint: …`, one per broken constraint) and Device
 * Defender's (`Behavior Authorization is malformed. consecutiveDatapointsToAlarm
 * 100000 should be in range[1,10]`, which names the behavior, found in the
 * request, and a bare member). Empty when the message names no field.
 */
export function fieldsOfIotMessage(message: string, request: NamedMembers): string[] {
  const framework = [...message.matchAll(FRAMEWORK_PATH)].map((match) => fromAwsPath(match[1] ?? ''));
  if (framework.length > 0) return [...new Set(framework)];
  const behavior = MALFORMED_BEHAVIOR.exec(message);
  if (behavior) {
    const index = request.behaviors?.findIndex((b) => b.name === behavior[1]) ?? -1;
    const member = BEHAVIOR_MEMBER_PATHS[behavior[2] ?? ''];
    if (index < 0) return ['behaviors'];
    return [member ? `behaviors[${index}].${member}` : `behaviors[${index}]`];
  }
  const retained = MALFORMED_METRIC_TO_RETAIN.exec(message);
  if (retained) {
    const index = request.additionalMetricsToRetainV2?.findIndex((m) => m.metric === retained[1]) ?? -1;
    if (index < 0) return ['additionalMetricsToRetainV2'];
    return [
      `additionalMetricsToRetainV2[${index}].${retained[2] === 'metricDimension' ? 'metricDimension' : 'metric'}`,
    ];
  }
  const additional = MALFORMED_ADDITIONAL_METRIC.exec(message);
  if (additional) {
    const index = request.additionalMetricsToRetain?.indexOf(additional[1] ?? '') ?? -1;
    return [index < 0 ? 'additionalMetricsToRetain' : `additionalMetricsToRetain[${index}]`];
  }
  const first = /^(\w+)\b/.exec(message)?.[1];
  return first !== undefined && TOP_LEVEL_MEMBERS.has(first) ? [first] : [];
}

/** `behaviors.1.member.criteria` → `behaviors[0].criteria`; `alertTargets.SNS.member.roleArn` → `alertTargets.SNS.roleArn`. */
export function fromAwsPath(path: string): string {
  const tokens = path.split('.');
  let field = '';
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] ?? '';
    if (token === 'member') continue;
    if (/^\d+$/.test(token) && tokens[i + 1] === 'member') {
      field += `[${Number(token) - 1}]`;
      i += 1;
    } else {
      field += field ? `.${token}` : token;
    }
  }
  return field;
}

const FRAMEWORK_PREFIX = /^\d+ validation errors? detected: /;

/**
 * IoT's InvalidRequestException as issues: one per constraint the framework
 * lists (each with its own field), or the one problem Device Defender names;
 * IoT's words are kept as they are.
 */
export function issuesOfIotMessage(
  message: string,
  request: NamedMembers,
): Array<{ path: string; message: string }> {
  const segments = FRAMEWORK_PREFIX.test(message)
    ? message.replace(FRAMEWORK_PREFIX, '').split(/; (?=Value )/)
    : [message];
  return segments.map((segment) => ({
    path: fieldsOfIotMessage(segment, request)[0] ?? '',
    message: segment,
  }));
}
