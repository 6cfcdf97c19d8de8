/* eslint-disable */
// Generated from schema.graphql by `npm run codegen`. Do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SecurityProfile as DomainSecurityProfile } from '../../domain/securityProfile';
import type { AuditEvent as DomainAuditEvent, FieldChange as DomainFieldChange } from '../../domain/auditEvent';
import type { CatalogueEntry as DomainCatalogueEntry } from '../../domain/catalogue/catalogueEntry';
import type { GatewayContext } from '../context';
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in time as an ISO-8601 string with a UTC offset, e.g. `2019-06-11T18:35:02.528Z`. */
  DateTime: { input: Date; output: Date; }
  /** Any JSON value. Used for the before/after values of a field change and for the input an audit event recorded. */
  JSON: { input: unknown; output: unknown; }
  /**
   * A 64-bit signed integer (AWS `long`). Accepts an Int literal or a decimal string; answers a JSON number when the
   * value fits in IEEE-754's exact range (|n| ≤ 2^53 − 1) and a decimal string beyond it, so no digit is ever lost.
   */
  Long: { input: bigint; output: bigint; }
};

export type AlertTarget = {
  __typename?: 'AlertTarget';
  /** The SNS topic that receives alerts. */
  alertTargetArn: Scalars['String']['output'];
  /** The role IoT assumes to publish to it. */
  roleArn: Scalars['String']['output'];
};

/** Where an alert goes and which role IoT assumes to deliver it. */
export type AlertTargetInput = {
  /** The SNS topic that receives alerts. */
  alertTargetArn: Scalars['String']['input'];
  /** The IAM role IoT assumes to publish to the topic. It must be one your team may use. */
  roleArn: Scalars['String']['input'];
};

export type AlertTargets = {
  __typename?: 'AlertTargets';
  SNS?: Maybe<AlertTarget>;
};

/** Alert targets by type. SNS is the only type IoT supports. */
export type AlertTargetsInput = {
  SNS?: InputMaybe<AlertTargetInput>;
};

export type AuditActor = {
  __typename?: 'AuditActor';
  isAdmin: Scalars['Boolean']['output'];
  subject: Scalars['String']['output'];
  teams: Array<Scalars['String']['output']>;
};

/** The authorization rule that refused a call, and its message. */
export type AuditDenial = {
  __typename?: 'AuditDenial';
  message: Scalars['String']['output'];
  /** The rule (docs/authorization.md), e.g. OWNER_TEAM_REQUIRED. */
  rule: Scalars['String']['output'];
};

/** One mutation call as the gateway recorded it. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  actor: AuditActor;
  after?: Maybe<SecurityProfile>;
  /** API Gateway's request id of the call; for OUT_OF_BAND_CHANGE and BASELINE, of the call or run that found it. */
  apiRequestId: Scalars['String']['output'];
  attempts: Scalars['Int']['output'];
  /** Who made a change outside the gateway, from CloudTrail's record of the call; null when no record matched. */
  attribution?: Maybe<ChangeAttribution>;
  before?: Maybe<SecurityProfile>;
  changes: Array<FieldChange>;
  /** When the event was finalised; null while PENDING. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why a call answered NOT_FOUND was refused (outcome DENIED): the caller may not read the profile, so the answer did not say it exists. Null in the caller's own view of the event. */
  denial?: Maybe<AuditDenial>;
  /** The error code the caller received, when the call failed. */
  errorCode?: Maybe<Scalars['String']['output']>;
  errorMessage?: Maybe<Scalars['String']['output']>;
  /** Time-sortable id; the payload's `auditEventId`. */
  eventId: Scalars['ID']['output'];
  /** The incarnation of the profile the event belongs to; null when the call ended before the profile was loaded. */
  incarnation?: Maybe<ProfileIncarnation>;
  /** The mutation input as the caller sent it. */
  input?: Maybe<Scalars['JSON']['output']>;
  /** The Lambda invocation's request id; for OUT_OF_BAND_CHANGE and BASELINE, of the invocation that found it. */
  lambdaRequestId: Scalars['String']['output'];
  /** For OUT_OF_BAND_CHANGE and BASELINE: how and when the audit found what it records. */
  observation?: Maybe<AuditObservation>;
  operation: AuditOperation;
  outcome: AuditOutcome;
  /** The team that owned the profile when the event happened. */
  ownerTeam?: Maybe<Scalars['String']['output']>;
  /** For an event that moved the profile to another owner: the owner before. */
  previousOwnerTeam?: Maybe<Scalars['String']['output']>;
  /** Set when the reconcile job, not the request itself, finalised a PENDING event. */
  reconciliation?: Maybe<AuditReconciliation>;
  /** For a RESTORE: the event whose `after` the profile was made again. */
  restoredEventId?: Maybe<Scalars['ID']['output']>;
  securityProfileArn?: Maybe<Scalars['String']['output']>;
  securityProfileName: Scalars['String']['output'];
  /** The caller's source address; for OUT_OF_BAND_CHANGE, the change's own from CloudTrail (null when no record matched). */
  sourceIp?: Maybe<Scalars['String']['output']>;
  time: Scalars['DateTime']['output'];
  /** The caller's user agent; for OUT_OF_BAND_CHANGE, the change's own from CloudTrail (null when no record matched). */
  userAgent?: Maybe<Scalars['String']['output']>;
  versionAfter?: Maybe<Scalars['Long']['output']>;
  versionBefore?: Maybe<Scalars['Long']['output']>;
};

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  edges: Array<AuditEventEdge>;
  pageInfo: PageInfo;
};

export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

