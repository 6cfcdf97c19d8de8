import type {
  AlertTarget as SdkAlertTarget,
  AlertTargetType as SdkAlertTargetType,
  UpdateSecurityProfileCommandInput,
} from '@aws-sdk/client-iot';
import type { AlertTargets, UpdateSecurityProfileRequest } from '../../domain/securityProfile';
import { omitAbsent } from './omitAbsent';
import { toSdkBehavior, toSdkMetricToRetain, type LosslessBehavior } from './toSdkBehavior';

/**
 * The SDK's UpdateSecurityProfile input with its `long` members as bigints
 * (`expectedVersion`, every `count`), which the SDK serialises verbatim.
 */
export type LosslessUpdateInput = Omit<UpdateSecurityProfileCommandInput, 'behaviors' | 'expectedVersion'> & {
  behaviors?: LosslessBehavior[];
  expectedVersion?: bigint;
};

/**
 * Maps a domain update request to the SDK's input, member for member: names and
 * enum spellings are AWS's on both sides, `expectedVersion` is passed as given,
 * absent members are omitted (IoT reads an omitted member as "keep").
 */
export function toSdkUpdateInput(request: UpdateSecurityProfileRequest): LosslessUpdateInput {
  return omitAbsent({
    securityProfileName: request.securityProfileName,
    securityProfileDescription: request.securityProfileDescription,
    behaviors: request.behaviors?.map(toSdkBehavior),
    alertTargets: request.alertTargets && toSdkAlertTargets(request.alertTargets),
    additionalMetricsToRetain: request.additionalMetricsToRetain && [...request.additionalMetricsToRetain],
    additionalMetricsToRetainV2: request.additionalMetricsToRetainV2?.map(toSdkMetricToRetain),
    deleteBehaviors: request.deleteBehaviors,
    deleteAlertTargets: request.deleteAlertTargets,
    deleteAdditionalMetricsToRetain: request.deleteAdditionalMetricsToRetain,
    expectedVersion: request.expectedVersion,
    metricsExportConfig: request.metricsExportConfig && { ...request.metricsExportConfig },
    deleteMetricsExportConfig: request.deleteMetricsExportConfig,
  });
}

/**
 * The one place the lossless input meets the SDK's narrower type. Safe because
 * the SDK's serializer writes a bigint as a JSON integer (and a query-string
 * integer for `expectedVersion`) without converting it to a number.
 */
export function asSdkInput(input: LosslessUpdateInput): UpdateSecurityProfileCommandInput {
  return input as unknown as UpdateSecurityProfileCommandInput;
}

function toSdkAlertTargets(targets: AlertTargets): Partial<Record<SdkAlertTargetType, SdkAlertTarget>> {
  const result: Partial<Record<SdkAlertTargetType, SdkAlertTarget>> = {};
  for (const [type, target] of Object.entries(targets) as [
    SdkAlertTargetType,
    SdkAlertTarget | undefined,
  ][]) {
    if (target) result[type] = { alertTargetArn: target.alertTargetArn, roleArn: target.roleArn };
  }
  return result;
}
