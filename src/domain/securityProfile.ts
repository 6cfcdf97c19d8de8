/**
 * The security-profile shapes of AWS IoT's `UpdateSecurityProfile`, as the
 * service's JSON spells them (member names, nesting, enum spellings), with two
 * deliberate representation choices:
 * - 64-bit integers (`count`, `version`, `expectedVersion`) are `bigint`, so a
 *   value above 2^53 survives the round trip exactly;
 * - timestamps are `Date`.
 * Everything in the gateway speaks these types; adapters translate at the edge.
 */

export const COMPARISON_OPERATORS = [
  'less-than',
  'less-than-equals',
  'greater-than',
  'greater-than-equals',
  'in-cidr-set',
  'not-in-cidr-set',
  'in-port-set',
  'not-in-port-set',
  'in-set',
  'not-in-set',
] as const;
export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];

export const DIMENSION_VALUE_OPERATORS = ['IN', 'NOT_IN'] as const;
export type DimensionValueOperator = (typeof DIMENSION_VALUE_OPERATORS)[number];

export const CONFIDENCE_LEVELS = ['LOW', 'MEDIUM', 'HIGH'] as const;
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

export const ALERT_TARGET_TYPES = ['SNS'] as const;
export type AlertTargetType = (typeof ALERT_TARGET_TYPES)[number];

export interface MetricValue {
  count?: bigint;
  cidrs?: string[];
  ports?: number[];
  number?: number;
  numbers?: number[];
  strings?: string[];
}

export interface StatisticalThreshold {
  statistic?: string;
}

export interface MachineLearningDetectionConfig {
  confidenceLevel: ConfidenceLevel;
}

export interface BehaviorCriteria {
  comparisonOperator?: ComparisonOperator;
  value?: MetricValue;
  durationSeconds?: number;
  consecutiveDatapointsToAlarm?: number;
  consecutiveDatapointsToClear?: number;
  statisticalThreshold?: StatisticalThreshold;
  mlDetectionConfig?: MachineLearningDetectionConfig;
}

export interface MetricDimension {
  dimensionName: string;
  operator?: DimensionValueOperator;
}

export interface Behavior {
  name: string;
  metric?: string;
  metricDimension?: MetricDimension;
  criteria?: BehaviorCriteria;
  suppressAlerts?: boolean;
  exportMetric?: boolean;
}

export interface AlertTarget {
  alertTargetArn: string;
  roleArn: string;
}

/** IoT models alert targets as a map keyed by target type; SNS is the only type. */
export type AlertTargets = Partial<Record<AlertTargetType, AlertTarget>>;

export interface MetricToRetain {
  metric: string;
  metricDimension?: MetricDimension;
  exportMetric?: boolean;
}

export interface MetricsExportConfig {
  mqttTopic: string;
  roleArn: string;
}

/**
 * The content of a profile: the members `UpdateSecurityProfile` can change, as
 * both its request and Describe's answer spell them. Declared once here; the
 * member catalogue (`members/profileMembers.ts`) and every mapper that must
 * handle a member are exhaustive over it, so a member added here fails the
 * build wherever it needs handling.
 */
export interface ProfileContent {
  securityProfileDescription?: string;
  behaviors?: Behavior[];
  alertTargets?: AlertTargets;
  /** @deprecated by AWS in favour of additionalMetricsToRetainV2; still accepted. */
  additionalMetricsToRetain?: string[];
  additionalMetricsToRetainV2?: MetricToRetain[];
  metricsExportConfig?: MetricsExportConfig;
}

/** The name of one content member. */
export type ContentMember = keyof ProfileContent;

/** The flags of `UpdateSecurityProfile` that clear members; the catalogue says which members each clears. */
export interface DeleteFlags {
  deleteBehaviors?: boolean;
  deleteAlertTargets?: boolean;
  deleteAdditionalMetricsToRetain?: boolean;
  deleteMetricsExportConfig?: boolean;
}

export type DeleteFlag = keyof DeleteFlags;

/** The request members of `UpdateSecurityProfile`, minus transport-only details. */
export interface UpdateSecurityProfileRequest extends ProfileContent, DeleteFlags {
  securityProfileName: string;
  expectedVersion?: bigint;
}

/** Every output member of `UpdateSecurityProfile` / `DescribeSecurityProfile`: identity, content, bookkeeping. */
export interface SecurityProfile extends ProfileContent {
  securityProfileName: string;
  securityProfileArn: string;
  version: bigint;
  creationDate?: Date;
  lastModifiedDate?: Date;
}

/** A profile as loaded for a change: its content plus the owner tag read alongside it. */
export interface LoadedProfile {
  profile: SecurityProfile;
  /** Value of the owner tag, or undefined when the profile carries none. */
  ownerTeam: string | undefined;
}
