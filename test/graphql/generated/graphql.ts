/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where an alert goes and which role IoT assumes to deliver it. */
export type AlertTargetInput = {
  /** The SNS topic that receives alerts. */
  alertTargetArn: string;
  /** The IAM role IoT assumes to publish to the topic. It must be one your team may use. */
  roleArn: string;
};

/** Alert targets by type. SNS is the only type IoT supports. */
export type AlertTargetsInput = {
  SNS?: AlertTargetInput | null | undefined;
};

export type AuditOperation =
  /** A target attached (the change `targets[ARN]`); no new version. */
  | 'ATTACH'
  /** The first snapshot the audit holds of a profile (or of a new incarnation of it): no change, a starting point. */
  | 'BASELINE'
  /** A profile created through the gateway; the event's `after` is the profile as IoT created it. */
  | 'CREATE'
  /** A profile deleted through the gateway; the event's `before` keeps the profile as it was. */
  | 'DELETE'
  /** A target detached; no new version. */
  | 'DETACH'
  /** A change IoT applied that no call of the gateway made (console, CLI, CloudFormation…), found by the audit. */
  | 'OUT_OF_BAND_CHANGE'
  | 'PATCH'
  /** The profile made again what an earlier event left it (`restoredEventId`). */
  | 'RESTORE'
  /** A profile given to another owner team (`previousOwnerTeam` → `ownerTeam`). */
  | 'TRANSFER_OWNERSHIP'
  | 'UPDATE';

export type AuditOutcome =
  | 'CONFLICT'
  | 'DENIED'
  | 'FAILED'
  | 'INVALID'
  /** Written before IoT was called and not finalised: outcome unknown until reconciled. */
  | 'PENDING'
  | 'SUCCEEDED';

/** When a behavior is violated. Rules behaviors set an operator and a value or statistic; ML behaviors set `mlDetectionConfig`. */
export type BehaviorCriteriaInput = {
  /** How the metric is compared with `value` (rules behaviors only). */
  comparisonOperator?: ComparisonOperator | null | undefined;
  /** How many violating datapoints in a row raise an alarm (1–10; IoT assumes 1). */
  consecutiveDatapointsToAlarm?: number | null | undefined;
  /** How many compliant datapoints in a row clear an alarm (1–10; IoT assumes 1). */
  consecutiveDatapointsToClear?: number | null | undefined;
  /** For time-based metrics, the window in seconds over which the metric is accumulated (300, 600, 900, 1800 or 3600). */
  durationSeconds?: number | null | undefined;
  /** Make this an ML Detect behavior. */
  mlDetectionConfig?: MachineLearningDetectionConfigInput | null | undefined;
  /** Compare with a percentile of all devices instead of a fixed value. */
  statisticalThreshold?: StatisticalThresholdInput | null | undefined;
  /** The fixed threshold to compare against. */
  value?: MetricValueInput | null | undefined;
};

/** One rule of a security profile: a metric and the criteria under which a device violates it. */
export type BehaviorInput = {
  /** When the behavior is violated. */
  criteria?: BehaviorCriteriaInput | null | undefined;
  /** Include this behavior's metric in the metrics export. */
  exportMetric?: boolean | null | undefined;
  /** The metric measured: a built-in `aws:` metric or the name of a custom metric. */
  metric?: string | null | undefined;
  /** Limits the metric to a dimension (built-in message metrics only). */
  metricDimension?: MetricDimensionInput | null | undefined;
  /** A name unique within the profile (letters, digits, `:`, `_`, `-`; up to 128). */
  name: string;
  /** Record violations but do not forward alerts to the alert targets. */
  suppressAlerts?: boolean | null | undefined;
};

/** How a rules-based behavior compares the metric with its value. Each maps to AWS's spelling (`LESS_THAN` → `less-than`). */
export type ComparisonOperator =
  /** Numeric metrics: alarm when the metric is greater than the value. */
  | 'GREATER_THAN'
  /** Numeric metrics: alarm when the metric is greater than or equal to the value. */
  | 'GREATER_THAN_EQUALS'
  /** IP-address metrics: alarm when the address is inside one of `value.cidrs`. */
  | 'IN_CIDR_SET'
  /** Port metrics: alarm when a port is one of `value.ports`. */
  | 'IN_PORT_SET'
  /** Custom list metrics: alarm when a member is in `value.numbers` or `value.strings`. */
  | 'IN_SET'
  /** Numeric metrics: alarm when the metric is less than the value. */
  | 'LESS_THAN'
  /** Numeric metrics: alarm when the metric is less than or equal to the value. */
  | 'LESS_THAN_EQUALS'
  /** IP-address metrics: alarm when the address is outside all of `value.cidrs`. */
  | 'NOT_IN_CIDR_SET'
  /** Port metrics: alarm when a port is none of `value.ports`. */
  | 'NOT_IN_PORT_SET'
  /** Custom list metrics: alarm when a member is in neither `value.numbers` nor `value.strings`. */
  | 'NOT_IN_SET';

/** How sensitive an ML Detect behavior is to anomalies. */
export type ConfidenceLevel =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** Every request member of AWS IoT's CreateSecurityProfile, plus the owner team and the gateway's `dryRun`. */
export type CreateSecurityProfileInput = {
  /**
   * Deprecated by AWS: metric names to retain. Prefer `additionalMetricsToRetainV2`.
   * @deprecated AWS deprecated it; use additionalMetricsToRetainV2, which also takes dimensions.
   */
  additionalMetricsToRetain?: Array<string> | null | undefined;
  /** Metrics to retain although no behavior uses them. */
  additionalMetricsToRetainV2?: Array<MetricToRetainInput> | null | undefined;
  /** Where alerts are sent. */
  alertTargets?: AlertTargetsInput | null | undefined;
  /** The rules a device must keep. */
  behaviors?: Array<BehaviorInput> | null | undefined;
  /** Validate, authorize and compute the result without creating anything or recording an audit event. */
  dryRun?: boolean | null | undefined;
  /** Where exported metrics are published. */
  metricsExportConfig?: MetricsExportConfigInput | null | undefined;
  /**
   * The team that will own the profile: one of yours (required when you belong to several). Admins may name any team,
   * or none for a profile only admins may change.
   */
  ownerTeam?: string | null | undefined;
  /** What the profile is for (up to 1000 printable characters). */
  securityProfileDescription?: string | null | undefined;
  /** The new profile's name (letters, digits, `:`, `_`, `-`; up to 128). */
  securityProfileName: string;
  /** Tags besides the owner tag, which the gateway sets from `ownerTeam`. */
  tags?: Array<TagInput> | null | undefined;
};

export type DeleteSecurityProfileInput = {
  /** Validate and authorize without deleting anything or recording an audit event. */
  dryRun?: boolean | null | undefined;
  /** Delete only if the profile is still at this version (one attempt, no retry). */
  expectedVersion?: number | string | null | undefined;
  /** The profile to delete. */
  securityProfileName: string;
};

