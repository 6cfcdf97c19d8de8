import {
  CreateSecurityProfileCommand,
  CreateThingGroupCommand,
  type CreateSecurityProfileCommandInput,
  type IoTClient,
} from '@aws-sdk/client-iot';

/** The region and account the test emulator puts in its ARNs. */
export const ACCOUNT_ARN_PREFIX = 'arn:aws:iot:us-east-1:123456789012';

/**
 * A rules-based profile that uses every member a rules profile can carry:
 * each value kind (count, cidrs, ports, number, numbers, strings), a
 * statistical threshold, a dimension, every flag, alert targets, metrics to
 * retain (V2, with dimension and export) and the metrics export config.
 */
export function everyRulesField(name: string): CreateSecurityProfileCommandInput {
  return {
    securityProfileName: name,
    securityProfileDescription: 'Every field: rules ~!@#$%^&*()_+{}|:"<>? 0123456789',
    behaviors: [
      {
        name: 'MessagesSent',
        metric: 'aws:num-messages-sent',
        metricDimension: { dimensionName: 'TopicFilterForAuthMessages', operator: 'NOT_IN' },
        criteria: {
          comparisonOperator: 'greater-than-equals',
          value: { count: 9_007_199_254_740_991 },
          durationSeconds: 3600,
          consecutiveDatapointsToAlarm: 10,
          consecutiveDatapointsToClear: 1,
        },
        suppressAlerts: true,
        exportMetric: true,
      },
      {
        name: 'BytesOutP90',
        metric: 'aws:all-bytes-out',
        criteria: {
          comparisonOperator: 'less-than',
          statisticalThreshold: { statistic: 'p99.9' },
          durationSeconds: 900,
        },
        suppressAlerts: false,
        exportMetric: false,
      },
      {
        name: 'SourceIps',
        metric: 'aws:source-ip-address',
        criteria: {
          comparisonOperator: 'not-in-cidr-set',
          value: { cidrs: ['10.0.0.0/8', '2001:db8::/32', '192.0.2.1'] },
        },
      },
      {
        name: 'ListeningTcp',
        metric: 'aws:listening-tcp-ports',
        criteria: { comparisonOperator: 'in-port-set', value: { ports: [0, 22, 443, 65535] } },
      },
      {
        name: 'Battery',
        metric: 'batteryPercentage',
        criteria: { comparisonOperator: 'less-than-equals', value: { number: 12.5 } },
      },
      {
        name: 'Voltages',
        metric: 'voltageReadings',
        criteria: { comparisonOperator: 'not-in-set', value: { numbers: [3.3, 5, -12.25] } },
      },
      {
        name: 'Firmware',
        metric: 'firmwareVersion',
        criteria: { comparisonOperator: 'in-set', value: { strings: ['1.0.0', 'ünïcode ok', ''] } },
      },
    ],
    alertTargets: {
      SNS: {
        alertTargetArn: 'arn:aws:sns:us-east-1:123456789012:every-field-alerts',
        roleArn: 'arn:aws:iam::123456789012:role/every-field-alerts',
      },
    },
    additionalMetricsToRetainV2: [
      {
        metric: 'aws:num-messages-received',
        metricDimension: { dimensionName: 'TopicFilter', operator: 'IN' },
        exportMetric: true,
      },
      { metric: 'batteryPercentage', exportMetric: false },
    ],
    metricsExportConfig: {
      mqttTopic: '$aws/rules/every-field/metrics',
      roleArn: 'arn:aws:iam::123456789012:role/every-field-export',
    },
    tags: [
      { Key: 'team', Value: 'team-a' },
      { Key: 'empty-value', Value: '' },
    ],
  };
}

/** An ML Detect profile with the deprecated `additionalMetricsToRetain`. */
export function everyMlField(name: string): CreateSecurityProfileCommandInput {
  return {
    securityProfileName: name,
    securityProfileDescription: 'Every field: ML Detect',
    behaviors: [
      {
        name: 'AuthFailuresMl',
        metric: 'aws:num-authorization-failures',
        metricDimension: { dimensionName: 'TopicFilter' },
        criteria: {
          consecutiveDatapointsToAlarm: 3,
          consecutiveDatapointsToClear: 3,
          mlDetectionConfig: { confidenceLevel: 'HIGH' },
        },
        suppressAlerts: false,
      },
      {
        name: 'BatteryMl',
        metric: 'batteryPercentage',
        criteria: { mlDetectionConfig: { confidenceLevel: 'LOW' } },
      },
    ],
    additionalMetricsToRetain: ['aws:num-disconnects', 'batteryPercentage'],
  };
}

/** A small valid profile for tests that only need one to exist. */
export function simpleProfile(name: string, count = 10): CreateSecurityProfileCommandInput {
  return {
    securityProfileName: name,
    securityProfileDescription: 'Simple profile',
    behaviors: [
      {
        name: 'Authorization',
        metric: 'aws:num-authorization-failures',
        criteria: { comparisonOperator: 'less-than', value: { count }, durationSeconds: 300 },
      },
    ],
  };
}

/** Creates {@link simpleProfile} `name` through the SDK. */
export async function createSimpleProfile(iot: IoTClient, name: string, count = 10): Promise<void> {
  await iot.send(new CreateSecurityProfileCommand(simpleProfile(name, count)));
}

/** Creates thing group `name` (with no attributes: creating it again is a no-op) and answers its ARN. */
export async function createThingGroup(iot: IoTClient, name: string): Promise<string> {
  const created = await iot.send(new CreateThingGroupCommand({ thingGroupName: name }));
  return created.thingGroupArn!;
}