/** How the audit came to record a change it did not make. */
export type AuditObservation = {
  __typename?: 'AuditObservation';
  detectedAt: Scalars['DateTime']['output'];
  /** PIPELINE (a call of the gateway loaded the profile at a version no event accounts for), SCAN (the scheduled job) or CLOUDTRAIL (the record of the call). */
  detectedBy: Scalars['String']['output'];
  /** What is known, and what is not. */
  note: Scalars['String']['output'];
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

export type AuditReconciliation = {
  __typename?: 'AuditReconciliation';
  /** The profile's version in IoT when reconciled. */
  currentVersion?: Maybe<Scalars['Long']['output']>;
  /** One sentence for the auditor. */
  note: Scalars['String']['output'];
  reconciledAt: Scalars['DateTime']['output'];
  verdict: ReconciliationVerdict;
};

/** A rule of the profile, exactly as IoT stores it. */
export type Behavior = {
  __typename?: 'Behavior';
  criteria?: Maybe<BehaviorCriteria>;
  exportMetric?: Maybe<Scalars['Boolean']['output']>;
  metric?: Maybe<Scalars['String']['output']>;
  metricDimension?: Maybe<MetricDimension>;
  name: Scalars['String']['output'];
  suppressAlerts?: Maybe<Scalars['Boolean']['output']>;
};

export type BehaviorCriteria = {
  __typename?: 'BehaviorCriteria';
  comparisonOperator?: Maybe<ComparisonOperator>;
  consecutiveDatapointsToAlarm?: Maybe<Scalars['Int']['output']>;
  consecutiveDatapointsToClear?: Maybe<Scalars['Int']['output']>;
  durationSeconds?: Maybe<Scalars['Int']['output']>;
  mlDetectionConfig?: Maybe<MachineLearningDetectionConfig>;
  statisticalThreshold?: Maybe<StatisticalThreshold>;
  value?: Maybe<MetricValue>;
};

/** When a behavior is violated. Rules behaviors set an operator and a value or statistic; ML behaviors set `mlDetectionConfig`. */
export type BehaviorCriteriaInput = {
  /** How the metric is compared with `value` (rules behaviors only). */
  comparisonOperator?: InputMaybe<ComparisonOperator>;
  /** How many violating datapoints in a row raise an alarm (1–10; IoT assumes 1). */
  consecutiveDatapointsToAlarm?: InputMaybe<Scalars['Int']['input']>;
  /** How many compliant datapoints in a row clear an alarm (1–10; IoT assumes 1). */
  consecutiveDatapointsToClear?: InputMaybe<Scalars['Int']['input']>;
  /** For time-based metrics, the window in seconds over which the metric is accumulated (300, 600, 900, 1800 or 3600). */
  durationSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** Make this an ML Detect behavior. */
  mlDetectionConfig?: InputMaybe<MachineLearningDetectionConfigInput>;
  /** Compare with a percentile of all devices instead of a fixed value. */
  statisticalThreshold?: InputMaybe<StatisticalThresholdInput>;
  /** The fixed threshold to compare against. */
  value?: InputMaybe<MetricValueInput>;
};

/** One rule of a security profile: a metric and the criteria under which a device violates it. */
export type BehaviorInput = {
  /** When the behavior is violated. */
  criteria?: InputMaybe<BehaviorCriteriaInput>;
  /** Include this behavior's metric in the metrics export. */
  exportMetric?: InputMaybe<Scalars['Boolean']['input']>;
  /** The metric measured: a built-in `aws:` metric or the name of a custom metric. */
  metric?: InputMaybe<Scalars['String']['input']>;
  /** Limits the metric to a dimension (built-in message metrics only). */
  metricDimension?: InputMaybe<MetricDimensionInput>;
  /** A name unique within the profile (letters, digits, `:`, `_`, `-`; up to 128). */
  name: Scalars['String']['input'];
  /** Record violations but do not forward alerts to the alert targets. */
  suppressAlerts?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The verdict on a list of behaviors. */
export type BehaviorsValidation = {
  __typename?: 'BehaviorsValidation';
  /** What the gateway's model and confirmed rules, and IoT, refuse. */
  errors: Array<FieldMessage>;
  /** True when neither the gateway nor IoT found an error (warnings allowed). */
  valid: Scalars['Boolean']['output'];
  /** What readings no AWS source confirms found: a change with these goes to IoT, which decides. */
  warnings: Array<FieldMessage>;
};

/** Who made a change, as CloudTrail recorded the IoT call. */
export type ChangeAttribution = {
  __typename?: 'ChangeAttribution';
  /** CloudTrail's id of the record. */
  eventID: Scalars['String']['output'];
  /** The IoT operation (UpdateSecurityProfile, TagResource, …). */
  eventName: Scalars['String']['output'];
  /** When IoT completed the request. */
  eventTime: Scalars['DateTime']['output'];
  /** The identity in one string: userIdentity.arn, else its access key id, else its principal id. */
  principal: Scalars['String']['output'];
  sourceIPAddress?: Maybe<Scalars['String']['output']>;
  userAgent?: Maybe<Scalars['String']['output']>;
  /** CloudTrail's userIdentity element as recorded (type, arn, accessKeyId, sessionContext, …). */
  userIdentity: Scalars['JSON']['output'];
};

/** How a rules-based behavior compares the metric with its value. Each maps to AWS's spelling (`LESS_THAN` → `less-than`). */
export type ComparisonOperator =
  /** Numeric metrics: alarm when the metric is greater than the value. */
  | 'greater-than'
  /** Numeric metrics: alarm when the metric is greater than or equal to the value. */
  | 'greater-than-equals'
  /** IP-address metrics: alarm when the address is inside one of `value.cidrs`. */
  | 'in-cidr-set'
  /** Port metrics: alarm when a port is one of `value.ports`. */
  | 'in-port-set'
  /** Custom list metrics: alarm when a member is in `value.numbers` or `value.strings`. */
  | 'in-set'
  /** Numeric metrics: alarm when the metric is less than the value. */
  | 'less-than'
  /** Numeric metrics: alarm when the metric is less than or equal to the value. */
  | 'less-than-equals'
  /** IP-address metrics: alarm when the address is outside all of `value.cidrs`. */
  | 'not-in-cidr-set'
  /** Port metrics: alarm when a port is none of `value.ports`. */
  | 'not-in-port-set'
  /** Custom list metrics: alarm when a member is in neither `value.numbers` nor `value.strings`. */
  | 'not-in-set';

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
  additionalMetricsToRetain?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Metrics to retain although no behavior uses them. */
  additionalMetricsToRetainV2?: InputMaybe<Array<MetricToRetainInput>>;
  /** Where alerts are sent. */
  alertTargets?: InputMaybe<AlertTargetsInput>;
  /** The rules a device must keep. */
  behaviors?: InputMaybe<Array<BehaviorInput>>;
  /** Validate, authorize and compute the result without creating anything or recording an audit event. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** Where exported metrics are published. */
  metricsExportConfig?: InputMaybe<MetricsExportConfigInput>;
  /**
   * The team that will own the profile: one of yours (required when you belong to several). Admins may name any team,
   * or none for a profile only admins may change.
   */
  ownerTeam?: InputMaybe<Scalars['String']['input']>;
  /** What the profile is for (up to 1000 printable characters). */
  securityProfileDescription?: InputMaybe<Scalars['String']['input']>;
  /** The new profile's name (letters, digits, `:`, `_`, `-`; up to 128). */
  securityProfileName: Scalars['String']['input'];
  /** Tags besides the owner tag, which the gateway sets from `ownerTeam`. */
  tags?: InputMaybe<Array<TagInput>>;
};

export type DeleteSecurityProfileInput = {
  /** Validate and authorize without deleting anything or recording an audit event. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** Delete only if the profile is still at this version (one attempt, no retry). */
  expectedVersion?: InputMaybe<Scalars['Long']['input']>;
  /** The profile to delete. */
  securityProfileName: Scalars['String']['input'];
};

export type DeleteSecurityProfilePayload = {
  __typename?: 'DeleteSecurityProfilePayload';
  /** The id of the audit event that records this call (`dry-run-…` for a dry run, which records none). */
  auditEventId: Scalars['ID']['output'];
  /** True when IoT deleted the profile; false for a dry run. */
  deleted: Scalars['Boolean']['output'];
  securityProfileName: Scalars['String']['output'];
};

/** How a dimension's values filter the metric. */
export type DimensionValueOperator =
  /** Count only what matches one of the dimension's values (IoT's default). */
  | 'IN'
  /** Count only what matches none of the dimension's values. */
  | 'NOT_IN';

/** One field a change moves: where, the JSON before and the JSON after (null when absent). */
export type FieldChange = {
  __typename?: 'FieldChange';
  after?: Maybe<Scalars['JSON']['output']>;
  before?: Maybe<Scalars['JSON']['output']>;
  /** e.g. `behaviors[name=Authorization].criteria.value.count` */
  path: Scalars['String']['output'];
};

/** One finding about a field of the input. */
export type FieldMessage = {
  __typename?: 'FieldMessage';
  /** e.g. `behaviors[0].criteria.durationSeconds`; empty when it concerns the input as a whole. */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type MachineLearningDetectionConfig = {
  __typename?: 'MachineLearningDetectionConfig';
  /** How confident the model must be before it calls a datapoint anomalous. */
  confidenceLevel: ConfidenceLevel;
};

/** Turns a behavior into an ML Detect behavior: IoT learns normal from history instead of a fixed threshold. */
export type MachineLearningDetectionConfigInput = {
  /** How confident the model must be before it calls a datapoint anomalous. */
  confidenceLevel: ConfidenceLevel;
};

export type MetricDimension = {
  __typename?: 'MetricDimension';
  /** A unique identifier for the dimension. */
  dimensionName: Scalars['String']['output'];
  /** Whether the dimension's values include or exclude (absent means IN). */
  operator?: Maybe<DimensionValueOperator>;
};

/** Narrows a metric to what a dimension (for example a TOPIC_FILTER) selects. */
export type MetricDimensionInput = {
  /** Name of an existing dimension (created with CreateDimension). */
  dimensionName: Scalars['String']['input'];
  /** Whether the dimension's values include or exclude; IoT assumes IN when omitted. */
  operator?: InputMaybe<DimensionValueOperator>;
};

export type MetricToRetain = {
  __typename?: 'MetricToRetain';
  exportMetric?: Maybe<Scalars['Boolean']['output']>;
  metric: Scalars['String']['output'];
  metricDimension?: Maybe<MetricDimension>;
};

/** A metric whose data IoT keeps although no behavior uses it. */
export type MetricToRetainInput = {
  /** Include this metric in the metrics export. */
  exportMetric?: InputMaybe<Scalars['Boolean']['input']>;
  /** The metric to retain. */
  metric: Scalars['String']['input'];
  /** Retain the metric only for what this dimension selects. */
  metricDimension?: InputMaybe<MetricDimensionInput>;
};

/** Identifies a retained metric to remove: the metric and, when it has one, its dimension. */
export type MetricToRetainKeyInput = {
  metric: Scalars['String']['input'];
  metricDimension?: InputMaybe<MetricDimensionInput>;
};

export type MetricValue = {
  __typename?: 'MetricValue';
  /** CIDR blocks for IP-address metrics. */
  cidrs?: Maybe<Array<Scalars['String']['output']>>;
  /** The numeric threshold for count metrics. */
  count?: Maybe<Scalars['Long']['output']>;
  /** The threshold for custom `number` metrics. */
  number?: Maybe<Scalars['Float']['output']>;
  /** The set for custom `number-list` metrics. */
  numbers?: Maybe<Array<Scalars['Float']['output']>>;
  /** Ports for port metrics. */
  ports?: Maybe<Array<Scalars['Int']['output']>>;
  /** The set for custom `string-list` metrics. */
  strings?: Maybe<Array<Scalars['String']['output']>>;
};

/** The threshold a rules-based behavior compares against. Set the one member that matches the metric's type. */
export type MetricValueInput = {
  /** CIDR blocks, for IP-address metrics such as `aws:source-ip-address`. */
  cidrs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A non-negative whole number, for count metrics such as `aws:num-messages-sent`. */
  count?: InputMaybe<Scalars['Long']['input']>;
  /** A decimal number, for custom metrics of type `number`. */
  number?: InputMaybe<Scalars['Float']['input']>;
  /** Decimal numbers, for custom metrics of type `number-list`. */
  numbers?: InputMaybe<Array<Scalars['Float']['input']>>;
  /** Port numbers (0–65535), for port metrics such as `aws:listening-tcp-ports`. */
  ports?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Strings, for custom metrics of type `string-list`. */
  strings?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type MetricsExportConfig = {
  __typename?: 'MetricsExportConfig';
  mqttTopic: Scalars['String']['output'];
  roleArn: Scalars['String']['output'];
};

/** Where Device Defender publishes exported metrics. */
export type MetricsExportConfigInput = {
  /** The MQTT topic the metrics are published to. */
  mqttTopic: Scalars['String']['input'];
  /** The IAM role IoT assumes to publish them. It must be one your team may use. */
  roleArn: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Attaches a profile to a target: one of the owner team's thing groups (its `thingGroupArns` in the team policy),
   * or an account-wide target (`all/things`, …), which only admin teams may use unless the policy names it. Gives the
   * profile no new version; attaching where it is attached changes nothing (`applied: false`). Audited as ATTACH.
   */
  attachSecurityProfile: UpdateSecurityProfilePayload;
  /**
   * Creates a security profile as IoT's `CreateSecurityProfile` does, owned by `ownerTeam`: its owner tag is set in the
   * same call, so the profile is never visible without an owner. Every ARN and topic must be one the owner team may
   * use. A name that exists answers ALREADY_EXISTS and changes nothing.
   */
  createSecurityProfile: UpdateSecurityProfilePayload;
  /**
   * Deletes a security profile (its owner team or an admin). The audit event keeps the profile as it was. With
   * `expectedVersion`, only if the profile is still at that version.
   */
  deleteSecurityProfile: DeleteSecurityProfilePayload;
  /** Detaches a profile from a target, authorized as attaching it is. Detaching where it is not attached changes nothing. */
  detachSecurityProfile: UpdateSecurityProfilePayload;
  /**
   * Changes parts of a security profile without restating the rest: behaviors and retained metrics are upserted or
   * removed by key, so concurrent patches from different writers never lose each other's changes.
   */
  patchSecurityProfile: UpdateSecurityProfilePayload;
  /**
   * Makes a profile again what it was right after one of its audit events (the event's `after`, for a change, a
   * BASELINE or an OUT_OF_BAND_CHANGE) as a new version, authorized as an update by the current owner. Audited as
   * RESTORE, naming the event restored (`restoredEventId`).
   */
  restoreSecurityProfile: UpdateSecurityProfilePayload;
  /**
   * Gives a security profile to another team (admin teams only): its owner tag is set to `toTeam`. Every ARN and topic
   * the profile holds, and every target it is attached to, must be one the new owner may use, or the transfer is
   * refused naming each that is not.
   */
  transferSecurityProfileOwnership: UpdateSecurityProfilePayload;
  /**
   * Changes a security profile as IoT's `UpdateSecurityProfile` does: members you send replace the stored ones, members
   * you omit stay as they are, and the `delete*` flags clear a member. The gateway checks ownership and targets, records
   * the change in the audit trail, and retries on version conflicts unless you send `expectedVersion`.
   */
  updateSecurityProfile: UpdateSecurityProfilePayload;
};


export type MutationAttachSecurityProfileArgs = {
  input: SecurityProfileTargetInput;
};


export type MutationCreateSecurityProfileArgs = {
  input: CreateSecurityProfileInput;
};


export type MutationDeleteSecurityProfileArgs = {
  input: DeleteSecurityProfileInput;
};


export type MutationDetachSecurityProfileArgs = {
  input: SecurityProfileTargetInput;
};


export type MutationPatchSecurityProfileArgs = {
  input: PatchSecurityProfileInput;
};


export type MutationRestoreSecurityProfileArgs = {
  input: RestoreSecurityProfileInput;
};


export type MutationTransferSecurityProfileOwnershipArgs = {
  input: TransferSecurityProfileOwnershipInput;
};


export type MutationUpdateSecurityProfileArgs = {
  input: UpdateSecurityProfileInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A partial change, merged into the profile's current state on every attempt. */
export type PatchSecurityProfileInput = {
  /** New alert targets, replacing the stored ones. */
  alertTargets?: InputMaybe<AlertTargetsInput>;
  /** Remove the alert targets. */
  deleteAlertTargets?: InputMaybe<Scalars['Boolean']['input']>;
  /** Remove the metrics export configuration. */
  deleteMetricsExportConfig?: InputMaybe<Scalars['Boolean']['input']>;
  /** Validate, authorize and compute the result without writing anything or recording an audit event. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** Apply the patch only if the profile is still at this version (one attempt, no retry). */
  expectedVersion?: InputMaybe<Scalars['Long']['input']>;
  /** A new metrics export configuration. */
  metricsExportConfig?: InputMaybe<MetricsExportConfigInput>;
  /** Names of behaviors to remove; a name that is absent is ignored. */
  removeBehaviors?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Retained metrics to remove, matched by metric and dimension; absent ones are ignored. */
  removeMetricsToRetain?: InputMaybe<Array<MetricToRetainKeyInput>>;
  /** A new description. */
  securityProfileDescription?: InputMaybe<Scalars['String']['input']>;
  /** The profile to change. */
  securityProfileName: Scalars['String']['input'];
  /** Behaviors to add or replace, matched by name; the others stay as they are. */
  upsertBehaviors?: InputMaybe<Array<BehaviorInput>>;
  /** Retained metrics to add or replace, matched by metric and dimension. */
  upsertMetricsToRetain?: InputMaybe<Array<MetricToRetainInput>>;
};

/** One life of a profile: a profile deleted and created again under the same name is another incarnation. */
export type ProfileIncarnation = {
  __typename?: 'ProfileIncarnation';
  /** The profile's `creationDate` in IoT. */
  creationDate: Scalars['DateTime']['output'];
  securityProfileArn: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * The audit events of the caller's own mutations, newest first. An event on a profile the caller may not read shows
   * what the caller sent and how the call ended, and nothing of the profile.
   */
  myAuditEvents: AuditEventConnection;
  /** Reads one security profile as IoT describes it. Null when no profile has this name, and when the caller may not read it (the same answer). */
  securityProfile?: Maybe<SecurityProfile>;
  /**
   * The audit trail of one security profile name, newest first: every call on it, refused ones included, and the
   * changes made to it outside the gateway. Each event lists only for admins, auditor teams, and the team that owned
   * the profile when the event happened, so a profile deleted and re-created for another team shows each team its own
   * history. `creationDate` narrows the trail to one incarnation of the profile (its `creationDate` in IoT).
   */
  securityProfileAuditTrail: AuditEventConnection;
  /**
   * The targets a security profile is attached to (thing groups, and the account-wide `all/things`,
   * `all/registered-things`, `all/unregistered-things`), for a caller who may read the profile. Null when no profile
   * has this name, and when the caller may not read it (the same answer).
   */
  securityProfileTargets?: Maybe<Array<SecurityProfileTarget>>;
  /**
   * The security profiles the caller may read, by name: those of the caller's teams (every profile, owned or not, for
   * admin and auditor teams), or those of `ownerTeam` when given (one of the caller's teams, any for admins and
   * auditors). Read from the gateway's catalogue of owners and versions: a page costs one query per team listed,
   * however many profiles the account has; `profile` reads the full profile from IoT only when asked for. A change made
   * through the gateway shows at once; one made outside it, at the next scheduled audit scan (within 15 minutes).
   */
  securityProfiles: SecurityProfileSummaryConnection;
  /**
   * Judges behaviors of no profile in particular (one you have yet to create, a change you have yet to make): the
   * gateway's rules and IoT's `ValidateSecurityProfileBehaviors`. Changes nothing and records no audit event.
   */
  validateSecurityProfileBehaviors: BehaviorsValidation;
};


export type QueryMyAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySecurityProfileArgs = {
  securityProfileName: Scalars['String']['input'];
};


export type QuerySecurityProfileAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  creationDate?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  securityProfileName: Scalars['String']['input'];
};


export type QuerySecurityProfileTargetsArgs = {
  securityProfileName: Scalars['String']['input'];
};


export type QuerySecurityProfilesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ownerTeam?: InputMaybe<Scalars['String']['input']>;
};


export type QueryValidateSecurityProfileBehaviorsArgs = {
  behaviors: Array<BehaviorInput>;
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
  auditEventId: Scalars['ID']['input'];
  /** Validate, authorize and compute the result without writing anything or recording an audit event. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** Restore only if the profile is still at this version (one attempt, no retry). */
  expectedVersion?: InputMaybe<Scalars['Long']['input']>;
  /** The profile to restore. */
  securityProfileName: Scalars['String']['input'];
};

/** Every output member of AWS IoT's UpdateSecurityProfile and DescribeSecurityProfile. */
export type SecurityProfile = {
  __typename?: 'SecurityProfile';
  /**
   * Deprecated by AWS: names of retained metrics.
   * @deprecated AWS deprecated it; use additionalMetricsToRetainV2.
   */
  additionalMetricsToRetain?: Maybe<Array<Scalars['String']['output']>>;
  /** Metrics retained although no behavior uses them. */
  additionalMetricsToRetainV2?: Maybe<Array<MetricToRetain>>;
  /** Where alerts are sent. */
  alertTargets?: Maybe<AlertTargets>;
  /** The rules a device must keep. */
  behaviors?: Maybe<Array<Behavior>>;
  /** When the profile was created. */
  creationDate?: Maybe<Scalars['DateTime']['output']>;
  /** When the profile last changed. */
  lastModifiedDate?: Maybe<Scalars['DateTime']['output']>;
  /** Where exported metrics are published. */
  metricsExportConfig?: Maybe<MetricsExportConfig>;
  /** The profile's ARN. */
  securityProfileArn: Scalars['String']['output'];
  /** What the profile is for. */
  securityProfileDescription?: Maybe<Scalars['String']['output']>;
  /** The profile's name. */
  securityProfileName: Scalars['String']['output'];
  /** IoT's version of the profile: 1 at creation, one more on every update. */
  version: Scalars['Long']['output'];
};

/** One profile as the catalogue lists it; `profile` reads the rest from IoT. */
export type SecurityProfileSummary = {
  __typename?: 'SecurityProfileSummary';
  creationDate?: Maybe<Scalars['DateTime']['output']>;
  lastModifiedDate?: Maybe<Scalars['DateTime']['output']>;
  /** The team its owner tag names; null for a profile only admins may change. */
  ownerTeam?: Maybe<Scalars['String']['output']>;
  /** The full profile as IoT describes it now (one call); null when it no longer exists. */
  profile?: Maybe<SecurityProfile>;
  securityProfileArn: Scalars['String']['output'];
  securityProfileName: Scalars['String']['output'];
  version: Scalars['Long']['output'];
};

export type SecurityProfileSummaryConnection = {
  __typename?: 'SecurityProfileSummaryConnection';
  edges: Array<SecurityProfileSummaryEdge>;
  pageInfo: PageInfo;
};

export type SecurityProfileSummaryEdge = {
  __typename?: 'SecurityProfileSummaryEdge';
  cursor: Scalars['String']['output'];
  node: SecurityProfileSummary;
};

/** A target a profile is attached to. */
export type SecurityProfileTarget = {
  __typename?: 'SecurityProfileTarget';
  /** A thing group's ARN, or an account-wide target. */
  arn: Scalars['String']['output'];
};

/** A profile and one target: a thing group's ARN, or `arn:aws:iot:REGION:ACCOUNT:all/things` (also `all/registered-things`, `all/unregistered-things`). */
export type SecurityProfileTargetInput = {
  /** Validate, authorize and compute the result without calling IoT's write or recording an audit event. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** The profile to attach or detach. */
  securityProfileName: Scalars['String']['input'];
  /** The target: `arn:aws:iot:REGION:ACCOUNT:thinggroup/NAME` or one of the account-wide targets. */
  securityProfileTargetArn: Scalars['String']['input'];
};

export type StatisticalThreshold = {
  __typename?: 'StatisticalThreshold';
  /** The percentile compared against (p0 … p100). */
  statistic?: Maybe<Scalars['String']['output']>;
};

/** Compares the metric with a percentile of what all devices reported, instead of a fixed value. */
export type StatisticalThresholdInput = {
  /** The percentile: one of p0, p0.1, p0.01, p1, p10, p50, p90, p99, p99.9, p99.99, p100. */
  statistic?: InputMaybe<Scalars['String']['input']>;
};

/** A resource tag, as IoT spells it. */
export type TagInput = {
  Key: Scalars['String']['input'];
  Value?: InputMaybe<Scalars['String']['input']>;
};

export type TransferSecurityProfileOwnershipInput = {
  /** Validate and authorize without changing anything or recording an audit event. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** The profile to give away. */
  securityProfileName: Scalars['String']['input'];
  /** The team that will own it. */
  toTeam: Scalars['String']['input'];
};

/** Every request member of AWS IoT's UpdateSecurityProfile, plus the gateway's `dryRun`. */
export type UpdateSecurityProfileInput = {
  /**
   * Deprecated by AWS: metric names to retain. Prefer `additionalMetricsToRetainV2`.
   * @deprecated AWS deprecated it; use additionalMetricsToRetainV2, which also takes dimensions.
   */
  additionalMetricsToRetain?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The complete new list of metrics to retain; it replaces the stored list. */
  additionalMetricsToRetainV2?: InputMaybe<Array<MetricToRetainInput>>;
  /** The new alert targets; they replace the stored ones. */
  alertTargets?: InputMaybe<AlertTargetsInput>;
  /** The complete new list of behaviors; it replaces the stored list. An empty list changes nothing: use `deleteBehaviors`. */
  behaviors?: InputMaybe<Array<BehaviorInput>>;
  /** Remove the retained metrics. Cannot be combined with `additionalMetricsToRetain`(V2). */
  deleteAdditionalMetricsToRetain?: InputMaybe<Scalars['Boolean']['input']>;
  /** Remove the alert targets. Cannot be combined with `alertTargets`. */
  deleteAlertTargets?: InputMaybe<Scalars['Boolean']['input']>;
  /** Remove every behavior. Cannot be combined with `behaviors`. */
  deleteBehaviors?: InputMaybe<Scalars['Boolean']['input']>;
  /** Remove the metrics export configuration. Cannot be combined with `metricsExportConfig`. */
  deleteMetricsExportConfig?: InputMaybe<Scalars['Boolean']['input']>;
  /** Validate, authorize and compute the result without writing anything or recording an audit event. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * Change the profile only if it is still at this version. When you send it, you own concurrency: the gateway makes one
   * attempt and answers VERSION_CONFLICT on a mismatch instead of retrying.
   */
  expectedVersion?: InputMaybe<Scalars['Long']['input']>;
  /** Where exported metrics are published. */
  metricsExportConfig?: InputMaybe<MetricsExportConfigInput>;
  /** A new description (up to 1000 printable characters). */
  securityProfileDescription?: InputMaybe<Scalars['String']['input']>;
  /** The profile to change. */
  securityProfileName: Scalars['String']['input'];
};

export type UpdateSecurityProfilePayload = {
  __typename?: 'UpdateSecurityProfilePayload';
  /** True when IoT applied a change; false for a dry run or when there was nothing to change. */
  applied: Scalars['Boolean']['output'];
  /** How many UpdateSecurityProfile calls the gateway made (0 for a dry run or a patch that changed nothing). */
  attempts: Scalars['Int']['output'];
  /** The id of the audit event that records this call. A dry run records none: its id starts with `dry-run-`. */
  auditEventId: Scalars['ID']['output'];
  /** What changed, field by field: the same diff the audit trail records. */
  changes: Array<FieldChange>;
  /** The profile as IoT returned it after the change (or as it would be, for a dry run). */
  securityProfile: SecurityProfile;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AlertTarget: ResolverTypeWrapper<AlertTarget>;
  AlertTargetInput: AlertTargetInput;
  AlertTargets: ResolverTypeWrapper<AlertTargets>;
  AlertTargetsInput: AlertTargetsInput;
  AuditActor: ResolverTypeWrapper<AuditActor>;
  AuditDenial: ResolverTypeWrapper<AuditDenial>;
  AuditEvent: ResolverTypeWrapper<DomainAuditEvent>;
  AuditEventConnection: ResolverTypeWrapper<Omit<AuditEventConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEventEdge']> }>;
  AuditEventEdge: ResolverTypeWrapper<Omit<AuditEventEdge, 'node'> & { node: ResolversTypes['AuditEvent'] }>;
  AuditObservation: ResolverTypeWrapper<AuditObservation>;
  AuditOperation: AuditOperation;
  AuditOutcome: AuditOutcome;
  AuditReconciliation: ResolverTypeWrapper<AuditReconciliation>;
  Behavior: ResolverTypeWrapper<Behavior>;
  BehaviorCriteria: ResolverTypeWrapper<BehaviorCriteria>;
  BehaviorCriteriaInput: BehaviorCriteriaInput;
  BehaviorInput: BehaviorInput;
  BehaviorsValidation: ResolverTypeWrapper<BehaviorsValidation>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ChangeAttribution: ResolverTypeWrapper<ChangeAttribution>;
  ComparisonOperator: null;
  ConfidenceLevel: ConfidenceLevel;
  CreateSecurityProfileInput: CreateSecurityProfileInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteSecurityProfileInput: DeleteSecurityProfileInput;
  DeleteSecurityProfilePayload: ResolverTypeWrapper<DeleteSecurityProfilePayload>;
  DimensionValueOperator: DimensionValueOperator;
  FieldChange: ResolverTypeWrapper<DomainFieldChange>;
  FieldMessage: ResolverTypeWrapper<FieldMessage>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Long: ResolverTypeWrapper<Scalars['Long']['output']>;
  MachineLearningDetectionConfig: ResolverTypeWrapper<MachineLearningDetectionConfig>;
  MachineLearningDetectionConfigInput: MachineLearningDetectionConfigInput;
  MetricDimension: ResolverTypeWrapper<MetricDimension>;
  MetricDimensionInput: MetricDimensionInput;
  MetricToRetain: ResolverTypeWrapper<MetricToRetain>;
  MetricToRetainInput: MetricToRetainInput;
  MetricToRetainKeyInput: MetricToRetainKeyInput;
  MetricValue: ResolverTypeWrapper<MetricValue>;
  MetricValueInput: MetricValueInput;
  MetricsExportConfig: ResolverTypeWrapper<MetricsExportConfig>;
  MetricsExportConfigInput: MetricsExportConfigInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PatchSecurityProfileInput: PatchSecurityProfileInput;
  ProfileIncarnation: ResolverTypeWrapper<ProfileIncarnation>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReconciliationVerdict: ReconciliationVerdict;
  RestoreSecurityProfileInput: RestoreSecurityProfileInput;
  SecurityProfile: ResolverTypeWrapper<DomainSecurityProfile>;
  SecurityProfileSummary: ResolverTypeWrapper<DomainCatalogueEntry>;
  SecurityProfileSummaryConnection: ResolverTypeWrapper<Omit<SecurityProfileSummaryConnection, 'edges'> & { edges: Array<ResolversTypes['SecurityProfileSummaryEdge']> }>;
  SecurityProfileSummaryEdge: ResolverTypeWrapper<Omit<SecurityProfileSummaryEdge, 'node'> & { node: ResolversTypes['SecurityProfileSummary'] }>;
  SecurityProfileTarget: ResolverTypeWrapper<SecurityProfileTarget>;
  SecurityProfileTargetInput: SecurityProfileTargetInput;
  StatisticalThreshold: ResolverTypeWrapper<StatisticalThreshold>;
  StatisticalThresholdInput: StatisticalThresholdInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TagInput: TagInput;
  TransferSecurityProfileOwnershipInput: TransferSecurityProfileOwnershipInput;
  UpdateSecurityProfileInput: UpdateSecurityProfileInput;
  UpdateSecurityProfilePayload: ResolverTypeWrapper<Omit<UpdateSecurityProfilePayload, 'changes' | 'securityProfile'> & { changes: Array<ResolversTypes['FieldChange']>, securityProfile: ResolversTypes['SecurityProfile'] }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AlertTarget: AlertTarget;
  AlertTargetInput: AlertTargetInput;
  AlertTargets: AlertTargets;
  AlertTargetsInput: AlertTargetsInput;
  AuditActor: AuditActor;
  AuditDenial: AuditDenial;
  AuditEvent: DomainAuditEvent;
  AuditEventConnection: Omit<AuditEventConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEventEdge']> };
  AuditEventEdge: Omit<AuditEventEdge, 'node'> & { node: ResolversParentTypes['AuditEvent'] };
  AuditObservation: AuditObservation;
  AuditReconciliation: AuditReconciliation;
  Behavior: Behavior;
  BehaviorCriteria: BehaviorCriteria;
  BehaviorCriteriaInput: BehaviorCriteriaInput;
  BehaviorInput: BehaviorInput;
  BehaviorsValidation: BehaviorsValidation;
  Boolean: Scalars['Boolean']['output'];
  ChangeAttribution: ChangeAttribution;
  CreateSecurityProfileInput: CreateSecurityProfileInput;
  DateTime: Scalars['DateTime']['output'];
  DeleteSecurityProfileInput: DeleteSecurityProfileInput;
  DeleteSecurityProfilePayload: DeleteSecurityProfilePayload;
  FieldChange: DomainFieldChange;
  FieldMessage: FieldMessage;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  Long: Scalars['Long']['output'];
  MachineLearningDetectionConfig: MachineLearningDetectionConfig;
  MachineLearningDetectionConfigInput: MachineLearningDetectionConfigInput;
  MetricDimension: MetricDimension;
  MetricDimensionInput: MetricDimensionInput;
  MetricToRetain: MetricToRetain;
  MetricToRetainInput: MetricToRetainInput;
  MetricToRetainKeyInput: MetricToRetainKeyInput;
  MetricValue: MetricValue;
  MetricValueInput: MetricValueInput;
  MetricsExportConfig: MetricsExportConfig;
  MetricsExportConfigInput: MetricsExportConfigInput;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PatchSecurityProfileInput: PatchSecurityProfileInput;
  ProfileIncarnation: ProfileIncarnation;
  Query: Record<PropertyKey, never>;
  RestoreSecurityProfileInput: RestoreSecurityProfileInput;
  SecurityProfile: DomainSecurityProfile;
  SecurityProfileSummary: DomainCatalogueEntry;
  SecurityProfileSummaryConnection: Omit<SecurityProfileSummaryConnection, 'edges'> & { edges: Array<ResolversParentTypes['SecurityProfileSummaryEdge']> };
  SecurityProfileSummaryEdge: Omit<SecurityProfileSummaryEdge, 'node'> & { node: ResolversParentTypes['SecurityProfileSummary'] };
  SecurityProfileTarget: SecurityProfileTarget;
  SecurityProfileTargetInput: SecurityProfileTargetInput;
  StatisticalThreshold: StatisticalThreshold;
  StatisticalThresholdInput: StatisticalThresholdInput;
  String: Scalars['String']['output'];
  TagInput: TagInput;
  TransferSecurityProfileOwnershipInput: TransferSecurityProfileOwnershipInput;
  UpdateSecurityProfileInput: UpdateSecurityProfileInput;
  UpdateSecurityProfilePayload: Omit<UpdateSecurityProfilePayload, 'changes' | 'securityProfile'> & { changes: Array<ResolversParentTypes['FieldChange']>, securityProfile: ResolversParentTypes['SecurityProfile'] };
};

export type AlertTargetResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AlertTarget'] = ResolversParentTypes['AlertTarget']> = {
  alertTargetArn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roleArn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AlertTargetsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AlertTargets'] = ResolversParentTypes['AlertTargets']> = {
  SNS?: Resolver<Maybe<ResolversTypes['AlertTarget']>, ParentType, ContextType>;
};

export type AuditActorResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AuditActor'] = ResolversParentTypes['AuditActor']> = {
  isAdmin?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  teams?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuditDenialResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AuditDenial'] = ResolversParentTypes['AuditDenial']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditEventResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = {
  actor?: Resolver<ResolversTypes['AuditActor'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['SecurityProfile']>, ParentType, ContextType>;
  apiRequestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  attribution?: Resolver<Maybe<ResolversTypes['ChangeAttribution']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['SecurityProfile']>, ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  denial?: Resolver<Maybe<ResolversTypes['AuditDenial']>, ParentType, ContextType>;
  errorCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  errorMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incarnation?: Resolver<Maybe<ResolversTypes['ProfileIncarnation']>, ParentType, ContextType>;
  input?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  lambdaRequestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  observation?: Resolver<Maybe<ResolversTypes['AuditObservation']>, ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['AuditOperation'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['AuditOutcome'], ParentType, ContextType>;
  ownerTeam?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  previousOwnerTeam?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reconciliation?: Resolver<Maybe<ResolversTypes['AuditReconciliation']>, ParentType, ContextType>;
  restoredEventId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  securityProfileArn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  securityProfileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceIp?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  time?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  userAgent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  versionAfter?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  versionBefore?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
};

export type AuditEventConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AuditEventEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
};

export type AuditObservationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AuditObservation'] = ResolversParentTypes['AuditObservation']> = {
  detectedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  detectedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditReconciliationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AuditReconciliation'] = ResolversParentTypes['AuditReconciliation']> = {
  currentVersion?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reconciledAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['ReconciliationVerdict'], ParentType, ContextType>;
};