/** How a dimension's values filter the metric. */
export type DimensionValueOperator =
  /** Count only what matches one of the dimension's values (IoT's default). */
  | 'IN'
  /** Count only what matches none of the dimension's values. */
  | 'NOT_IN';

/** Turns a behavior into an ML Detect behavior: IoT learns normal from history instead of a fixed threshold. */
export type MachineLearningDetectionConfigInput = {
  /** How confident the model must be before it calls a datapoint anomalous. */
  confidenceLevel: ConfidenceLevel;
};

/** Narrows a metric to what a dimension (for example a TOPIC_FILTER) selects. */
export type MetricDimensionInput = {
  /** Name of an existing dimension (created with CreateDimension). */
  dimensionName: string;
  /** Whether the dimension's values include or exclude; IoT assumes IN when omitted. */
  operator?: DimensionValueOperator | null | undefined;
};

/** A metric whose data IoT keeps although no behavior uses it. */
export type MetricToRetainInput = {
  /** Include this metric in the metrics export. */
  exportMetric?: boolean | null | undefined;
  /** The metric to retain. */
  metric: string;
  /** Retain the metric only for what this dimension selects. */
  metricDimension?: MetricDimensionInput | null | undefined;
};

/** Identifies a retained metric to remove: the metric and, when it has one, its dimension. */
export type MetricToRetainKeyInput = {
  metric: string;
  metricDimension?: MetricDimensionInput | null | undefined;
};

/** The threshold a rules-based behavior compares against. Set the one member that matches the metric's type. */
export type MetricValueInput = {
  /** CIDR blocks, for IP-address metrics such as `aws:source-ip-address`. */
  cidrs?: Array<string> | null | undefined;
  /** A non-negative whole number, for count metrics such as `aws:num-messages-sent`. */
  count?: number | string | null | undefined;
  /** A decimal number, for custom metrics of type `number`. */
  number?: number | null | undefined;
  /** Decimal numbers, for custom metrics of type `number-list`. */
  numbers?: Array<number> | null | undefined;
  /** Port numbers (0–65535), for port metrics such as `aws:listening-tcp-ports`. */
  ports?: Array<number> | null | undefined;
  /** Strings, for custom metrics of type `string-list`. */
  strings?: Array<string> | null | undefined;
};

/** Where Device Defender publishes exported metrics. */
export type MetricsExportConfigInput = {
  /** The MQTT topic the metrics are published to. */
  mqttTopic: string;
  /** The IAM role IoT assumes to publish them. It must be one your team may use. */
  roleArn: string;
};

/** A partial change, merged into the profile's current state on every attempt. */
export type PatchSecurityProfileInput = {
  /** New alert targets, replacing the stored ones. */
  alertTargets?: AlertTargetsInput | null | undefined;
  /** Remove the alert targets. */
  deleteAlertTargets?: boolean | null | undefined;
  /** Remove the metrics export configuration. */
  deleteMetricsExportConfig?: boolean | null | undefined;
  /** Validate, authorize and compute the result without writing anything or recording an audit event. */
  dryRun?: boolean | null | undefined;
  /** Apply the patch only if the profile is still at this version (one attempt, no retry). */
  expectedVersion?: number | string | null | undefined;
  /** A new metrics export configuration. */
  metricsExportConfig?: MetricsExportConfigInput | null | undefined;
  /** Names of behaviors to remove; a name that is absent is ignored. */
  removeBehaviors?: Array<string> | null | undefined;
  /** Retained metrics to remove, matched by metric and dimension; absent ones are ignored. */
  removeMetricsToRetain?: Array<MetricToRetainKeyInput> | null | undefined;
  /** A new description. */
  securityProfileDescription?: string | null | undefined;
  /** The profile to change. */
  securityProfileName: string;
  /** Behaviors to add or replace, matched by name; the others stay as they are. */
  upsertBehaviors?: Array<BehaviorInput> | null | undefined;
  /** Retained metrics to add or replace, matched by metric and dimension. */
  upsertMetricsToRetain?: Array<MetricToRetainInput> | null | undefined;
};

/** How the reconcile job judged an event left PENDING, from IoT's state at the time. */
export type ReconciliationVerdict =
  /** The evidence shows IoT applied the call: CloudTrail's record of its own write, the version ledger, or IoT's content at the version it would have made. The outcome is SUCCEEDED. */
  | 'APPLIED'
  /** The evidence shows IoT did not apply the call: CloudTrail recorded IoT refusing it, another event accounts for the version, or IoT's state rules it out. The outcome is FAILED, and the event claims no version or content. */
  | 'NOT_APPLIED'
  /** No longer given: a verdict comes from evidence or is UNDETERMINED. Kept for events judged so before. */
  | 'PRESUMED_APPLIED'
  /** The profile no longer exists, and nothing tells whether the call changed it before: flagged for review; the outcome is FAILED. */
  | 'PROFILE_DELETED'
  /** The evidence cannot tell whether IoT applied the change: flagged for review; the outcome is not SUCCEEDED. */
  | 'UNDETERMINED';

/** Which profile to restore, and to the state right after which of its audit events. */
export type RestoreSecurityProfileInput = {
  /** An event of this profile's audit trail whose `after` is the content wanted back. */
  auditEventId: string | number;
  /** Validate, authorize and compute the result without writing anything or recording an audit event. */
  dryRun?: boolean | null | undefined;
  /** Restore only if the profile is still at this version (one attempt, no retry). */
  expectedVersion?: number | string | null | undefined;
  /** The profile to restore. */
  securityProfileName: string;
};

/** A profile and one target: a thing group's ARN, or `arn:aws:iot:REGION:ACCOUNT:all/things` (also `all/registered-things`, `all/unregistered-things`). */
export type SecurityProfileTargetInput = {
  /** Validate, authorize and compute the result without calling IoT's write or recording an audit event. */
  dryRun?: boolean | null | undefined;
  /** The profile to attach or detach. */
  securityProfileName: string;
  /** The target: `arn:aws:iot:REGION:ACCOUNT:thinggroup/NAME` or one of the account-wide targets. */
  securityProfileTargetArn: string;
};

/** Compares the metric with a percentile of what all devices reported, instead of a fixed value. */
export type StatisticalThresholdInput = {
  /** The percentile: one of p0, p0.1, p0.01, p1, p10, p50, p90, p99, p99.9, p99.99, p100. */
  statistic?: string | null | undefined;
};

/** A resource tag, as IoT spells it. */
export type TagInput = {
  Key: string;
  Value?: string | null | undefined;
};

export type TransferSecurityProfileOwnershipInput = {
  /** Validate and authorize without changing anything or recording an audit event. */
  dryRun?: boolean | null | undefined;
  /** The profile to give away. */
  securityProfileName: string;
  /** The team that will own it. */
  toTeam: string;
};

