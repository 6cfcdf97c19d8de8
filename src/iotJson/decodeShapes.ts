import type { Tag } from '../domain/validation';
import type {
  AlertTarget,
  AlertTargets,
  Behavior,
  BehaviorCriteria,
  MachineLearningDetectionConfig,
  MetricDimension,
  MetricToRetain,
  MetricValue,
  MetricsExportConfig,
  ProfileContent,
  DeleteFlags,
  SecurityProfile,
  StatisticalThreshold,
  UpdateSecurityProfileRequest,
} from '../domain/securityProfile';
import {
  boolean,
  double,
  enumString,
  epochSeconds,
  integer,
  list,
  long,
  map,
  string,
  struct,
  type Decoder,
  type FieldDecoders,
} from './decode';

/** Decoders for the IoT model's security-profile shapes, producing the domain types. */
export const metricDimension = struct<MetricDimension>({ dimensionName: string, operator: enumString() }, [
  'dimensionName',
]);

const metricValue = struct<MetricValue>({
  count: long,
  cidrs: list(string),
  ports: list(integer),
  number: double,
  numbers: list(double),
  strings: list(string),
});

const criteria = struct<BehaviorCriteria>({
  comparisonOperator: enumString(),
  value: metricValue,
  durationSeconds: integer,
  consecutiveDatapointsToAlarm: integer,
  consecutiveDatapointsToClear: integer,
  statisticalThreshold: struct<StatisticalThreshold>({ statistic: string }),
  mlDetectionConfig: struct<MachineLearningDetectionConfig>({ confidenceLevel: enumString() }, [
    'confidenceLevel',
  ]),
});

/** `Behaviors`: a list of `Behavior`. */
export const behaviors: Decoder<Behavior[]> = list(
  struct<Behavior>(
    {
      name: string,
      metric: string,
      metricDimension,
      criteria,
      suppressAlerts: boolean,
      exportMetric: boolean,
    },
    ['name'],
  ),
);

/** `AlertTargets`: a map keyed by alert target type (the validators check the key is SNS). */
export const alertTargets = map(
  struct<AlertTarget>({ alertTargetArn: string, roleArn: string }, ['alertTargetArn', 'roleArn']),
) as Decoder<AlertTargets>;

/** `AdditionalMetricsToRetainList` (deprecated). */
export const additionalMetricsToRetain = list(string);

/** `AdditionalMetricsToRetainV2List`. */
export const additionalMetricsToRetainV2 = list(
  struct<MetricToRetain>({ metric: string, metricDimension, exportMetric: boolean }, ['metric']),
);

/** `MetricsExportConfig`. */
export const metricsExportConfig = struct<MetricsExportConfig>({ mqttTopic: string, roleArn: string }, [
  'mqttTopic',
  'roleArn',
]);

/**
 * One decoder per content member, shared by the bodies of Create and Update, Describe's
 * answer and the state file; the compiler refuses a content member without one.
 */
export const contentMembers: FieldDecoders<ProfileContent> = {
  securityProfileDescription: string,
  behaviors,
  alertTargets,
  additionalMetricsToRetain,
  additionalMetricsToRetainV2,
  metricsExportConfig,
};

/** One decoder per delete flag of UpdateSecurityProfile. */
const deleteFlags: FieldDecoders<DeleteFlags> = {
  deleteBehaviors: boolean,
  deleteAlertTargets: boolean,
  deleteAdditionalMetricsToRetain: boolean,
  deleteMetricsExportConfig: boolean,
};

/** The JSON body of UpdateSecurityProfile (the name is a URI label, `expectedVersion` a query parameter). */
export const updateSecurityProfileBody = struct<
  Omit<UpdateSecurityProfileRequest, 'securityProfileName' | 'expectedVersion'>
>({ ...contentMembers, ...deleteFlags });

/** `TagList`. */
export const tags = list(struct<Tag>({ Key: string, Value: string }, ['Key']));

/** `TagKeyList`. */
export const tagKeys = list(string);

/** A whole profile as Describe returns it (the state file stores profiles this way). */
export const securityProfile = struct<SecurityProfile>(
  {
    securityProfileName: string,
    securityProfileArn: string,
    ...contentMembers,
    version: long,
    creationDate: epochSeconds,
    lastModifiedDate: epochSeconds,
  },
  ['securityProfileName', 'securityProfileArn', 'version'],
);
