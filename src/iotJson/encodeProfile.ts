import type { SecurityProfile } from '../domain/securityProfile';

/** A timestamp as restJson1 writes it by default: epoch seconds, milliseconds as the fraction. */
export function toEpochSeconds(date: Date | undefined): number | undefined {
  return date === undefined ? undefined : date.getTime() / 1000;
}

/** Every member of the profile, each with its JSON form: the compiler refuses a member without one. */
type EncodedProfile = { [K in keyof SecurityProfile]-?: unknown };

/**
 * The output members of DescribeSecurityProfile / UpdateSecurityProfile in the
 * model's order; absent members are left out (JSON.stringify drops undefined),
 * bigints stay bigints for `toJson`. Content members are already in IoT's JSON shapes.
 */
export function encodeProfile(profile: SecurityProfile): EncodedProfile {
  return {
    securityProfileName: profile.securityProfileName,
    securityProfileArn: profile.securityProfileArn,
    securityProfileDescription: profile.securityProfileDescription,
    behaviors: profile.behaviors,
    alertTargets: profile.alertTargets,
    additionalMetricsToRetain: profile.additionalMetricsToRetain,
    additionalMetricsToRetainV2: profile.additionalMetricsToRetainV2,
    version: profile.version,
    creationDate: toEpochSeconds(profile.creationDate),
    lastModifiedDate: toEpochSeconds(profile.lastModifiedDate),
    metricsExportConfig: profile.metricsExportConfig,
  };
}
