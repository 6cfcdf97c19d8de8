import type { SecurityProfile } from '../../domain/securityProfile';
import type { Tag } from './deviceDefender/checkTags';
import type { ProfileStore, ThingGroup } from './ProfileStore';

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

/**
 * The demo thing groups, for the profiles to be attached to: one per demo team
 * (the demo team policy lets each team use `thinggroup/<team>-*`) and one of the
 * platform's, each tagged with its team as the profiles are.
 */
export const DEMO_THING_GROUPS: ReadonlyArray<{ name: string; description: string; team: string }> = [
  { name: 'team-a-devices', description: 'Team A devices', team: 'team-a' },
  { name: 'team-b-devices', description: 'Team B devices', team: 'team-b' },
  { name: 'platform-fleet', description: 'Every device the platform team manages', team: 'platform-admins' },
];

/** Creates each demo thing group that does not exist yet (version 1, dated now); returns how many it created. */
export function seedDemoThingGroups(
  store: ProfileStore,
  thingGroupArn: (name: string) => string,
  now: Date,
): number {
  let created = 0;
  for (const { name, description, team } of DEMO_THING_GROUPS) {
    if (store.thingGroup(name)) continue;
    const group: ThingGroup = {
      thingGroupName: name,
      thingGroupArn: thingGroupArn(name),
      // Fixed ids, so the demo data reads the same on every start.
      thingGroupId: `demo-${name}`,
      version: 1n,
      thingGroupProperties: { thingGroupDescription: description },
      creationDate: now,
    };
    store.insertThingGroup(group, [{ Key: DEMO_OWNER_TAG_KEY, Value: team }]);
    created += 1;
  }
  return created;
}

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
