/**
 * Every validation rule that AWS's model, docs and quotas leave uncertain,
 * decided in one place. Each entry takes the stricter reading (reject when in
 * doubt) so the gateway never lets through what IoT might refuse; flip an entry
 * here to relax the rule everywhere (gateway and emulator alike).
 *
 * `docs/emulator.md` lists these with the evidence behind each.
 */
export const STRICT_READINGS = {
  /** Smithy `@pattern` is not anchored; IoT's validators are taken to full-match. */
  fullMatchPatterns: true,
  /**
   * The description pattern is Java's `[\p{Graph}\x20]*`; Java's `\p{Graph}` is
   * POSIX ASCII unless UNICODE_CHARACTER_CLASS is set, so only printable ASCII passes.
   */
  asciiOnlyDescription: true,
  /** `Behavior.metric` is optional in the model, but a behavior measures nothing without it. */
  requireBehaviorMetric: true,
  /** `Behavior.criteria` is optional in the model; a behavior without criteria cannot alert. */
  requireBehaviorCriteria: true,
  /** `StatisticalThreshold.statistic` is optional in the model; a threshold without it has no value. */
  requireStatistic: true,
  /**
   * Every AWS example with `statisticalThreshold` carries `durationSeconds` (its
   * accumulation window), and the service was seen answering "requires criteria's
   * duration field to be set"; plain value comparisons do not need it.
   */
  durationRequiredWithStatistic: true,
  /**
   * The service was seen answering "requires criteria's duration field to be set"
   * (hashicorp/terraform-provider-awscc#3235) without saying for which metrics:
   * a rules behavior on a built-in metric whose page has a "Duration" line
   * (`MetricSpec.durationListed`) needs `durationSeconds`. `aws:message-byte-size`
   * and `aws:num-established-tcp-connections` (no such line; the AWS CLI page
   * sends message-byte-size without it), list metrics and custom metrics are exempt.
   */
  durationRequiredForListedMetrics: true,
  /** A metric named `aws:…` that is not in the built-in catalogue is refused (custom metrics have no `aws:` prefix). */
  rejectUnknownAwsMetrics: true,
  /** Behavior names identify behaviors (violations, exports); duplicates are refused. */
  rejectDuplicateBehaviorNames: true,
  /** AWS describes a profile as "one of two threshold types: ML or Rule-based"; mixing is refused. */
  rejectMixedMlAndRules: true,
  /** An empty `cidrs`/`ports`/`numbers`/`strings` set compares against nothing; refused. */
  rejectEmptyValueLists: true,
  /** CIDR strings must parse as an IPv4/IPv6 address or block, not only match the model's character class. */
  validateCidrSyntax: true,
  /** `additionalMetricsToRetain` (deprecated) and `…V2` are two spellings of one setting; both at once is refused. */
  rejectBothRetainSpellings: true,
  /** `exportMetric: true` pairs with the profile's `metricsExportConfig`; without one it is refused. */
  exportMetricRequiresExportConfig: true,
  /**
   * Custom `number` metrics take `durationSeconds` from the same documented set as
   * the built-in numeric metrics (AWS documents no set of their own).
   */
  customNumberMetricDurations: [300, 600, 900, 1800, 3600] as readonly number[],
  /** `alertTargetArn` is unconstrained in the model; it must be an SNS topic ARN. */
  alertTargetArnPattern: /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}$/,
  /** `roleArn` is only length-constrained in the model; it must be an IAM role ARN. */
  roleArnPattern: /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/,
} as const;