/** Every request member of AWS IoT's UpdateSecurityProfile, plus the gateway's `dryRun`. */
export type UpdateSecurityProfileInput = {
  /**
   * Deprecated by AWS: metric names to retain. Prefer `additionalMetricsToRetainV2`.
   * @deprecated AWS deprecated it; use additionalMetricsToRetainV2, which also takes dimensions.
   */
  additionalMetricsToRetain?: Array<string> | null | undefined;
  /** The complete new list of metrics to retain; it replaces the stored list. */
  additionalMetricsToRetainV2?: Array<MetricToRetainInput> | null | undefined;
  /** The new alert targets; they replace the stored ones. */
  alertTargets?: AlertTargetsInput | null | undefined;
  /** The complete new list of behaviors; it replaces the stored list. An empty list changes nothing: use `deleteBehaviors`. */
  behaviors?: Array<BehaviorInput> | null | undefined;
  /** Remove the retained metrics. Cannot be combined with `additionalMetricsToRetain`(V2). */
  deleteAdditionalMetricsToRetain?: boolean | null | undefined;
  /** Remove the alert targets. Cannot be combined with `alertTargets`. */
  deleteAlertTargets?: boolean | null | undefined;
  /** Remove every behavior. Cannot be combined with `behaviors`. */
  deleteBehaviors?: boolean | null | undefined;
  /** Remove the metrics export configuration. Cannot be combined with `metricsExportConfig`. */
  deleteMetricsExportConfig?: boolean | null | undefined;
  /** Validate, authorize and compute the result without writing anything or recording an audit event. */
  dryRun?: boolean | null | undefined;
  /**
   * Change the profile only if it is still at this version. When you send it, you own concurrency: the gateway makes one
   * attempt and answers VERSION_CONFLICT on a mismatch instead of retrying.
   */
  expectedVersion?: number | string | null | undefined;
  /** Where exported metrics are published. */
  metricsExportConfig?: MetricsExportConfigInput | null | undefined;
  /** A new description (up to 1000 printable characters). */
  securityProfileDescription?: string | null | undefined;
  /** The profile to change. */
  securityProfileName: string;
};

export type FaultMatrixUpdateMutationVariables = Exact<{
  input: UpdateSecurityProfileInput;
}>;


export type FaultMatrixUpdateMutation = { updateSecurityProfile: { auditEventId: string } };

export type FaultMatrixTrailQueryVariables = Exact<{
  name: string;
}>;


export type FaultMatrixTrailQuery = { securityProfileAuditTrail: { edges: Array<{ node: { eventId: string, operation: AuditOperation, outcome: AuditOutcome, errorCode: string | null, versionAfter: number | string | null, input: unknown, after: { securityProfileDescription: string | null } | null, attribution: { principal: string, eventName: string } | null, reconciliation: { verdict: ReconciliationVerdict, note: string } | null } }> } };

export type LostCreateMutationVariables = Exact<{
  input: CreateSecurityProfileInput;
}>;


export type LostCreateMutation = { createSecurityProfile: { auditEventId: string } };

export type LostAttachMutationVariables = Exact<{
  input: SecurityProfileTargetInput;
}>;


export type LostAttachMutation = { attachSecurityProfile: { auditEventId: string } };

export type LostDeleteMutationVariables = Exact<{
  input: DeleteSecurityProfileInput;
}>;


export type LostDeleteMutation = { deleteSecurityProfile: { deleted: boolean } };

export type LostAnswersTrailQueryVariables = Exact<{
  name: string;
}>;


export type LostAnswersTrailQuery = { securityProfileAuditTrail: { edges: Array<{ node: { operation: AuditOperation, outcome: AuditOutcome, versionAfter: number | string | null, reconciliation: { verdict: ReconciliationVerdict } | null } }> } };

export type AuditCompletenessUpdateMutationVariables = Exact<{
  input: UpdateSecurityProfileInput;
}>;


export type AuditCompletenessUpdateMutation = { updateSecurityProfile: { auditEventId: string, changes: Array<{ path: string, before: unknown, after: unknown }> } };

export type AuditCompletenessMineQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditCompletenessMineQuery = { myAuditEvents: { edges: Array<{ node: { eventId: string, outcome: AuditOutcome, errorCode: string | null, attempts: number, securityProfileName: string, versionBefore: number | string | null, versionAfter: number | string | null, changes: Array<{ path: string, before: unknown, after: unknown }> } }> } };

export type AuditSizeUpdateMutationVariables = Exact<{
  input: UpdateSecurityProfileInput;
}>;


export type AuditSizeUpdateMutation = { updateSecurityProfile: { auditEventId: string } };

export type AuditSizeTrailQueryVariables = Exact<{
  name: string;
}>;


export type AuditSizeTrailQuery = { securityProfileAuditTrail: { edges: Array<{ node: { eventId: string, outcome: AuditOutcome, errorCode: string | null, input: unknown, versionBefore: number | string | null, versionAfter: number | string | null, before: { behaviors: Array<{ name: string, criteria: { value: { strings: Array<string> | null } | null } | null }> | null } | null, after: { securityProfileDescription: string | null, behaviors: Array<{ name: string }> | null } | null, changes: Array<{ path: string }> } }> } };

export type AuditTrailUpdateMutationVariables = Exact<{
  input: UpdateSecurityProfileInput;
}>;


export type AuditTrailUpdateMutation = { updateSecurityProfile: { auditEventId: string, attempts: number, changes: Array<{ path: string, before: unknown, after: unknown }> } };