export type BehaviorResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Behavior'] = ResolversParentTypes['Behavior']> = {
  criteria?: Resolver<Maybe<ResolversTypes['BehaviorCriteria']>, ParentType, ContextType>;
  exportMetric?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  metric?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  metricDimension?: Resolver<Maybe<ResolversTypes['MetricDimension']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  suppressAlerts?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type BehaviorCriteriaResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['BehaviorCriteria'] = ResolversParentTypes['BehaviorCriteria']> = {
  comparisonOperator?: Resolver<Maybe<ResolversTypes['ComparisonOperator']>, ParentType, ContextType>;
  consecutiveDatapointsToAlarm?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  consecutiveDatapointsToClear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  durationSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  mlDetectionConfig?: Resolver<Maybe<ResolversTypes['MachineLearningDetectionConfig']>, ParentType, ContextType>;
  statisticalThreshold?: Resolver<Maybe<ResolversTypes['StatisticalThreshold']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['MetricValue']>, ParentType, ContextType>;
};

export type BehaviorsValidationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['BehaviorsValidation'] = ResolversParentTypes['BehaviorsValidation']> = {
  errors?: Resolver<Array<ResolversTypes['FieldMessage']>, ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['FieldMessage']>, ParentType, ContextType>;
};

export type ChangeAttributionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ChangeAttribution'] = ResolversParentTypes['ChangeAttribution']> = {
  eventID?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventTime?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  principal?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceIPAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userAgent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userIdentity?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
};

