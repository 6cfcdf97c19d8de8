import { CONTENT_MEMBERS } from '../members/profileMembers';
import type { ContentMember, ProfileContent } from '../securityProfile';
import type { TeamGrant } from './teamPolicy';

/** One ARN or topic of a request that makes IoT act on something. */
export interface Reference {
  path: string;
  value: string;
  list: keyof TeamGrant;
}

type MemberReferences<K extends ContentMember> = (
  value: NonNullable<ProfileContent[K]>,
  path: string,
) => Reference[];

const NONE = (): Reference[] => [];

/**
 * The ARNs and topics each content member makes IoT use. Every member must say,
 * so that a new member carrying a role or a topic cannot slip past authorization.
 */
const MEMBER_REFERENCES: { readonly [K in ContentMember]: MemberReferences<K> } = {
  securityProfileDescription: NONE,
  behaviors: NONE,
  alertTargets: (targets, path) => {
    const sns = targets.SNS;
    if (!sns) return [];
    return [
      { path: `${path}.SNS.alertTargetArn`, value: sns.alertTargetArn, list: 'snsTopicArns' },
      { path: `${path}.SNS.roleArn`, value: sns.roleArn, list: 'roleArns' },
    ];
  },
  additionalMetricsToRetain: NONE,
  additionalMetricsToRetainV2: NONE,
  metricsExportConfig: (config, path) => [
    { path: `${path}.roleArn`, value: config.roleArn, list: 'roleArns' },
    { path: `${path}.mqttTopic`, value: config.mqttTopic, list: 'mqttTopics' },
  ],
};

/** Every ARN and topic in `content`, member by member in catalogue order. */
export function referencesOf(content: ProfileContent): Reference[] {
  return CONTENT_MEMBERS.flatMap((member) => memberReferences(content, member));
}

function memberReferences<K extends ContentMember>(content: ProfileContent, member: K): Reference[] {
  const value = content[member];
  return value === undefined || value === null ? [] : MEMBER_REFERENCES[member](value, member);
}
