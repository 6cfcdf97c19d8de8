import type { TeamPolicy } from './teamPolicy';

/**
 * The IAM `Resource` list for the gateway's `iam:PassRole` statement: every role
 * pattern some team policy allows, deduplicated and sorted. IAM's `*` spans any
 * characters (`:` and `/` included), so both `*` and `**` become `*`; the IAM
 * grant is therefore a superset of what the gateway lets a team reference, and
 * the gateway's own check stays the narrower one. Pair it with the condition
 * `iam:PassedToService = iot.amazonaws.com`.
 */
export function passRoleResources(policies: readonly TeamPolicy[]): string[] {
  const resources = new Set<string>();
  for (const policy of policies) {
    for (const grant of policy.teams.values()) {
      for (const pattern of grant.roleArns) resources.add(pattern.source.replaceAll('**', '*'));
    }
  }
  return [...resources].sort();
}
