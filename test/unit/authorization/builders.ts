import type { Actor } from '../../../src/domain/actor';
import { parseTeamPolicy } from '../../../src/domain/authorization/teamPolicy';
import type { TeamPolicy } from '../../../src/domain/authorization/teamPolicy';
import type { LoadedProfile, UpdateSecurityProfileRequest } from '../../../src/domain/securityProfile';

export const ACCOUNT = '123456789012';

/** The patterns the demo gives `team`: SNS `<team>-*`, roles `<team>-dd-*`, topics `<team>/**`, thing groups `<team>-*`. */
export function demoGrant(team: string): Record<string, string[]> {
  return {
    snsTopicArns: [`arn:aws:sns:us-east-1:${ACCOUNT}:${team}-*`],
    roleArns: [`arn:aws:iam::${ACCOUNT}:role/${team}-dd-*`],
    mqttTopics: [`${team}/**`],
    thingGroupArns: [`arn:aws:iot:us-east-1:${ACCOUNT}:thinggroup/${team}-*`],
  };
}

/** Admin team `platform-admins` (patterns `platform-*`), auditor team `security-audit`, teams team-a, team-b, team-c. */
export function aPolicy(): TeamPolicy {
  return parseTeamPolicy(
    {
      adminTeams: ['platform-admins'],
      auditorTeams: ['security-audit'],
      teams: {
        'platform-admins': demoGrant('platform'),
        'team-a': demoGrant('team-a'),
        'team-b': demoGrant('team-b'),
        'team-c': demoGrant('team-c'),
      },
    },
    'test',
  );
}

export function anActor(teams: string[], overrides: Partial<Actor> = {}): Actor {
  return { subject: 'user-1', teams, isAdmin: teams.includes('platform-admins'), ...overrides };
}

export function aLoadedProfile(ownerTeam: string | undefined, name = 'fleet-baseline'): LoadedProfile {
  return {
    profile: {
      securityProfileName: name,
      securityProfileArn: `arn:aws:iot:us-east-1:${ACCOUNT}:securityprofile/${name}`,
      version: 3n,
    },
    ownerTeam,
  };
}

/** The ARNs and topic a request of `prefix` (`team-a`, `platform`) would reference. */
export interface References {
  snsTopic: string;
  snsRole: string;
  exportRole: string;
  mqttTopic: string;
}

export function referencesOf(prefix: string): References {
  return {
    snsTopic: `arn:aws:sns:us-east-1:${ACCOUNT}:${prefix}-alerts`,
    snsRole: `arn:aws:iam::${ACCOUNT}:role/${prefix}-dd-alerts`,
    exportRole: `arn:aws:iam::${ACCOUNT}:role/${prefix}-dd-export`,
    mqttTopic: `${prefix}/metrics/export`,
  };
}

export function aRequest(references?: References): UpdateSecurityProfileRequest {
  const request: UpdateSecurityProfileRequest = {
    securityProfileName: 'fleet-baseline',
    securityProfileDescription: 'baseline for the fleet',
  };
  if (references === undefined) return request;
  return {
    ...request,
    alertTargets: { SNS: { alertTargetArn: references.snsTopic, roleArn: references.snsRole } },
    metricsExportConfig: { roleArn: references.exportRole, mqttTopic: references.mqttTopic },
  };
}
