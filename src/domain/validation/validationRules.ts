/**
 * How much a rule may do. `model` and `confirmed` rules refuse a request
 * before IoT sees it (BAD_USER_INPUT naming the field); `unconfirmed` readings
 * never refuse: they are reported as warnings with the same field paths, and
 * IoT decides. `api` rules are the gateway's own input contract (a patch that
 * contradicts itself), which is not IoT's to judge.
 */
export type RuleTier = 'model' | 'confirmed' | 'unconfirmed' | 'api';

/** One rule of the gateway's validation, with the evidence for its tier. */
export interface ValidationRule {
  tier: RuleTier;
  /** What the rule asks of a request. */
  rule: string;
  /** Where AWS says so: the model, a documentation page, an error message AWS was seen sending. */
  source: string;
}

const M = "AWS IoT's model (botocore `iot/2015-05-28/service-2.json`)";
const METRIC_PAGES =
  'Device Defender metric pages ([cloud-side](https://docs.aws.amazon.com/iot-device-defender/latest/devguide/detect-cloud-side-metrics.html), [device-side](https://docs.aws.amazon.com/iot-device-defender/latest/devguide/detect-device-side-metrics.html))';
const NO_SOURCE = 'none found: no AWS document, example or message says AWS refuses it';

/**
 * Every rule the gateway checks, once, with its tier and source. Each check
 * names the rule it reports under, so the tier decides whether an issue refuses
 * or warns; docs/validation-rules.md is this table (a test keeps them equal).
 */