export type ComparisonOperatorResolvers = { GREATER_THAN: 'greater-than', GREATER_THAN_EQUALS: 'greater-than-equals', IN_CIDR_SET: 'in-cidr-set', IN_PORT_SET: 'in-port-set', IN_SET: 'in-set', LESS_THAN: 'less-than', LESS_THAN_EQUALS: 'less-than-equals', NOT_IN_CIDR_SET: 'not-in-cidr-set', NOT_IN_PORT_SET: 'not-in-port-set', NOT_IN_SET: 'not-in-set' };

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteSecurityProfilePayloadResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DeleteSecurityProfilePayload'] = ResolversParentTypes['DeleteSecurityProfilePayload']> = {
  auditEventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  securityProfileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FieldChangeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = {
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FieldMessageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FieldMessage'] = ResolversParentTypes['FieldMessage']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export interface LongScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Long'], any> {
  name: 'Long';
}

export type MachineLearningDetectionConfigResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MachineLearningDetectionConfig'] = ResolversParentTypes['MachineLearningDetectionConfig']> = {
  confidenceLevel?: Resolver<ResolversTypes['ConfidenceLevel'], ParentType, ContextType>;
};

export type MetricDimensionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MetricDimension'] = ResolversParentTypes['MetricDimension']> = {
  dimensionName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operator?: Resolver<Maybe<ResolversTypes['DimensionValueOperator']>, ParentType, ContextType>;
};

