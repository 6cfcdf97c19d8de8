import { issueDevToken, type DevTokenOptions } from './devTokens';
import type { IdeIdentity } from './ide/ideSettings';

/** A demo caller of the local stack, with a freshly issued token. */
export type DemoIdentity = IdeIdentity;

/** Fresh tokens (one hour) for the demo teams and an admin, matching the demo team policy and seed. */
export async function demoIdentities(options: DevTokenOptions = {}): Promise<DemoIdentity[]> {
  return Promise.all([
    identity('alice · team-a', 'team-a: owns PossibleIssue', { sub: 'alice', teams: ['team-a'] }, options),
    identity('bob · team-b', 'team-b: owns TeamBBaseline', { sub: 'bob', teams: ['team-b'] }, options),
    identity(
      'root · admin',
      'platform-admins: may change every profile, SharedBaseline included',
      { sub: 'root', teams: [], admin: true },
      options,
    ),
  ]);
}

async function identity(
  label: string,
  description: string,
  request: Parameters<typeof issueDevToken>[0],
  options: DevTokenOptions,
): Promise<DemoIdentity> {
  return { label, description, token: await issueDevToken(request, options) };
}