export const VALIDATION_RULES = {
  // The model: what IoT's service framework refuses before any handler runs.
  modelRequired: {
    tier: 'model',
    rule: "A member the model requires is given: a behavior's `name`, a dimension's `dimensionName`, `confidenceLevel`, an alert target's two ARNs, a metric to retain's `metric`, the export's `mqttTopic` and `roleArn`",
    source: M,
  },
  modelLength: {
    tier: 'model',
    rule: 'Lengths (in code points) and list sizes: names 1–128, description ≤ 1000, CIDR 2–43, role ARN 20–2048, MQTT topic 1–512, tag key 1–128 and value ≤ 256, at most 100 behaviors',
    source: `${M}; Device Defender quotas (100 behaviors)`,
  },
  modelPattern: {
    tier: 'model',
    rule: "Patterns, matched against the whole value: profile, behavior and dimension names `[a-zA-Z0-9:_-]+`, CIDRs `[a-fA-F0-9:./]+`, statistics p0 … p100, tag keys; the description's `[\\p{Graph}\\x20]*` read with Unicode classes (no control characters, no line breaks)",
    source: `${M}; full matching: AWS IoT's own InvalidRequestException quoted in aws/aws-sdk-java#666`,
  },
  modelRange: {
    tier: 'model',
    rule: '`count` 0 … 2^63−1, ports 0 … 65535, `consecutiveDatapointsToAlarm`/`ToClear` 1 … 10, `durationSeconds` a 32-bit integer, `expectedVersion` a 64-bit integer, numbers finite',
    source: `${M}; "should be in range[1,10]" (AWS CLI example of validate-security-profile-behaviors)`,
  },
  modelEnum: {
    tier: 'model',
    rule: 'Enums: comparison operators, dimension operators (IN, NOT_IN), confidence levels (LOW, MEDIUM, HIGH), alert target types (SNS)',
    source: M,
  },

  // Device Defender's rules that AWS documents.
  metricName: {
    tier: 'confirmed',
    rule: 'A metric (of a behavior or a metric to retain) is 1–128 characters of `[a-zA-Z0-9:_-]`',
    source:
      "CloudFormation's AWS::IoT::SecurityProfile schema and [docs](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-iot-securityprofile-behavior.html); the model's `MetricName` for custom metrics",
  },
  operatorPerMetric: {
    tier: 'confirmed',
    rule: 'The operator suits the metric: the four comparisons for numeric metrics, the CIDR sets for IP lists, the port sets for port lists; never a port set on a custom metric',
    source: `${METRIC_PAGES} ("Operators:"); [behaviors](https://docs.aws.amazon.com/iot-device-defender/latest/devguide/detect-behaviors.html) ("Not all operators are valid for every metric"); the model's comparisonOperator documentation per custom metric type`,
  },
  documentedDurations: {
    tier: 'confirmed',
    rule: '`durationSeconds` is 300, 600, 900, 1800 or 3600 on the metrics whose page lists them',
    source: `${METRIC_PAGES} ("Valid values are 300, 600, 900, 1800, or 3600 seconds")`,
  },
  noDurationOnListMetrics: {
    tier: 'confirmed',
    rule: 'No `durationSeconds` on a list-based metric (IP addresses, ports, custom lists)',
    source: `${M}: durationSeconds "Cannot be used with list-based metric datatypes"`,
  },
  mlSupportedMetrics: {
    tier: 'confirmed',
    rule: 'ML Detect only on the metrics it supports (6 cloud-side, 7 device-side, custom metrics)',
    source:
      '[ML Detect](https://docs.aws.amazon.com/iot-device-defender/latest/devguide/dd-detect-ml.html), "Supported metrics"',
  },
  dimensionSupport: {
    tier: 'confirmed',
    rule: 'A dimension only on messages sent and received, message size, authorization failures, and (rules behaviors only) source IP; never on a custom metric',
    source: `[Dimensions](https://docs.aws.amazon.com/iot/latest/developerguide/scoping-security-behavior.html); ML Detect "Limitations"; ${M}: "This can't be used with custom metrics"`,
  },
  valueElementQuota: {
    tier: 'confirmed',
    rule: "At most 1000 metric value elements in a profile's behaviors, counting a `count` or `number` as one and each member of `cidrs` and `ports`",
    source:
      '[Device Defender quotas](https://docs.aws.amazon.com/general/latest/gr/iot_device_defender.html): "Behavior metric value elements per security profile 1000"',
  },
  deleteFlagWithMember: {
    tier: 'confirmed',
    rule: '`deleteBehaviors`, `deleteAlertTargets`, `deleteAdditionalMetricsToRetain` not together with a non-empty `behaviors`, `alertTargets`, `additionalMetricsToRetain`',
    source: `${M}: "If any behaviors are defined in the current invocation, an exception occurs" (and the same of the other two)`,
  },
  reservedTagPrefix: {
    tier: 'confirmed',
    rule: 'Tag keys do not start with `aws:`; at most 50 tags on a resource',
    source:
      '[Tagging your AWS IoT resources](https://docs.aws.amazon.com/iot/latest/developerguide/tagging-iot.html)',
  },
  targetArnForm: {
    tier: 'confirmed',
    rule: 'A security profile target is `arn:aws:iot:<region>:<account>:thinggroup/<name>` (a thing group name: 1–128 of `[a-zA-Z0-9:_-]`) or `…:all/things`, `…:all/registered-things`, `…:all/unregistered-things`',
    source:
      "[Detect commands](https://docs.aws.amazon.com/iot-device-defender/latest/devguide/DetectCommands.html) (`detect-HowToHowTo.md`: the target forms); the model's `ThingGroupName`",
  },

  // Readings: what AWS may or may not refuse. Never refused; reported as warnings.
  asciiDescription: {
    tier: 'unconfirmed',
    rule: 'The description is printable ASCII (Java reads `\\p{Graph}` as ASCII unless told otherwise)',
    source: `${NO_SOURCE} (the likely reading of the model's pattern, not seen applied)`,
  },
  behaviorHasMetric: {
    tier: 'unconfirmed',
    rule: 'A behavior names its `metric`',
    source: `${NO_SOURCE} (optional in the model)`,
  },
  behaviorHasCriteria: {
    tier: 'unconfirmed',
    rule: 'A behavior has `criteria`',
    source: `${NO_SOURCE} (optional in the model)`,
  },
  knownAwsMetric: {
    tier: 'unconfirmed',
    rule: 'A metric named `aws:…` is one of the 18 documented built-in metrics',
    source: `${NO_SOURCE}; refusing it would refuse a metric AWS adds later, so an unknown aws: metric is checked against the model only`,
  },
  customValueElementQuota: {
    tier: 'unconfirmed',
    rule: "The 1000 metric value elements of a profile also count each member of the custom metrics' `numbers` and `strings`",
    source:
      'the [Device Defender quotas](https://docs.aws.amazon.com/general/latest/gr/iot_device_defender.html) give the quota ("Behavior metric value elements per security profile 1000") without saying what counts; that the custom metrics\' sets do is a reading',
  },
  uniqueBehaviorNames: {
    tier: 'unconfirmed',
    rule: "A profile's behavior names are unique",
    source: NO_SOURCE,
  },
  mlOrRulesProfile: {
    tier: 'unconfirmed',
    rule: "A profile's behaviors are all ML Detect or all rules-based",
    source: `${NO_SOURCE}; the behaviors page calls a profile "ML or Rule-based", descriptively`,
  },
  exportNeedsConfig: {
    tier: 'unconfirmed',
    rule: '`exportMetric: true` needs the profile to have a `metricsExportConfig`',
    source: `${NO_SOURCE}; CloudFormation's schema makes them independent`,
  },
  durationRequired: {
    tier: 'unconfirmed',
    rule: 'A rules behavior on a metric whose page lists durations sets `durationSeconds`; so does one with a `statisticalThreshold`',
    source:
      'IoT was seen answering "requires criteria\'s duration field to be set" (hashicorp/terraform-provider-awscc#3235) without saying for which metrics',
  },
  undocumentedDurations: {
    tier: 'unconfirmed',
    rule: '`durationSeconds` is 300 … 3600 also on metrics whose page lists no durations (message size, established connections, disconnect duration, custom metrics)',
    source: NO_SOURCE,
  },
  rulesCriteriaShape: {
    tier: 'unconfirmed',
    rule: 'A rules behavior has a `comparisonOperator` and either a `value` or a `statisticalThreshold`, not both',
    source: `${NO_SOURCE}; the behaviors page describes them so`,
  },
  mlCriteriaShape: {
    tier: 'unconfirmed',
    rule: 'An ML Detect behavior carries no operator, value, statistic or duration',
    source: `${NO_SOURCE}; every AWS example omits them`,
  },
  statisticalThresholdShape: {
    tier: 'unconfirmed',
    rule: 'A `statisticalThreshold` names its `statistic` and is used on numeric metrics only',
    source: `${NO_SOURCE}; every AWS example does so`,
  },
  valueMemberPerMetric: {
    tier: 'unconfirmed',
    rule: 'The value member fits the metric: `count` for built-in numbers, `number` for custom ones, `cidrs`, `ports`, `numbers`, `strings` for the sets; no other member',
    source: `${NO_SOURCE}; cross-use is not documented either way`,
  },
  nonEmptyValueSets: {
    tier: 'unconfirmed',
    rule: 'Sets (`cidrs`, `ports`, `numbers`, `strings`) hold at least one element; CIDRs parse as addresses or blocks',
    source: NO_SOURCE,
  },
  retainSpellings: {
    tier: 'unconfirmed',
    rule: '`additionalMetricsToRetain` and `additionalMetricsToRetainV2` not both in one request',
    source: NO_SOURCE,
  },
  snsTopicArn: {
    tier: 'unconfirmed',
    rule: '`alertTargetArn` is an SNS topic ARN (no FIFO topics)',
    source: `${NO_SOURCE} (unconstrained in the model)`,
  },
  iamRoleArn: {
    tier: 'unconfirmed',
    rule: '`roleArn` is an IAM role ARN',
    source: `${NO_SOURCE} (length only in the model)`,
  },
  publishTopic: {
    tier: 'unconfirmed',
    rule: 'The export `mqttTopic` holds no MQTT wildcards (`+`, `#`)',
    source: NO_SOURCE,
  },
  deleteFlagWithOtherMember: {
    tier: 'unconfirmed',
    rule: '`deleteAdditionalMetricsToRetain` not with `additionalMetricsToRetainV2`; `deleteMetricsExportConfig` not with `metricsExportConfig`',
    source: `${NO_SOURCE}; the model states the exception for the other flags only`,
  },
  uniqueTagKeys: {
    tier: 'unconfirmed',
    rule: 'A tag key is given once',
    source: NO_SOURCE,
  },

  // The gateway's own input.
  patchConsistency: {
    tier: 'api',
    rule: 'A patch names a behavior or metric to retain once among its upserts, does not upsert and remove it, and does not give a member with its delete flag',
    source: "the gateway's patch: such a patch asks for two different results",
  },
} as const satisfies Record<string, ValidationRule>;

/** The name of a rule in VALIDATION_RULES. */
export type RuleId = keyof typeof VALIDATION_RULES;

/** Whether an issue under `rule` refuses the request; an issue under no rule is the gateway's own input contract. */
export function refuses(rule: RuleId | undefined): boolean {
  return rule === undefined || VALIDATION_RULES[rule].tier !== 'unconfirmed';
}