export type MetricToRetainResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MetricToRetain'] = ResolversParentTypes['MetricToRetain']> = {
  exportMetric?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metricDimension?: Resolver<Maybe<ResolversTypes['MetricDimension']>, ParentType, ContextType>;
};

export type MetricValueResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MetricValue'] = ResolversParentTypes['MetricValue']> = {
  cidrs?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  numbers?: Resolver<Maybe<Array<ResolversTypes['Float']>>, ParentType, ContextType>;
  ports?: Resolver<Maybe<Array<ResolversTypes['Int']>>, ParentType, ContextType>;
  strings?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type MetricsExportConfigResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MetricsExportConfig'] = ResolversParentTypes['MetricsExportConfig']> = {
  mqttTopic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roleArn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  attachSecurityProfile?: Resolver<ResolversTypes['UpdateSecurityProfilePayload'], ParentType, ContextType, RequireFields<MutationAttachSecurityProfileArgs, 'input'>>;
  createSecurityProfile?: Resolver<ResolversTypes['UpdateSecurityProfilePayload'], ParentType, ContextType, RequireFields<MutationCreateSecurityProfileArgs, 'input'>>;
  deleteSecurityProfile?: Resolver<ResolversTypes['DeleteSecurityProfilePayload'], ParentType, ContextType, RequireFields<MutationDeleteSecurityProfileArgs, 'input'>>;
  detachSecurityProfile?: Resolver<ResolversTypes['UpdateSecurityProfilePayload'], ParentType, ContextType, RequireFields<MutationDetachSecurityProfileArgs, 'input'>>;
  patchSecurityProfile?: Resolver<ResolversTypes['UpdateSecurityProfilePayload'], ParentType, ContextType, RequireFields<MutationPatchSecurityProfileArgs, 'input'>>;
  restoreSecurityProfile?: Resolver<ResolversTypes['UpdateSecurityProfilePayload'], ParentType, ContextType, RequireFields<MutationRestoreSecurityProfileArgs, 'input'>>;
  transferSecurityProfileOwnership?: Resolver<ResolversTypes['UpdateSecurityProfilePayload'], ParentType, ContextType, RequireFields<MutationTransferSecurityProfileOwnershipArgs, 'input'>>;
  updateSecurityProfile?: Resolver<ResolversTypes['UpdateSecurityProfilePayload'], ParentType, ContextType, RequireFields<MutationUpdateSecurityProfileArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ProfileIncarnationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ProfileIncarnation'] = ResolversParentTypes['ProfileIncarnation']> = {
  creationDate?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  securityProfileArn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  myAuditEvents?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, Partial<QueryMyAuditEventsArgs>>;
  securityProfile?: Resolver<Maybe<ResolversTypes['SecurityProfile']>, ParentType, ContextType, RequireFields<QuerySecurityProfileArgs, 'securityProfileName'>>;
  securityProfileAuditTrail?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, RequireFields<QuerySecurityProfileAuditTrailArgs, 'securityProfileName'>>;
  securityProfileTargets?: Resolver<Maybe<Array<ResolversTypes['SecurityProfileTarget']>>, ParentType, ContextType, RequireFields<QuerySecurityProfileTargetsArgs, 'securityProfileName'>>;
  securityProfiles?: Resolver<ResolversTypes['SecurityProfileSummaryConnection'], ParentType, ContextType, Partial<QuerySecurityProfilesArgs>>;
  validateSecurityProfileBehaviors?: Resolver<ResolversTypes['BehaviorsValidation'], ParentType, ContextType, RequireFields<QueryValidateSecurityProfileBehaviorsArgs, 'behaviors'>>;
};

