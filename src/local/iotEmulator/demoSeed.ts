import type { SecurityProfile } from '../../domain/securityProfile';
import type { Tag } from './deviceDefender/checkTags';
import type { ProfileStore } from './ProfileStore';

/** The tag key that names a profile's owning team in the demo data (the gateway's default owner tag). */
export const DEMO_OWNER_TAG_KEY = 'team';

type DemoContent = Omit<
  SecurityProfile,
  'securityProfileArn' | 'version' | 'creationDate' | 'lastModifiedDate'
>;

/**
 * The demo profiles of the local stack. `PossibleIssue` starts as the AWS CLI
 * page's profile before its example update, so running that example once yields
 * version 2; `TeamBBaseline` alerts to team-b's own topic; `SharedBaseline` has
 * no owner (only admins may change it).
 */
export const DEMO_PROFILES: ReadonlyArray<{ content: DemoContent; tags: Tag[] }> = [
  {
    content: {
      securityProfileName: 'PossibleIssue',
      securityProfileDescription: 'Initial profile',
      behaviors: [
        {
          name: 'Authorization',
          metric: 'aws:num-authorization-failures',
          criteria: { comparisonOperator: 'less-than', value: { count: 10n }, durationSeconds: 300 },
        },
      ],
    },
    tags: [{ Key: DEMO_OWNER_TAG_KEY, Value: 'team-a' }],
  },
  {
    content: {
      securityProfileName: 'TeamBBaseline',
      securityProfileDescription: 'Team B baseline',
      behaviors: [
        {
          name: 'MessagesSent',
          metric: 'aws:num-messages-sent',
          criteria: {
            comparisonOperator: 'greater-than',
            value: { count: 100n },
            durationSeconds: 300,
            consecutiveDatapointsToAlarm: 2,
            consecutiveDatapointsToClear: 2,
          },
        },
        {
          name: 'SourceIp',
          metric: 'aws:source-ip-address',
          criteria: {
            comparisonOperator: 'not-in-cidr-set',
            value: { cidrs: ['10.0.0.0/8', '192.168.0.0/16'] },
          },
        },
      ],
      alertTargets: {
        SNS: {
          alertTargetArn: 'arn:aws:sns:us-east-1:123456789012:team-b-alerts',
          roleArn: 'arn:aws:iam::123456789012:role/team-b-dd-alerts',
        },
      },
    },
    tags: [{ Key: DEMO_OWNER_TAG_KEY, Value: 'team-b' }],
  },
  {
    content: {
      securityProfileName: 'SharedBaseline',
      securityProfileDescription: 'Shared baseline for every team',
      behaviors: [
        {
          name: 'AuthorizationFailures',
          metric: 'aws:num-authorization-failures',
          criteria: { comparisonOperator: 'greater-than', value: { count: 5n }, durationSeconds: 300 },
        },
      ],
    },
    tags: [],
  },
];

/** Creates each demo profile that does not exist yet (version 1, dated now); returns how many it created. */
export function seedDemoProfiles(
  store: ProfileStore,
  profileArn: (name: string) => string,
  now: Date,
): number {
  let created = 0;
  for (const { content, tags } of DEMO_PROFILES) {
    if (store.get(content.securityProfileName)) continue;
    const profile: SecurityProfile = {
      ...structuredClone(content),
      securityProfileArn: profileArn(content.securityProfileName),
      version: 1n,
      creationDate: now,
      lastModifiedDate: now,
    };
    store.insert(profile, tags);
    created += 1;
  }
  return created;
}