export type AuditTrailQueryVariables = Exact<{
  name: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditTrailQuery = { securityProfileAuditTrail: { edges: Array<{ cursor: string, node: { eventId: string, outcome: AuditOutcome, errorCode: string | null, operation: AuditOperation, securityProfileName: string, securityProfileArn: string | null, ownerTeam: string | null, attempts: number, versionBefore: number | string | null, versionAfter: number | string | null, input: unknown, apiRequestId: string, lambdaRequestId: string, sourceIp: string | null, userAgent: string | null, time: string, completedAt: string | null, actor: { subject: string, teams: Array<string>, isAdmin: boolean }, changes: Array<{ path: string, before: unknown, after: unknown }>, before: { version: number | string, securityProfileDescription: string | null } | null, after: { version: number | string, securityProfileDescription: string | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AuditTrailMineQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditTrailMineQuery = { myAuditEvents: { edges: Array<{ node: { eventId: string, securityProfileName: string, outcome: AuditOutcome, input: unknown, versionBefore: number | string | null, ownerTeam: string | null, before: { version: number | string } | null, after: { version: number | string } | null, changes: Array<{ path: string }> } }> } };

export type AuthorizationUpdateMutationVariables = Exact<{
  input: UpdateSecurityProfileInput;
}>;


export type AuthorizationUpdateMutation = { updateSecurityProfile: { securityProfile: { version: number | string } } };

export type CliProfileFieldsFragment = { securityProfileName: string, securityProfileArn: string, securityProfileDescription: string | null, version: number | string, creationDate: string | null, lastModifiedDate: string | null, behaviors: Array<{ name: string, metric: string | null, criteria: { comparisonOperator: ComparisonOperator | null, durationSeconds: number | null, consecutiveDatapointsToAlarm: number | null, consecutiveDatapointsToClear: number | null, value: { count: number | string | null } | null } | null }> | null };

export type CliUpdateMutationVariables = Exact<{
  input: UpdateSecurityProfileInput;
}>;


export type CliUpdateMutation = { updateSecurityProfile: { attempts: number, auditEventId: string, securityProfile: { securityProfileName: string, securityProfileArn: string, securityProfileDescription: string | null, version: number | string, creationDate: string | null, lastModifiedDate: string | null, behaviors: Array<{ name: string, metric: string | null, criteria: { comparisonOperator: ComparisonOperator | null, durationSeconds: number | null, consecutiveDatapointsToAlarm: number | null, consecutiveDatapointsToClear: number | null, value: { count: number | string | null } | null } | null }> | null } } };

export type CliReadQueryVariables = Exact<{ [key: string]: never; }>;


export type CliReadQuery = { securityProfile: { securityProfileName: string, securityProfileArn: string, securityProfileDescription: string | null, version: number | string, creationDate: string | null, lastModifiedDate: string | null, behaviors: Array<{ name: string, metric: string | null, criteria: { comparisonOperator: ComparisonOperator | null, durationSeconds: number | null, consecutiveDatapointsToAlarm: number | null, consecutiveDatapointsToClear: number | null, value: { count: number | string | null } | null } | null }> | null } | null };

export type ContentionPatchMutationVariables = Exact<{
  input: PatchSecurityProfileInput;
}>;


export type ContentionPatchMutation = { patchSecurityProfile: { attempts: number, applied: boolean, securityProfile: { version: number | string } } };

export type ContentionReadQueryVariables = Exact<{
  n: string;
}>;


export type ContentionReadQuery = { securityProfile: { version: number | string, behaviors: Array<{ name: string }> | null } | null };

export type ExactLongUpdateMutationVariables = Exact<{
  input: UpdateSecurityProfileInput;
}>;


export type ExactLongUpdateMutation = { updateSecurityProfile: { securityProfile: { version: number | string, behaviors: Array<{ criteria: { value: { count: number | string | null } | null } | null }> | null } } };

export type FairShareUpdateMutationVariables = Exact<{
  input: UpdateSecurityProfileInput;
}>;


export type FairShareUpdateMutation = { updateSecurityProfile: { attempts: number } };

export type FairShareMineQueryVariables = Exact<{ [key: string]: never; }>;


export type FairShareMineQuery = { myAuditEvents: { edges: Array<{ node: { outcome: AuditOutcome, errorCode: string | null } }> } };

export type HandlerReadQueryVariables = Exact<{
  name?: string;
}>;


export type HandlerReadQuery = { securityProfile: { securityProfileName: string } | null };

export type IncarnationCreateMutationVariables = Exact<{
  input: CreateSecurityProfileInput;
}>;


export type IncarnationCreateMutation = { createSecurityProfile: { auditEventId: string } };

export type IncarnationUpdateMutationVariables = Exact<{
  input: UpdateSecurityProfileInput;
}>;


export type IncarnationUpdateMutation = { updateSecurityProfile: { auditEventId: string } };

export type IncarnationDeleteMutationVariables = Exact<{
  input: DeleteSecurityProfileInput;
}>;


export type IncarnationDeleteMutation = { deleteSecurityProfile: { auditEventId: string } };

export type IncarnationTrailQueryVariables = Exact<{
  name: string;
}>;


export type IncarnationTrailQuery = { securityProfileAuditTrail: { edges: Array<{ node: { eventId: string, incarnation: { creationDate: string } | null } }> } };

export type IncarnationMineQueryVariables = Exact<{ [key: string]: never; }>;


export type IncarnationMineQuery = { myAuditEvents: { edges: Array<{ node: { eventId: string, securityProfileName: string } }> } };

export type LifecycleCreateMutationVariables = Exact<{
  input: CreateSecurityProfileInput;
}>;


export type LifecycleCreateMutation = { createSecurityProfile: { auditEventId: string, applied: boolean, securityProfile: { securityProfileName: string, version: number | string }, changes: Array<{ path: string, before: unknown, after: unknown }> } };

export type LifecycleListQueryVariables = Exact<{
  ownerTeam?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LifecycleListQuery = { securityProfiles: { edges: Array<{ cursor: string, node: { securityProfileName: string, ownerTeam: string | null, version: number | string, lastModifiedDate: string | null, profile: { behaviors: Array<{ name: string }> | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type LifecyclePatchMutationVariables = Exact<{
  input: PatchSecurityProfileInput;
}>;


export type LifecyclePatchMutation = { patchSecurityProfile: { applied: boolean } };

export type LifecycleDeleteMutationVariables = Exact<{
  input: DeleteSecurityProfileInput;
}>;


export type LifecycleDeleteMutation = { deleteSecurityProfile: { securityProfileName: string, deleted: boolean, auditEventId: string } };

export type LifecycleTransferMutationVariables = Exact<{
  input: TransferSecurityProfileOwnershipInput;
}>;


export type LifecycleTransferMutation = { transferSecurityProfileOwnership: { securityProfile: { version: number | string }, changes: Array<{ path: string, before: unknown, after: unknown }> } };

export type LifecycleAttachMutationVariables = Exact<{
  input: SecurityProfileTargetInput;
}>;


export type LifecycleAttachMutation = { attachSecurityProfile: { applied: boolean } };

export type LifecycleDetachMutationVariables = Exact<{
  input: SecurityProfileTargetInput;
}>;


export type LifecycleDetachMutation = { detachSecurityProfile: { applied: boolean } };

export type LifecycleTrailQueryVariables = Exact<{
  name: string;
}>;


export type LifecycleTrailQuery = { securityProfileAuditTrail: { edges: Array<{ node: { operation: AuditOperation, outcome: AuditOutcome, ownerTeam: string | null, previousOwnerTeam: string | null, before: { version: number | string } | null, after: { version: number | string } | null } }> } };

export type OracleDescribeQueryVariables = Exact<{
  n: string;
}>;


export type OracleDescribeQuery = { securityProfile: { securityProfileName: string, version: number | string } | null };

export type OracleTargetsQueryVariables = Exact<{
  n: string;
}>;


export type OracleTargetsQuery = { securityProfileTargets: Array<{ arn: string }> | null };

export type OracleListQueryVariables = Exact<{ [key: string]: never; }>;


export type OracleListQuery = { securityProfiles: { edges: Array<{ cursor: string, node: { securityProfileName: string, securityProfileArn: string, ownerTeam: string | null, version: number | string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OracleChangeFieldsFragment = { attempts: number, auditEventId: string, applied: boolean, securityProfile: { securityProfileName: string, version: number | string } };

export type OracleUpdateMutationVariables = Exact<{
  input: UpdateSecurityProfileInput;
}>;


export type OracleUpdateMutation = { updateSecurityProfile: { attempts: number, auditEventId: string, applied: boolean, securityProfile: { securityProfileName: string, version: number | string } } };

export type OraclePatchMutationVariables = Exact<{
  input: PatchSecurityProfileInput;
}>;


export type OraclePatchMutation = { patchSecurityProfile: { attempts: number, auditEventId: string, applied: boolean, securityProfile: { securityProfileName: string, version: number | string } } };

export type OracleCreateMutationVariables = Exact<{
  input: CreateSecurityProfileInput;
}>;


export type OracleCreateMutation = { createSecurityProfile: { attempts: number, auditEventId: string, applied: boolean, securityProfile: { securityProfileName: string, version: number | string } } };

export type OracleDeleteMutationVariables = Exact<{
  input: DeleteSecurityProfileInput;
}>;


export type OracleDeleteMutation = { deleteSecurityProfile: { securityProfileName: string, deleted: boolean, auditEventId: string } };

export type OracleTransferMutationVariables = Exact<{
  input: TransferSecurityProfileOwnershipInput;
}>;


export type OracleTransferMutation = { transferSecurityProfileOwnership: { attempts: number, auditEventId: string, applied: boolean, securityProfile: { securityProfileName: string, version: number | string } } };

export type OracleAttachMutationVariables = Exact<{
  input: SecurityProfileTargetInput;
}>;


export type OracleAttachMutation = { attachSecurityProfile: { attempts: number, auditEventId: string, applied: boolean, securityProfile: { securityProfileName: string, version: number | string } } };

export type OracleDetachMutationVariables = Exact<{
  input: SecurityProfileTargetInput;
}>;


export type OracleDetachMutation = { detachSecurityProfile: { attempts: number, auditEventId: string, applied: boolean, securityProfile: { securityProfileName: string, version: number | string } } };

export type OracleRestoreMutationVariables = Exact<{
  input: RestoreSecurityProfileInput;
}>;


export type OracleRestoreMutation = { restoreSecurityProfile: { attempts: number, auditEventId: string, applied: boolean, securityProfile: { securityProfileName: string, version: number | string } } };

export type OracleEventFieldsFragment = { eventId: string, time: string, operation: AuditOperation, securityProfileName: string, securityProfileArn: string | null, ownerTeam: string | null, previousOwnerTeam: string | null, outcome: AuditOutcome, errorCode: string | null, errorMessage: string | null, attempts: number, versionBefore: number | string | null, versionAfter: number | string | null, input: unknown, apiRequestId: string, lambdaRequestId: string, sourceIp: string | null, userAgent: string | null, completedAt: string | null, actor: { subject: string, teams: Array<string>, isAdmin: boolean }, incarnation: { securityProfileArn: string, creationDate: string } | null, before: { version: number | string } | null, after: { version: number | string } | null, changes: Array<{ path: string }>, reconciliation: { verdict: ReconciliationVerdict } | null, observation: { note: string } | null, attribution: { principal: string } | null, denial: { rule: string, message: string } | null };

export type OracleTrailQueryVariables = Exact<{
  n: string;
  first?: number | null | undefined;
}>;


export type OracleTrailQuery = { securityProfileAuditTrail: { edges: Array<{ cursor: string, node: { eventId: string, time: string, operation: AuditOperation, securityProfileName: string, securityProfileArn: string | null, ownerTeam: string | null, previousOwnerTeam: string | null, outcome: AuditOutcome, errorCode: string | null, errorMessage: string | null, attempts: number, versionBefore: number | string | null, versionAfter: number | string | null, input: unknown, apiRequestId: string, lambdaRequestId: string, sourceIp: string | null, userAgent: string | null, completedAt: string | null, actor: { subject: string, teams: Array<string>, isAdmin: boolean }, incarnation: { securityProfileArn: string, creationDate: string } | null, before: { version: number | string } | null, after: { version: number | string } | null, changes: Array<{ path: string }>, reconciliation: { verdict: ReconciliationVerdict } | null, observation: { note: string } | null, attribution: { principal: string } | null, denial: { rule: string, message: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OracleMineQueryVariables = Exact<{
  first: number;
}>;


export type OracleMineQuery = { myAuditEvents: { edges: Array<{ node: { eventId: string, time: string, operation: AuditOperation, securityProfileName: string, securityProfileArn: string | null, ownerTeam: string | null, previousOwnerTeam: string | null, outcome: AuditOutcome, errorCode: string | null, errorMessage: string | null, attempts: number, versionBefore: number | string | null, versionAfter: number | string | null, input: unknown, apiRequestId: string, lambdaRequestId: string, sourceIp: string | null, userAgent: string | null, completedAt: string | null, actor: { subject: string, teams: Array<string>, isAdmin: boolean }, incarnation: { securityProfileArn: string, creationDate: string } | null, before: { version: number | string } | null, after: { version: number | string } | null, changes: Array<{ path: string }>, reconciliation: { verdict: ReconciliationVerdict } | null, observation: { note: string } | null, attribution: { principal: string } | null, denial: { rule: string, message: string } | null } }> } };

export type OutOfBandTrailQueryVariables = Exact<{
  name: string;
}>;


export type OutOfBandTrailQuery = { securityProfileAuditTrail: { edges: Array<{ node: { eventId: string, operation: AuditOperation, outcome: AuditOutcome, ownerTeam: string | null, previousOwnerTeam: string | null, versionBefore: number | string | null, versionAfter: number | string | null, actor: { subject: string }, changes: Array<{ path: string, before: unknown, after: unknown }>, observation: { detectedBy: string, note: string } | null, attribution: { principal: string, eventName: string, eventID: string, eventTime: string, sourceIPAddress: string | null, userAgent: string | null, userIdentity: unknown } | null, incarnation: { creationDate: string } | null } }> } };

export type OutOfBandUpdateMutationVariables = Exact<{
  input: UpdateSecurityProfileInput;
}>;


export type OutOfBandUpdateMutation = { updateSecurityProfile: { auditEventId: string } };

export type FiveReadsQueryVariables = Exact<{ [key: string]: never; }>;


export type FiveReadsQuery = { a: { version: number | string } | null, b: { version: number | string } | null, c: { version: number | string } | null, d: { version: number | string } | null, e: { version: number | string } | null };

export type OneReadQueryVariables = Exact<{ [key: string]: never; }>;


export type OneReadQuery = { securityProfile: { version: number | string } | null };

export type BoundedCreateMutationVariables = Exact<{
  input: CreateSecurityProfileInput;
}>;


export type BoundedCreateMutation = { createSecurityProfile: { auditEventId: string } };

export type BoundedCreateTrailQueryVariables = Exact<{
  name: string;
}>;


export type BoundedCreateTrailQuery = { securityProfileAuditTrail: { edges: Array<{ node: { operation: AuditOperation, outcome: AuditOutcome, reconciliation: { verdict: ReconciliationVerdict } | null } }> } };

export type RestoreRaceUpdateMutationVariables = Exact<{
  input: UpdateSecurityProfileInput;
}>;


export type RestoreRaceUpdateMutation = { updateSecurityProfile: { auditEventId: string } };

export type RestoreRacePatchMutationVariables = Exact<{
  input: PatchSecurityProfileInput;
}>;


export type RestoreRacePatchMutation = { patchSecurityProfile: { securityProfile: { version: number | string } } };

export type RestoreRaceRestoreMutationVariables = Exact<{
  input: RestoreSecurityProfileInput;
}>;


export type RestoreRaceRestoreMutation = { restoreSecurityProfile: { securityProfile: { version: number | string } } };

export type RestoreRaceReadQueryVariables = Exact<{
  n: string;
}>;


export type RestoreRaceReadQuery = { securityProfile: { version: number | string, securityProfileDescription: string | null, behaviors: Array<{ name: string }> | null } | null };

export type RestoreRaceTrailQueryVariables = Exact<{
  n: string;
}>;


export type RestoreRaceTrailQuery = { securityProfileAuditTrail: { edges: Array<{ node: { operation: AuditOperation, outcome: AuditOutcome, versionBefore: number | string | null, versionAfter: number | string | null } }> } };

export type TargetsAttachMutationVariables = Exact<{
  input: SecurityProfileTargetInput;
}>;


export type TargetsAttachMutation = { attachSecurityProfile: { applied: boolean, auditEventId: string, changes: Array<{ path: string, before: unknown, after: unknown }> } };

export type TargetsDetachMutationVariables = Exact<{
  input: SecurityProfileTargetInput;
}>;


export type TargetsDetachMutation = { detachSecurityProfile: { applied: boolean } };

export type TargetsListQueryVariables = Exact<{
  name: string;
}>;


export type TargetsListQuery = { securityProfileTargets: Array<{ arn: string }> | null };

export type TargetsTrailQueryVariables = Exact<{
  name: string;
}>;


export type TargetsTrailQuery = { securityProfileAuditTrail: { edges: Array<{ node: { eventId: string, operation: AuditOperation, outcome: AuditOutcome, restoredEventId: string | null, versionAfter: number | string | null, after: { securityProfileDescription: string | null, behaviors: Array<{ name: string }> | null } | null, changes: Array<{ path: string }> } }> } };

export type TargetsUpdateMutationVariables = Exact<{
  input: UpdateSecurityProfileInput;
}>;


export type TargetsUpdateMutation = { updateSecurityProfile: { auditEventId: string, securityProfile: { version: number | string } } };

export type TargetsRestoreMutationVariables = Exact<{
  input: RestoreSecurityProfileInput;
}>;


export type TargetsRestoreMutation = { restoreSecurityProfile: { applied: boolean, auditEventId: string, securityProfile: { version: number | string, securityProfileDescription: string | null } } };

export type TargetsValidateQueryVariables = Exact<{
  behaviors: Array<BehaviorInput> | BehaviorInput;
}>;


export type TargetsValidateQuery = { validateSecurityProfileBehaviors: { valid: boolean, errors: Array<{ field: string, message: string }>, warnings: Array<{ field: string }> } };

export type ApiUpdateMutationVariables = Exact<{
  input: UpdateSecurityProfileInput;
}>;


export type ApiUpdateMutation = { updateSecurityProfile: { attempts: number, applied: boolean, auditEventId: string, changes: Array<{ path: string, before: unknown, after: unknown }>, securityProfile: { securityProfileName: string, securityProfileArn: string, securityProfileDescription: string | null, version: number | string, behaviors: Array<{ name: string, metric: string | null, criteria: { comparisonOperator: ComparisonOperator | null, durationSeconds: number | null, consecutiveDatapointsToAlarm: number | null, consecutiveDatapointsToClear: number | null, value: { count: number | string | null, cidrs: Array<string> | null } | null } | null }> | null } } };

export type ApiReadQueryVariables = Exact<{
  n: string;
}>;


export type ApiReadQuery = { securityProfile: { securityProfileName: string, version: number | string, creationDate: string | null } | null };

export const CliProfileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CliProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SecurityProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfileName"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfileArn"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfileDescription"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"creationDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedDate"}},{"kind":"Field","name":{"kind":"Name","value":"behaviors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comparisonOperator"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveDatapointsToAlarm"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveDatapointsToClear"}}]}}]}}]}}]} as unknown as DocumentNode<CliProfileFieldsFragment, unknown>;
export const OracleChangeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OracleChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSecurityProfilePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfileName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<OracleChangeFieldsFragment, unknown>;
export const OracleEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OracleEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"teams"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfileName"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfileArn"}},{"kind":"Field","name":{"kind":"Name","value":"incarnation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfileArn"}},{"kind":"Field","name":{"kind":"Name","value":"creationDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerTeam"}},{"kind":"Field","name":{"kind":"Name","value":"previousOwnerTeam"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"versionBefore"}},{"kind":"Field","name":{"kind":"Name","value":"versionAfter"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"apiRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"lambdaRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"sourceIp"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reconciliation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}},{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"denial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<OracleEventFieldsFragment, unknown>;
export const FaultMatrixUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FaultMatrixUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSecurityProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSecurityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}}]}}]}}]} as unknown as DocumentNode<FaultMatrixUpdateMutation, FaultMatrixUpdateMutationVariables>;
export const FaultMatrixTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaultMatrixTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfileAuditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"securityProfileName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"versionAfter"}},{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfileDescription"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"eventName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reconciliation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FaultMatrixTrailQuery, FaultMatrixTrailQueryVariables>;
export const LostCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LostCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSecurityProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSecurityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}}]}}]}}]} as unknown as DocumentNode<LostCreateMutation, LostCreateMutationVariables>;
export const LostAttachDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LostAttach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SecurityProfileTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachSecurityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}}]}}]}}]} as unknown as DocumentNode<LostAttachMutation, LostAttachMutationVariables>;
export const LostDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LostDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteSecurityProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSecurityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleted"}}]}}]}}]} as unknown as DocumentNode<LostDeleteMutation, LostDeleteMutationVariables>;
export const LostAnswersTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LostAnswersTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfileAuditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"securityProfileName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"versionAfter"}},{"kind":"Field","name":{"kind":"Name","value":"reconciliation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LostAnswersTrailQuery, LostAnswersTrailQueryVariables>;
export const AuditCompletenessUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditCompletenessUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSecurityProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSecurityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<AuditCompletenessUpdateMutation, AuditCompletenessUpdateMutationVariables>;
export const AuditCompletenessMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditCompletenessMine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAuditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfileName"}},{"kind":"Field","name":{"kind":"Name","value":"versionBefore"}},{"kind":"Field","name":{"kind":"Name","value":"versionAfter"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditCompletenessMineQuery, AuditCompletenessMineQueryVariables>;
export const AuditSizeUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditSizeUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSecurityProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSecurityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}}]}}]}}]} as unknown as DocumentNode<AuditSizeUpdateMutation, AuditSizeUpdateMutationVariables>;
export const AuditSizeTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditSizeTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfileAuditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"securityProfileName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"versionBefore"}},{"kind":"Field","name":{"kind":"Name","value":"versionAfter"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"behaviors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strings"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfileDescription"}},{"kind":"Field","name":{"kind":"Name","value":"behaviors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditSizeTrailQuery, AuditSizeTrailQueryVariables>;
export const AuditTrailUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditTrailUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSecurityProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSecurityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<AuditTrailUpdateMutation, AuditTrailUpdateMutationVariables>;
export const AuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfileAuditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"securityProfileName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfileName"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfileArn"}},{"kind":"Field","name":{"kind":"Name","value":"ownerTeam"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"versionBefore"}},{"kind":"Field","name":{"kind":"Name","value":"versionAfter"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"teams"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfileDescription"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfileDescription"}}]}},{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"apiRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"lambdaRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"sourceIp"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AuditTrailQuery, AuditTrailQueryVariables>;
export const AuditTrailMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditTrailMine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAuditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfileName"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionBefore"}},{"kind":"Field","name":{"kind":"Name","value":"ownerTeam"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditTrailMineQuery, AuditTrailMineQueryVariables>;
export const AuthorizationUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthorizationUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSecurityProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSecurityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<AuthorizationUpdateMutation, AuthorizationUpdateMutationVariables>;
export const CliUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSecurityProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSecurityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CliProfileFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CliProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SecurityProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfileName"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfileArn"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfileDescription"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"creationDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedDate"}},{"kind":"Field","name":{"kind":"Name","value":"behaviors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comparisonOperator"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveDatapointsToAlarm"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveDatapointsToClear"}}]}}]}}]}}]} as unknown as DocumentNode<CliUpdateMutation, CliUpdateMutationVariables>;
export const CliReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"securityProfileName"},"value":{"kind":"StringValue","value":"PossibleIssue","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CliProfileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CliProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SecurityProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfileName"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfileArn"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfileDescription"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"creationDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedDate"}},{"kind":"Field","name":{"kind":"Name","value":"behaviors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comparisonOperator"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveDatapointsToAlarm"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveDatapointsToClear"}}]}}]}}]}}]} as unknown as DocumentNode<CliReadQuery, CliReadQueryVariables>;
export const ContentionPatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContentionPatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PatchSecurityProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patchSecurityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<ContentionPatchMutation, ContentionPatchMutationVariables>;
export const ContentionReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContentionRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"securityProfileName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"behaviors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ContentionReadQuery, ContentionReadQueryVariables>;
export const ExactLongUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExactLongUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSecurityProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSecurityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"behaviors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExactLongUpdateMutation, ExactLongUpdateMutationVariables>;
export const FairShareUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FairShareUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSecurityProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSecurityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempts"}}]}}]}}]} as unknown as DocumentNode<FairShareUpdateMutation, FairShareUpdateMutationVariables>;
export const FairShareMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FairShareMine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAuditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FairShareMineQuery, FairShareMineQueryVariables>;
export const HandlerReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HandlerRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"PossibleIssue","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"securityProfileName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfileName"}}]}}]}}]} as unknown as DocumentNode<HandlerReadQuery, HandlerReadQueryVariables>;
export const IncarnationCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IncarnationCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSecurityProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSecurityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}}]}}]}}]} as unknown as DocumentNode<IncarnationCreateMutation, IncarnationCreateMutationVariables>;
export const IncarnationUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IncarnationUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSecurityProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSecurityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}}]}}]}}]} as unknown as DocumentNode<IncarnationUpdateMutation, IncarnationUpdateMutationVariables>;
export const IncarnationDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IncarnationDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteSecurityProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSecurityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}}]}}]}}]} as unknown as DocumentNode<IncarnationDeleteMutation, IncarnationDeleteMutationVariables>;
export const IncarnationTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IncarnationTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfileAuditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"securityProfileName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"incarnation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creationDate"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IncarnationTrailQuery, IncarnationTrailQueryVariables>;
export const IncarnationMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IncarnationMine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAuditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfileName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IncarnationMineQuery, IncarnationMineQueryVariables>;
export const LifecycleCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSecurityProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSecurityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfileName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<LifecycleCreateMutation, LifecycleCreateMutationVariables>;
export const LifecycleListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LifecycleList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ownerTeam"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ownerTeam"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownerTeam"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfileName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerTeam"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedDate"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"behaviors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<LifecycleListQuery, LifecycleListQueryVariables>;
export const LifecyclePatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecyclePatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PatchSecurityProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patchSecurityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}}]}}]}}]} as unknown as DocumentNode<LifecyclePatchMutation, LifecyclePatchMutationVariables>;
export const LifecycleDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteSecurityProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSecurityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfileName"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}}]}}]}}]} as unknown as DocumentNode<LifecycleDeleteMutation, LifecycleDeleteMutationVariables>;
export const LifecycleTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferSecurityProfileOwnershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferSecurityProfileOwnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<LifecycleTransferMutation, LifecycleTransferMutationVariables>;
export const LifecycleAttachDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleAttach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SecurityProfileTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachSecurityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}}]}}]}}]} as unknown as DocumentNode<LifecycleAttachMutation, LifecycleAttachMutationVariables>;
export const LifecycleDetachDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleDetach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SecurityProfileTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detachSecurityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}}]}}]}}]} as unknown as DocumentNode<LifecycleDetachMutation, LifecycleDetachMutationVariables>;
export const LifecycleTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LifecycleTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfileAuditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"securityProfileName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"ownerTeam"}},{"kind":"Field","name":{"kind":"Name","value":"previousOwnerTeam"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LifecycleTrailQuery, LifecycleTrailQueryVariables>;
export const OracleDescribeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OracleDescribe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"securityProfileName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfileName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<OracleDescribeQuery, OracleDescribeQueryVariables>;
export const OracleTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OracleTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfileTargets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"securityProfileName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}}]}}]}}]} as unknown as DocumentNode<OracleTargetsQuery, OracleTargetsQueryVariables>;
export const OracleListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OracleList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfileName"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfileArn"}},{"kind":"Field","name":{"kind":"Name","value":"ownerTeam"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<OracleListQuery, OracleListQueryVariables>;
export const OracleUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OracleUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSecurityProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSecurityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OracleChangeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OracleChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSecurityProfilePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfileName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<OracleUpdateMutation, OracleUpdateMutationVariables>;
export const OraclePatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OraclePatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PatchSecurityProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patchSecurityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OracleChangeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OracleChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSecurityProfilePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfileName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<OraclePatchMutation, OraclePatchMutationVariables>;
export const OracleCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OracleCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSecurityProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSecurityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OracleChangeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OracleChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSecurityProfilePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfileName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<OracleCreateMutation, OracleCreateMutationVariables>;
export const OracleDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OracleDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteSecurityProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSecurityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfileName"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}}]}}]}}]} as unknown as DocumentNode<OracleDeleteMutation, OracleDeleteMutationVariables>;
export const OracleTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OracleTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferSecurityProfileOwnershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferSecurityProfileOwnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OracleChangeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OracleChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSecurityProfilePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfileName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<OracleTransferMutation, OracleTransferMutationVariables>;
export const OracleAttachDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OracleAttach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SecurityProfileTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachSecurityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OracleChangeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OracleChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSecurityProfilePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfileName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<OracleAttachMutation, OracleAttachMutationVariables>;
export const OracleDetachDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OracleDetach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SecurityProfileTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detachSecurityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OracleChangeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OracleChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSecurityProfilePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfileName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<OracleDetachMutation, OracleDetachMutationVariables>;
export const OracleRestoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OracleRestore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RestoreSecurityProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreSecurityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OracleChangeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OracleChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSecurityProfilePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfileName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<OracleRestoreMutation, OracleRestoreMutationVariables>;
export const OracleTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OracleTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfileAuditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"securityProfileName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OracleEventFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OracleEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"teams"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfileName"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfileArn"}},{"kind":"Field","name":{"kind":"Name","value":"incarnation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfileArn"}},{"kind":"Field","name":{"kind":"Name","value":"creationDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerTeam"}},{"kind":"Field","name":{"kind":"Name","value":"previousOwnerTeam"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"versionBefore"}},{"kind":"Field","name":{"kind":"Name","value":"versionAfter"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"apiRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"lambdaRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"sourceIp"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reconciliation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}},{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"denial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<OracleTrailQuery, OracleTrailQueryVariables>;
export const OracleMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OracleMine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAuditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OracleEventFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OracleEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"teams"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfileName"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfileArn"}},{"kind":"Field","name":{"kind":"Name","value":"incarnation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfileArn"}},{"kind":"Field","name":{"kind":"Name","value":"creationDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerTeam"}},{"kind":"Field","name":{"kind":"Name","value":"previousOwnerTeam"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"versionBefore"}},{"kind":"Field","name":{"kind":"Name","value":"versionAfter"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"apiRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"lambdaRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"sourceIp"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reconciliation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}},{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"denial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<OracleMineQuery, OracleMineQueryVariables>;
export const OutOfBandTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutOfBandTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfileAuditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"securityProfileName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"ownerTeam"}},{"kind":"Field","name":{"kind":"Name","value":"previousOwnerTeam"}},{"kind":"Field","name":{"kind":"Name","value":"versionBefore"}},{"kind":"Field","name":{"kind":"Name","value":"versionAfter"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detectedBy"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"eventName"}},{"kind":"Field","name":{"kind":"Name","value":"eventID"}},{"kind":"Field","name":{"kind":"Name","value":"eventTime"}},{"kind":"Field","name":{"kind":"Name","value":"sourceIPAddress"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"userIdentity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incarnation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creationDate"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OutOfBandTrailQuery, OutOfBandTrailQueryVariables>;
export const OutOfBandUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutOfBandUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSecurityProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSecurityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}}]}}]}}]} as unknown as DocumentNode<OutOfBandUpdateMutation, OutOfBandUpdateMutationVariables>;
export const FiveReadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FiveReads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"securityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"securityProfileName"},"value":{"kind":"StringValue","value":"PossibleIssue","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"securityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"securityProfileName"},"value":{"kind":"StringValue","value":"PossibleIssue","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c"},"name":{"kind":"Name","value":"securityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"securityProfileName"},"value":{"kind":"StringValue","value":"PossibleIssue","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"d"},"name":{"kind":"Name","value":"securityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"securityProfileName"},"value":{"kind":"StringValue","value":"PossibleIssue","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"e"},"name":{"kind":"Name","value":"securityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"securityProfileName"},"value":{"kind":"StringValue","value":"PossibleIssue","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<FiveReadsQuery, FiveReadsQueryVariables>;
export const OneReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OneRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"securityProfileName"},"value":{"kind":"StringValue","value":"PossibleIssue","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<OneReadQuery, OneReadQueryVariables>;
export const BoundedCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BoundedCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSecurityProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSecurityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}}]}}]}}]} as unknown as DocumentNode<BoundedCreateMutation, BoundedCreateMutationVariables>;
export const BoundedCreateTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoundedCreateTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfileAuditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"securityProfileName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reconciliation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BoundedCreateTrailQuery, BoundedCreateTrailQueryVariables>;
export const RestoreRaceUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreRaceUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSecurityProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSecurityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}}]}}]}}]} as unknown as DocumentNode<RestoreRaceUpdateMutation, RestoreRaceUpdateMutationVariables>;
export const RestoreRacePatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreRacePatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PatchSecurityProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patchSecurityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<RestoreRacePatchMutation, RestoreRacePatchMutationVariables>;
export const RestoreRaceRestoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreRaceRestore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RestoreSecurityProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreSecurityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<RestoreRaceRestoreMutation, RestoreRaceRestoreMutationVariables>;
export const RestoreRaceReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RestoreRaceRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"securityProfileName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfileDescription"}},{"kind":"Field","name":{"kind":"Name","value":"behaviors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RestoreRaceReadQuery, RestoreRaceReadQueryVariables>;
export const RestoreRaceTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RestoreRaceTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfileAuditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"securityProfileName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"versionBefore"}},{"kind":"Field","name":{"kind":"Name","value":"versionAfter"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RestoreRaceTrailQuery, RestoreRaceTrailQueryVariables>;
export const TargetsAttachDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TargetsAttach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SecurityProfileTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachSecurityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<TargetsAttachMutation, TargetsAttachMutationVariables>;
export const TargetsDetachDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TargetsDetach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SecurityProfileTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detachSecurityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}}]}}]}}]} as unknown as DocumentNode<TargetsDetachMutation, TargetsDetachMutationVariables>;
export const TargetsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TargetsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfileTargets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"securityProfileName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}}]}}]}}]} as unknown as DocumentNode<TargetsListQuery, TargetsListQueryVariables>;
export const TargetsTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TargetsTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfileAuditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"securityProfileName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"restoredEventId"}},{"kind":"Field","name":{"kind":"Name","value":"versionAfter"}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfileDescription"}},{"kind":"Field","name":{"kind":"Name","value":"behaviors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TargetsTrailQuery, TargetsTrailQueryVariables>;
export const TargetsUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TargetsUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSecurityProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSecurityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<TargetsUpdateMutation, TargetsUpdateMutationVariables>;
export const TargetsRestoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TargetsRestore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RestoreSecurityProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreSecurityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfileDescription"}}]}}]}}]}}]} as unknown as DocumentNode<TargetsRestoreMutation, TargetsRestoreMutationVariables>;
export const TargetsValidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TargetsValidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"behaviors"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BehaviorInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validateSecurityProfileBehaviors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"behaviors"},"value":{"kind":"Variable","name":{"kind":"Name","value":"behaviors"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<TargetsValidateQuery, TargetsValidateQueryVariables>;
export const ApiUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSecurityProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSecurityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"auditEventId"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","name":{"kind":"Name","value":"securityProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfileName"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfileArn"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfileDescription"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"behaviors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comparisonOperator"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"cidrs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveDatapointsToAlarm"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveDatapointsToClear"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApiUpdateMutation, ApiUpdateMutationVariables>;
export const ApiReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"securityProfileName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityProfileName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"creationDate"}}]}}]}}]} as unknown as DocumentNode<ApiReadQuery, ApiReadQueryVariables>;