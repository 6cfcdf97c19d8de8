import type { SecurityProfile } from '../securityProfile';

/**
 * The members of a profile that a change can move, in the order diffs list
 * them. Name, ARN, version and dates are identity and bookkeeping, not content.
 */
export const PROFILE_CONTENT_MEMBERS = [
  'securityProfileDescription',
  'behaviors',
  'alertTargets',
  'additionalMetricsToRetain',
  'additionalMetricsToRetainV2',
  'metricsExportConfig',
] as const;

export type ProfileContentMember = (typeof PROFILE_CONTENT_MEMBERS)[number];

/** The content of a profile: what `UpdateSecurityProfile` can change. */
export type ProfileContent = Pick<SecurityProfile, ProfileContentMember>;

/** The content members of `profile` (absent ones left out); an absent profile has no content. */
export function profileContent(profile: SecurityProfile | undefined): ProfileContent {
  const content: ProfileContent = {};
  if (!profile) return content;
  for (const member of PROFILE_CONTENT_MEMBERS) {
    if (profile[member] !== undefined) Object.assign(content, { [member]: profile[member] });
  }
  return content;
}
