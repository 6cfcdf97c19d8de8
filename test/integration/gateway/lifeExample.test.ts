import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from '../../graphql/answer';
import { aRunningLocalStack, type RunningLocalStack } from './localStackHarness';

const DOCUMENT = readFileSync(new URL('../../../examples/profile-life.graphql', import.meta.url), 'utf8');

/** The answers of the README's document, read as far as the README says. */
interface LifeAnswers {
  Create: {
    createSecurityProfile: {
      auditEventId: string;
      securityProfile: { securityProfileName: string; version: number };
    };
  };
  List: {
    securityProfiles: { edges: { node: { securityProfileName: string; ownerTeam: string | null } }[] };
  };
  Validate: { validateSecurityProfileBehaviors: { valid: boolean; errors: unknown[]; warnings: unknown[] } };
  TryPatch: { patchSecurityProfile: { applied: boolean; changes: { path: string }[] } };
  Patch: { patchSecurityProfile: { applied: boolean; securityProfile: { version: number } } };
  Attach: { attachSecurityProfile: { applied: boolean; changes: { path: string }[] } };
  Targets: { securityProfileTargets: { arn: string }[] | null };
  Restore: {
    restoreSecurityProfile: {
      applied: boolean;
      changes: { path: string }[];
      securityProfile: { version: number; behaviors: { name: string }[] };
    };
  };
  Delete: { deleteSecurityProfile: { deleted: boolean } };
  History: { securityProfileAuditTrail: { edges: { node: { operation: string; outcome: string } }[] } };
}

describe('the README’s profile life, examples/profile-life.graphql, through the local stack', () => {
  let local: RunningLocalStack;
  let alice: string;
  let bob: string;

  beforeAll(async () => {
    local = await aRunningLocalStack();
    alice = await local.tokenFor('alice', ['team-a']);
    bob = await local.tokenFor('bob', ['team-b']);
  });
  afterAll(() => local.close());

  const send = async <Name extends keyof LifeAnswers>(
    token: string,
    operationName: Name,
    variables: Record<string, string> = {},
  ) =>
    (
      await local.graphqlBody<LifeAnswers[Name]>(
        token,
        JSON.stringify({ query: DOCUMENT, operationName, variables }),
      )
    ).body;
  const namesListedFor = async (token: string) =>
    dataOf(await send(token, 'List')).securityProfiles.edges.map((edge) => edge.node.securityProfileName);

  it('walks create → list → validate → dry run → patch → attach → restore → delete with team A’s token, every step refused to team B', async () => {
    const created = dataOf(await send(alice, 'Create')).createSecurityProfile;
    expect(created.securityProfile).toEqual({ securityProfileName: 'team-a-door-sensors', version: 1 });
    expect(await namesListedFor(alice)).toContain('team-a-door-sensors');
    expect(await namesListedFor(bob)).not.toContain('team-a-door-sensors');

    expect(dataOf(await send(alice, 'Validate')).validateSecurityProfileBehaviors).toEqual({
      valid: true,
      errors: [],
      warnings: [],
    });
    const tried = dataOf(await send(alice, 'TryPatch')).patchSecurityProfile;
    expect(tried.applied).toBe(false);
    expect(tried.changes.map((change) => change.path)).toEqual(['behaviors[name=MessagesSent]']);
    expect((await send(bob, 'Patch')).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const patched = dataOf(await send(alice, 'Patch')).patchSecurityProfile;
    expect(patched).toMatchObject({ applied: true, securityProfile: { version: 2 } });

    const group = 'arn:aws:iot:us-east-1:123456789012:thinggroup/team-a-devices';
    expect((await send(bob, 'Attach')).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const attached = dataOf(await send(alice, 'Attach')).attachSecurityProfile;
    expect(attached).toEqual({ applied: true, changes: [{ path: `targets[${group}]` }] });
    expect(dataOf(await send(alice, 'Targets')).securityProfileTargets).toEqual([{ arn: group }]);
    expect(dataOf(await send(bob, 'Targets')).securityProfileTargets).toBeNull();

    // The README's step: the Create step's auditEventId, the one variable of Restore.
    const createEvent = { auditEventId: created.auditEventId };
    expect((await send(bob, 'Restore', createEvent)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const restored = dataOf(await send(alice, 'Restore', createEvent)).restoreSecurityProfile;
    expect(restored).toEqual({
      applied: true,
      changes: [{ path: 'behaviors[name=MessagesSent]' }],
      securityProfile: { version: 3, behaviors: [{ name: 'Authorization' }] },
    });

    expect((await send(bob, 'Delete')).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(dataOf(await send(alice, 'Delete')).deleteSecurityProfile.deleted).toBe(true);
    expect(await namesListedFor(alice)).not.toContain('team-a-door-sensors');

    const history = dataOf(await send(alice, 'History')).securityProfileAuditTrail.edges.map(
      ({ node }) => `${node.operation} ${node.outcome}`,
    );
    // Team B's refused calls are in the owner's trail too.
    expect(history).toEqual([
      'DELETE SUCCEEDED',
      'DELETE DENIED',
      'RESTORE SUCCEEDED',
      'RESTORE DENIED',
      'ATTACH SUCCEEDED',
      'ATTACH DENIED',
      'PATCH SUCCEEDED',
      'PATCH DENIED',
      'CREATE SUCCEEDED',
    ]);
  });
});
