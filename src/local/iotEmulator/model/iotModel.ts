/**
 * AWS IoT's model (API 2015-05-28) as far as the emulator serves it: the input
 * shapes of its operations with every constraint, documentation left out. Derived from
 * botocore's `botocore/data/iot/2015-05-28/service-2.json` (boto/botocore@0e6e2404) by
 * `scripts/deriveIotModel.ts`; regenerate rather than edit.
 */
import type { IotModel } from './modelTypes';

export const IOT_MODEL: IotModel = {
  operations: {
    CreateSecurityProfile: {
      method: 'POST',
      requestUri: '/security-profiles/{securityProfileName}',
      input: 'CreateSecurityProfileRequest',
    },
    UpdateSecurityProfile: {
      method: 'PATCH',
      requestUri: '/security-profiles/{securityProfileName}',
      input: 'UpdateSecurityProfileRequest',
    },
    DescribeSecurityProfile: {
      method: 'GET',
      requestUri: '/security-profiles/{securityProfileName}',
      input: 'DescribeSecurityProfileRequest',
    },
    DeleteSecurityProfile: {
      method: 'DELETE',
      requestUri: '/security-profiles/{securityProfileName}',
      input: 'DeleteSecurityProfileRequest',
    },
    ListSecurityProfiles: {
      method: 'GET',
      requestUri: '/security-profiles',
      input: 'ListSecurityProfilesRequest',
    },
    ListTagsForResource: { method: 'GET', requestUri: '/tags', input: 'ListTagsForResourceRequest' },
    TagResource: { method: 'POST', requestUri: '/tags', input: 'TagResourceRequest' },
    UntagResource: { method: 'POST', requestUri: '/untag', input: 'UntagResourceRequest' },
    ValidateSecurityProfileBehaviors: {
      method: 'POST',
      requestUri: '/security-profile-behaviors/validate',
      input: 'ValidateSecurityProfileBehaviorsRequest',
    },
    AttachSecurityProfile: {
      method: 'PUT',
      requestUri: '/security-profiles/{securityProfileName}/targets',
      input: 'AttachSecurityProfileRequest',
    },
    DetachSecurityProfile: {
      method: 'DELETE',
      requestUri: '/security-profiles/{securityProfileName}/targets',
      input: 'DetachSecurityProfileRequest',
    },
    ListTargetsForSecurityProfile: {
      method: 'GET',
      requestUri: '/security-profiles/{securityProfileName}/targets',
      input: 'ListTargetsForSecurityProfileRequest',
    },
    ListSecurityProfilesForTarget: {
      method: 'GET',
      requestUri: '/security-profiles-for-target',
      input: 'ListSecurityProfilesForTargetRequest',
    },
    CreateThingGroup: {
      method: 'POST',
      requestUri: '/thing-groups/{thingGroupName}',
      input: 'CreateThingGroupRequest',
    },
    DescribeThingGroup: {
      method: 'GET',
      requestUri: '/thing-groups/{thingGroupName}',
      input: 'DescribeThingGroupRequest',
    },
  },
  shapes: {
    AdditionalMetricsToRetainList: { type: 'list', member: { shape: 'BehaviorMetric' } },
    AdditionalMetricsToRetainV2List: { type: 'list', member: { shape: 'MetricToRetain' } },
    AlertTarget: {
      type: 'structure',
      required: ['alertTargetArn', 'roleArn'],
      members: { alertTargetArn: { shape: 'AlertTargetArn' }, roleArn: { shape: 'RoleArn' } },
    },
    AlertTargetArn: { type: 'string' },
    AlertTargets: { type: 'map', key: { shape: 'AlertTargetType' }, value: { shape: 'AlertTarget' } },
    AlertTargetType: { type: 'string', enum: ['SNS'] },
    AttachSecurityProfileRequest: {
      type: 'structure',
      required: ['securityProfileName', 'securityProfileTargetArn'],
      members: {
        securityProfileName: {
          shape: 'SecurityProfileName',
          location: 'uri',
          locationName: 'securityProfileName',
        },
        securityProfileTargetArn: {
          shape: 'SecurityProfileTargetArn',
          location: 'querystring',
          locationName: 'securityProfileTargetArn',
        },
      },
    },
    AttributeName: { type: 'string', max: 128, pattern: '[a-zA-Z0-9_.,@/:#-]+' },
    AttributePayload: {
      type: 'structure',
      members: { attributes: { shape: 'Attributes' }, merge: { shape: 'Flag' } },
    },
    Attributes: { type: 'map', key: { shape: 'AttributeName' }, value: { shape: 'AttributeValue' } },
    AttributeValue: { type: 'string', max: 800, pattern: '[a-zA-Z0-9_.,@/:#=\\[\\]-]*' },
    Behavior: {
      type: 'structure',
      required: ['name'],
      members: {
        name: { shape: 'BehaviorName' },
        metric: { shape: 'BehaviorMetric' },
        metricDimension: { shape: 'MetricDimension' },
        criteria: { shape: 'BehaviorCriteria' },
        suppressAlerts: { shape: 'SuppressAlerts' },
        exportMetric: { shape: 'ExportMetric' },
      },
    },
    BehaviorCriteria: {
      type: 'structure',
      members: {
        comparisonOperator: { shape: 'ComparisonOperator' },
        value: { shape: 'MetricValue' },
        durationSeconds: { shape: 'DurationSeconds' },
        consecutiveDatapointsToAlarm: { shape: 'ConsecutiveDatapointsToAlarm' },
        consecutiveDatapointsToClear: { shape: 'ConsecutiveDatapointsToClear' },
        statisticalThreshold: { shape: 'StatisticalThreshold' },
        mlDetectionConfig: { shape: 'MachineLearningDetectionConfig' },
      },
    },
    BehaviorMetric: { type: 'string' },
    BehaviorName: { type: 'string', min: 1, max: 128, pattern: '[a-zA-Z0-9:_-]+' },
    Behaviors: { type: 'list', max: 100, member: { shape: 'Behavior' } },
    Cidr: { type: 'string', min: 2, max: 43, pattern: '[a-fA-F0-9:\\.\\/]+' },
    Cidrs: { type: 'list', member: { shape: 'Cidr' } },
    ComparisonOperator: {
      type: 'string',
      enum: [
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
      ],
    },
    ConfidenceLevel: { type: 'string', enum: ['LOW', 'MEDIUM', 'HIGH'] },
    ConsecutiveDatapointsToAlarm: { type: 'integer', min: 1, max: 10 },
    ConsecutiveDatapointsToClear: { type: 'integer', min: 1, max: 10 },
    CreateSecurityProfileRequest: {
      type: 'structure',
      required: ['securityProfileName'],
      members: {
        securityProfileName: {
          shape: 'SecurityProfileName',
          location: 'uri',
          locationName: 'securityProfileName',
        },
        securityProfileDescription: { shape: 'SecurityProfileDescription' },
        behaviors: { shape: 'Behaviors' },
        alertTargets: { shape: 'AlertTargets' },
        additionalMetricsToRetain: { shape: 'AdditionalMetricsToRetainList' },
        additionalMetricsToRetainV2: { shape: 'AdditionalMetricsToRetainV2List' },
        tags: { shape: 'TagList' },
        metricsExportConfig: { shape: 'MetricsExportConfig' },
      },
    },
    CreateThingGroupRequest: {
      type: 'structure',
      required: ['thingGroupName'],
      members: {
        thingGroupName: { shape: 'ThingGroupName', location: 'uri', locationName: 'thingGroupName' },
        parentGroupName: { shape: 'ThingGroupName' },
        thingGroupProperties: { shape: 'ThingGroupProperties' },
        tags: { shape: 'TagList' },
      },
    },
    DeleteAdditionalMetricsToRetain: { type: 'boolean' },
    DeleteAlertTargets: { type: 'boolean' },
    DeleteBehaviors: { type: 'boolean' },
    DeleteMetricsExportConfig: { type: 'boolean' },
    DeleteSecurityProfileRequest: {
      type: 'structure',
      required: ['securityProfileName'],
      members: {
        securityProfileName: {
          shape: 'SecurityProfileName',
          location: 'uri',
          locationName: 'securityProfileName',
        },
        expectedVersion: {
          shape: 'OptionalVersion',
          location: 'querystring',
          locationName: 'expectedVersion',
        },
      },
    },
    DescribeSecurityProfileRequest: {
      type: 'structure',
      required: ['securityProfileName'],
      members: {
        securityProfileName: {
          shape: 'SecurityProfileName',
          location: 'uri',
          locationName: 'securityProfileName',
        },
      },
    },
    DescribeThingGroupRequest: {
      type: 'structure',
      required: ['thingGroupName'],
      members: {
        thingGroupName: { shape: 'ThingGroupName', location: 'uri', locationName: 'thingGroupName' },
      },
    },
    DetachSecurityProfileRequest: {
      type: 'structure',
      required: ['securityProfileName', 'securityProfileTargetArn'],
      members: {
        securityProfileName: {
          shape: 'SecurityProfileName',
          location: 'uri',
          locationName: 'securityProfileName',
        },
        securityProfileTargetArn: {
          shape: 'SecurityProfileTargetArn',
          location: 'querystring',
          locationName: 'securityProfileTargetArn',
        },
      },
    },
    DimensionName: { type: 'string', min: 1, max: 128, pattern: '[a-zA-Z0-9:_-]+' },
    DimensionValueOperator: { type: 'string', enum: ['IN', 'NOT_IN'] },
    DurationSeconds: { type: 'integer' },
    EvaluationStatistic: {
      type: 'string',
      pattern: '(p0|p0\\.1|p0\\.01|p1|p10|p50|p90|p99|p99\\.9|p99\\.99|p100)',
    },
    ExportMetric: { type: 'boolean' },
    Flag: { type: 'boolean' },
    ListSecurityProfilesForTargetRequest: {
      type: 'structure',
      required: ['securityProfileTargetArn'],
      members: {
        nextToken: { shape: 'NextToken', location: 'querystring', locationName: 'nextToken' },
        maxResults: { shape: 'MaxResults', location: 'querystring', locationName: 'maxResults' },
        recursive: { shape: 'Recursive', location: 'querystring', locationName: 'recursive' },
        securityProfileTargetArn: {
          shape: 'SecurityProfileTargetArn',
          location: 'querystring',
          locationName: 'securityProfileTargetArn',
        },
      },
    },
    ListSecurityProfilesRequest: {
      type: 'structure',
      members: {
        nextToken: { shape: 'NextToken', location: 'querystring', locationName: 'nextToken' },
        maxResults: { shape: 'MaxResults', location: 'querystring', locationName: 'maxResults' },
        dimensionName: { shape: 'DimensionName', location: 'querystring', locationName: 'dimensionName' },
        metricName: { shape: 'MetricName', location: 'querystring', locationName: 'metricName' },
      },
    },
    ListTagsForResourceRequest: {
      type: 'structure',
      required: ['resourceArn'],
      members: {
        resourceArn: { shape: 'ResourceArn', location: 'querystring', locationName: 'resourceArn' },
        nextToken: { shape: 'NextToken', location: 'querystring', locationName: 'nextToken' },
      },
    },
    ListTargetsForSecurityProfileRequest: {
      type: 'structure',
      required: ['securityProfileName'],
      members: {
        securityProfileName: {
          shape: 'SecurityProfileName',
          location: 'uri',
          locationName: 'securityProfileName',
        },
        nextToken: { shape: 'NextToken', location: 'querystring', locationName: 'nextToken' },
        maxResults: { shape: 'MaxResults', location: 'querystring', locationName: 'maxResults' },
      },
    },
    MachineLearningDetectionConfig: {
      type: 'structure',
      required: ['confidenceLevel'],
      members: { confidenceLevel: { shape: 'ConfidenceLevel' } },
    },
    MaxResults: { type: 'integer', min: 1, max: 250 },
    MetricDimension: {
      type: 'structure',
      required: ['dimensionName'],
      members: { dimensionName: { shape: 'DimensionName' }, operator: { shape: 'DimensionValueOperator' } },
    },
    MetricName: { type: 'string', min: 1, max: 128, pattern: '[a-zA-Z0-9:_-]+' },
    MetricsExportConfig: {
      type: 'structure',
      required: ['mqttTopic', 'roleArn'],
      members: { mqttTopic: { shape: 'MqttTopic' }, roleArn: { shape: 'RoleArn' } },
    },
    MetricToRetain: {
      type: 'structure',
      required: ['metric'],
      members: {
        metric: { shape: 'BehaviorMetric' },
        metricDimension: { shape: 'MetricDimension' },
        exportMetric: { shape: 'ExportMetric' },
      },
    },
    MetricValue: {
      type: 'structure',
      members: {
        count: { shape: 'UnsignedLong' },
        cidrs: { shape: 'Cidrs' },
        ports: { shape: 'Ports' },
        number: { shape: 'Number' },
        numbers: { shape: 'NumberList' },
        strings: { shape: 'StringList' },
      },
    },
    MqttTopic: { type: 'string', min: 1, max: 512 },
    NextToken: { type: 'string' },
    Number: { type: 'double' },
    NumberList: { type: 'list', member: { shape: 'Number' } },
    OptionalVersion: { type: 'long' },
    Port: { type: 'integer', min: 0, max: 65535 },
    Ports: { type: 'list', member: { shape: 'Port' } },
    Recursive: { type: 'boolean' },
    ResourceArn: { type: 'string' },
    RoleArn: { type: 'string', min: 20, max: 2048 },
    SecurityProfileDescription: { type: 'string', max: 1000, pattern: '[\\p{Graph}\\x20]*' },
    SecurityProfileName: { type: 'string', min: 1, max: 128, pattern: '[a-zA-Z0-9:_-]+' },
    SecurityProfileTargetArn: { type: 'string' },
    StatisticalThreshold: { type: 'structure', members: { statistic: { shape: 'EvaluationStatistic' } } },
    StringList: { type: 'list', member: { shape: 'stringValue' } },
    stringValue: { type: 'string' },
    SuppressAlerts: { type: 'boolean' },
    Tag: {
      type: 'structure',
      required: ['Key'],
      members: { Key: { shape: 'TagKey' }, Value: { shape: 'TagValue' } },
    },
    TagKey: { type: 'string', min: 1, max: 128, pattern: '^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$' },
    TagKeyList: { type: 'list', member: { shape: 'TagKey' } },
    TagList: { type: 'list', member: { shape: 'Tag' } },
    TagResourceRequest: {
      type: 'structure',
      required: ['resourceArn', 'tags'],
      members: { resourceArn: { shape: 'ResourceArn' }, tags: { shape: 'TagList' } },
    },
    TagValue: { type: 'string', min: 0, max: 256 },
    ThingGroupDescription: { type: 'string', max: 2028, pattern: '[\\p{Graph}\\x20]*' },
    ThingGroupName: { type: 'string', min: 1, max: 128, pattern: '[a-zA-Z0-9:_-]+' },
    ThingGroupProperties: {
      type: 'structure',
      members: {
        thingGroupDescription: { shape: 'ThingGroupDescription' },
        attributePayload: { shape: 'AttributePayload' },
      },
    },
    UnsignedLong: { type: 'long', min: 0 },
    UntagResourceRequest: {
      type: 'structure',
      required: ['resourceArn', 'tagKeys'],
      members: { resourceArn: { shape: 'ResourceArn' }, tagKeys: { shape: 'TagKeyList' } },
    },
    UpdateSecurityProfileRequest: {
      type: 'structure',
      required: ['securityProfileName'],
      members: {
        securityProfileName: {
          shape: 'SecurityProfileName',
          location: 'uri',
          locationName: 'securityProfileName',
        },
        securityProfileDescription: { shape: 'SecurityProfileDescription' },
        behaviors: { shape: 'Behaviors' },
        alertTargets: { shape: 'AlertTargets' },
        additionalMetricsToRetain: { shape: 'AdditionalMetricsToRetainList' },
        additionalMetricsToRetainV2: { shape: 'AdditionalMetricsToRetainV2List' },
        deleteBehaviors: { shape: 'DeleteBehaviors' },
        deleteAlertTargets: { shape: 'DeleteAlertTargets' },
        deleteAdditionalMetricsToRetain: { shape: 'DeleteAdditionalMetricsToRetain' },
        expectedVersion: {
          shape: 'OptionalVersion',
          location: 'querystring',
          locationName: 'expectedVersion',
        },
        metricsExportConfig: { shape: 'MetricsExportConfig' },
        deleteMetricsExportConfig: { shape: 'DeleteMetricsExportConfig' },
      },
    },
    ValidateSecurityProfileBehaviorsRequest: {
      type: 'structure',
      required: ['behaviors'],
      members: { behaviors: { shape: 'Behaviors' } },
    },
  },
};
