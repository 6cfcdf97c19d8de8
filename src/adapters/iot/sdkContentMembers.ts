import type {
  AlertTarget as SdkAlertTarget,
  AlertTargetType as SdkAlertTargetType,
  DescribeSecurityProfileResponse,
  MetricsExportConfig as SdkMetricsExportConfig,
  UpdateSecurityProfileCommandInput,
} from '@aws-sdk/client-iot';
import { CONTENT_MEMBERS, contentOf } from '../../domain/members/profileMembers';
import type { NoneLeft } from '../../domain/members/noneLeft';
import type {
  AlertTargetType,
  AlertTargets,
  ContentMember,
  MetricsExportConfig,
  ProfileContent,
  SecurityProfile,
  UpdateSecurityProfileRequest,
} from '../../domain/securityProfile';
import type { ExactLongs } from './readExactLongs';
import { required } from './required';
import { toDomainBehavior, toDomainMetricToRetain } from './toDomainBehavior';
import { toSdkBehavior, toSdkMetricToRetain, type LosslessBehavior } from './toSdkBehavior';

/** The content members as IoT's Describe/Update output holds them; a member the SDK lacks fails here. */
export type SdkContent = Pick<DescribeSecurityProfileResponse, ContentMember>;

/** The content members as the adapter sends them: the SDK's input, with every `count` lossless. */
export type LosslessContent = Omit<Pick<UpdateSecurityProfileCommandInput, ContentMember>, 'behaviors'> & {
  behaviors?: LosslessBehavior[];
};

/** Compiles only while the domain models every member of IoT's answer (else a read would drop it). */
export type EveryOutputMemberModelled = NoneLeft<
  Exclude<keyof DescribeSecurityProfileResponse, keyof SecurityProfile | '$metadata'>
>;

/** Compiles only while the domain models every member of IoT's update request. */
export type EveryInputMemberModelled = NoneLeft<
  Exclude<keyof UpdateSecurityProfileCommandInput, keyof UpdateSecurityProfileRequest>
>;

/** How one content member crosses the SDK boundary, both ways; names and enum spellings are AWS's on both sides. */
interface SdkMemberCodec<K extends ContentMember> {
  /** `exact` holds the `long`s read from the raw response, which win over the SDK's rounded numbers. */
  toDomain(value: NonNullable<SdkContent[K]>, exact: ExactLongs): NonNullable<ProfileContent[K]>;
  toSdk(value: NonNullable<ProfileContent[K]>): NonNullable<LosslessContent[K]>;
}

/** One codec per content member; the compiler refuses a member without one. */
export const SDK_CONTENT_MEMBERS: { readonly [K in ContentMember]: SdkMemberCodec<K> } = {
  securityProfileDescription: { toDomain: (description) => description, toSdk: (description) => description },
  behaviors: {
    toDomain: (behaviors, exact) =>
      behaviors.map((behavior, i) => toDomainBehavior(behavior, exact.counts[i])),
    toSdk: (behaviors) => behaviors.map(toSdkBehavior),
  },
  alertTargets: { toDomain: toDomainAlertTargets, toSdk: toSdkAlertTargets },
  additionalMetricsToRetain: { toDomain: (metrics) => [...metrics], toSdk: (metrics) => [...metrics] },
  additionalMetricsToRetainV2: {
    toDomain: (entries) => entries.map(toDomainMetricToRetain),
    toSdk: (entries) => entries.map(toSdkMetricToRetain),
  },
  metricsExportConfig: { toDomain: toDomainMetricsExportConfig, toSdk: (config) => ({ ...config }) },
};

/** The content members of IoT's output as the domain holds them; absent (or null) ones are left out. */
export function toDomainContent(output: SdkContent, exact: ExactLongs): ProfileContent {
  return contentOf((member) => {
    const value = output[member];
    return value === undefined || value === null
      ? undefined
      : SDK_CONTENT_MEMBERS[member].toDomain(value, exact);
  });
}

/** The content members of a domain request as the SDK sends them; absent ones are left out. */
export function toSdkContent(content: ProfileContent): LosslessContent {
  const sdk: LosslessContent = {};
  for (const member of CONTENT_MEMBERS) toSdkMember(sdk, content, member);
  return sdk;
}

function toSdkMember<K extends ContentMember>(
  sdk: LosslessContent,
  content: ProfileContent,
  member: K,
): void {
  const value = content[member];
  if (value !== undefined && value !== null) sdk[member] = SDK_CONTENT_MEMBERS[member].toSdk(value);
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