export type SecurityProfileResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SecurityProfile'] = ResolversParentTypes['SecurityProfile']> = {
  additionalMetricsToRetain?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  additionalMetricsToRetainV2?: Resolver<Maybe<Array<ResolversTypes['MetricToRetain']>>, ParentType, ContextType>;
  alertTargets?: Resolver<Maybe<ResolversTypes['AlertTargets']>, ParentType, ContextType>;
  behaviors?: Resolver<Maybe<Array<ResolversTypes['Behavior']>>, ParentType, ContextType>;
  creationDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastModifiedDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  metricsExportConfig?: Resolver<Maybe<ResolversTypes['MetricsExportConfig']>, ParentType, ContextType>;
  securityProfileArn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  securityProfileDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  securityProfileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
};

export type SecurityProfileSummaryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SecurityProfileSummary'] = ResolversParentTypes['SecurityProfileSummary']> = {
  creationDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastModifiedDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  ownerTeam?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  profile?: Resolver<Maybe<ResolversTypes['SecurityProfile']>, ParentType, ContextType>;
  securityProfileArn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  securityProfileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
};

export type SecurityProfileSummaryConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SecurityProfileSummaryConnection'] = ResolversParentTypes['SecurityProfileSummaryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SecurityProfileSummaryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SecurityProfileSummaryEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SecurityProfileSummaryEdge'] = ResolversParentTypes['SecurityProfileSummaryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SecurityProfileSummary'], ParentType, ContextType>;
};

