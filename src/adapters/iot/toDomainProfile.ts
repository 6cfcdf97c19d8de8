import type {
  AlertTarget as SdkAlertTarget,
  DescribeSecurityProfileResponse,
  MetricsExportConfig as SdkMetricsExportConfig,
  UpdateSecurityProfileResponse,
} from '@aws-sdk/client-iot';
import type {
  AlertTargetType,
  AlertTargets,
  MetricsExportConfig,
  SecurityProfile,
} from '../../domain/securityProfile';
import { omitAbsent } from './omitAbsent';
import { NO_EXACT_LONGS, type ExactLongs } from './readExactLongs';
import { required } from './required';
import { toBigInt, toDomainBehavior, toDomainMetricToRetain } from './toDomainBehavior';

/** Describe and Update answer with the same members. */
export type SdkProfileOutput = DescribeSecurityProfileResponse | UpdateSecurityProfileResponse;

/**
 * Maps IoT's Describe/UpdateSecurityProfile output to the domain profile, member
 * for member: names and enum spellings stay AWS's, timestamps are the SDK's
 * Dates, the alert-target map keeps its keys. `exact` supplies `version` and the
 * counts read from the raw body; without it the SDK's numbers are used.
 */
export function toDomainProfile(
  output: SdkProfileOutput,
  exact: ExactLongs = NO_EXACT_LONGS,
): SecurityProfile {
  return omitAbsent({
    securityProfileName: required(output.securityProfileName, 'securityProfileName'),
    securityProfileArn: required(output.securityProfileArn, 'securityProfileArn'),
    securityProfileDescription: output.securityProfileDescription,
    behaviors: output.behaviors?.map((behavior, i) => toDomainBehavior(behavior, exact.counts[i])),
    alertTargets: output.alertTargets && toDomainAlertTargets(output.alertTargets),
    additionalMetricsToRetain: output.additionalMetricsToRetain && [...output.additionalMetricsToRetain],
    additionalMetricsToRetainV2: output.additionalMetricsToRetainV2?.map(toDomainMetricToRetain),
    version: exact.version ?? required(toBigInt(output.version), 'version'),
    creationDate: output.creationDate,
    lastModifiedDate: output.lastModifiedDate,
    metricsExportConfig:
      output.metricsExportConfig && toDomainMetricsExportConfig(output.metricsExportConfig),
  });
}

// Keys are copied as IoT sent them: SNS is the only type today, and a new one
// should reach the caller rather than vanish here.
function toDomainAlertTargets(targets: Partial<Record<string, SdkAlertTarget>>): AlertTargets {
  const result: AlertTargets = {};
  for (const [type, target] of Object.entries(targets)) {
    if (!target) continue;
    result[type as AlertTargetType] = {
      alertTargetArn: required(target.alertTargetArn, 'AlertTarget.alertTargetArn'),
      roleArn: required(target.roleArn, 'AlertTarget.roleArn'),
    };
  }
  return result;
}

function toDomainMetricsExportConfig(config: SdkMetricsExportConfig): MetricsExportConfig {
  return {
    mqttTopic: required(config.mqttTopic, 'MetricsExportConfig.mqttTopic'),
    roleArn: required(config.roleArn, 'MetricsExportConfig.roleArn'),
  };
}
