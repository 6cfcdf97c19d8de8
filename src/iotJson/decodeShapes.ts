import type { Tag } from '../domain/validation';
import type {
  AlertTarget,
  AlertTargets,
  Behavior,
  BehaviorCriteria,
  DeleteFlags,
  MachineLearningDetectionConfig,
  MetricDimension,
  MetricToRetain,
  MetricValue,
  MetricsExportConfig,
  ProfileContent,
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
  withSchema,
  type Decoder,
  type FieldDecoders,
} from './decode';

/**
 * Decoders for the IoT model's security-profile shapes, producing the domain types.
 * Each shape's schema carries the model's name for it (its OpenAPI component).
 * Type-only imports of the domain: the emulator's state file uses these decoders
 * and runs none of the gateway's code.
 */
export const metricDimension = named(
  'MetricDimension',
  struct<MetricDimension>({ dimensionName: string, operator: enumString('DimensionValueOperator') }, [
    'dimensionName',
  ]),
);

const metricValue = named(
  'MetricValue',
  struct<MetricValue>({
    count: long,
    cidrs: list(string),
    ports: list(integer),
    number: double,
    numbers: list(double),
    strings: list(string),
  }),
);

const criteria = named(
  'BehaviorCriteria',
  struct<BehaviorCriteria>({
    comparisonOperator: enumString('ComparisonOperator'),
    value: metricValue,
    durationSeconds: integer,
    consecutiveDatapointsToAlarm: integer,
    consecutiveDatapointsToClear: integer,
    statisticalThreshold: named('StatisticalThreshold', struct<StatisticalThreshold>({ statistic: string })),
    mlDetectionConfig: named(
      'MachineLearningDetectionConfig',
      struct<MachineLearningDetectionConfig>({ confidenceLevel: enumString('ConfidenceLevel') }, [
        'confidenceLevel',
      ]),
    ),
  }),
);

/** `Behaviors`: a list of `Behavior`. */
export const behaviors: Decoder<Behavior[]> = list(
  named(
    'Behavior',
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
  ),
);

const alertTarget = named(
  'AlertTarget',
  struct<AlertTarget>({ alertTargetArn: string, roleArn: string }, ['alertTargetArn', 'roleArn']),
);

/** `AlertTargets`: a map keyed by alert target type (the validators check the key is SNS). */
export const alertTargets = withSchema(map(alertTarget), {
  title: 'AlertTargets',
  propertyNames: enumString('AlertTargetType').schema,
}) as Decoder<AlertTargets>;

/** `AdditionalMetricsToRetainList` (deprecated). */
export const additionalMetricsToRetain = withSchema(list(string), { deprecated: true });

/** `AdditionalMetricsToRetainV2List`. */
export const additionalMetricsToRetainV2 = list(
  named(
    'MetricToRetain',
    struct<MetricToRetain>({ metric: string, metricDimension, exportMetric: boolean }, ['metric']),
  ),
);

/** `MetricsExportConfig`. */
export const metricsExportConfig = named(
  'MetricsExportConfig',
  struct<MetricsExportConfig>({ mqttTopic: string, roleArn: string }, ['mqttTopic', 'roleArn']),
);

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
export const updateSecurityProfileBody = named(
  'UpdateSecurityProfileRequest',
  struct<Omit<UpdateSecurityProfileRequest, 'securityProfileName' | 'expectedVersion'>>({
    ...contentMembers,
    ...deleteFlags,
  }),
);

/** `TagList`. */
export const tags = list(named('Tag', struct<Tag>({ Key: string, Value: string }, ['Key'])));

/** `TagKeyList`. */
export const tagKeys = list(string);

/** A whole profile as Describe returns it (the state file stores profiles this way). */
export const securityProfile = named(
  'SecurityProfile',
  struct<SecurityProfile>(
    {
      securityProfileName: string,
      securityProfileArn: string,
      ...contentMembers,
      version: long,
      creationDate: epochSeconds,
      lastModifiedDate: epochSeconds,
    },
    ['securityProfileName', 'securityProfileArn', 'version'],
  ),
);

function named<T>(title: string, decoder: Decoder<T>): Decoder<T> {
  return withSchema(decoder, { title });
}