export type SecurityProfileTargetResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SecurityProfileTarget'] = ResolversParentTypes['SecurityProfileTarget']> = {
  arn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StatisticalThresholdResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['StatisticalThreshold'] = ResolversParentTypes['StatisticalThreshold']> = {
  statistic?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type UpdateSecurityProfilePayloadResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UpdateSecurityProfilePayload'] = ResolversParentTypes['UpdateSecurityProfilePayload']> = {
  applied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  auditEventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  securityProfile?: Resolver<ResolversTypes['SecurityProfile'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GatewayContext> = {
  AlertTarget?: AlertTargetResolvers<ContextType>;
  AlertTargets?: AlertTargetsResolvers<ContextType>;
  AuditActor?: AuditActorResolvers<ContextType>;
  AuditDenial?: AuditDenialResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  AuditObservation?: AuditObservationResolvers<ContextType>;
  AuditReconciliation?: AuditReconciliationResolvers<ContextType>;
  Behavior?: BehaviorResolvers<ContextType>;
  BehaviorCriteria?: BehaviorCriteriaResolvers<ContextType>;
  BehaviorsValidation?: BehaviorsValidationResolvers<ContextType>;
  ChangeAttribution?: ChangeAttributionResolvers<ContextType>;
  ComparisonOperator?: ComparisonOperatorResolvers;
  DateTime?: GraphQLScalarType;
  DeleteSecurityProfilePayload?: DeleteSecurityProfilePayloadResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  FieldMessage?: FieldMessageResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Long?: GraphQLScalarType;
  MachineLearningDetectionConfig?: MachineLearningDetectionConfigResolvers<ContextType>;
  MetricDimension?: MetricDimensionResolvers<ContextType>;
  MetricToRetain?: MetricToRetainResolvers<ContextType>;
  MetricValue?: MetricValueResolvers<ContextType>;
  MetricsExportConfig?: MetricsExportConfigResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ProfileIncarnation?: ProfileIncarnationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SecurityProfile?: SecurityProfileResolvers<ContextType>;
  SecurityProfileSummary?: SecurityProfileSummaryResolvers<ContextType>;
  SecurityProfileSummaryConnection?: SecurityProfileSummaryConnectionResolvers<ContextType>;
  SecurityProfileSummaryEdge?: SecurityProfileSummaryEdgeResolvers<ContextType>;
  SecurityProfileTarget?: SecurityProfileTargetResolvers<ContextType>;
  StatisticalThreshold?: StatisticalThresholdResolvers<ContextType>;
  UpdateSecurityProfilePayload?: UpdateSecurityProfilePayloadResolvers<ContextType>;
};

