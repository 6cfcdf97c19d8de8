import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from '../../graphql/answer';
import { graphql } from '../../graphql/generated';
import type { BehaviorInput } from '../../graphql/generated/graphql';
import { aRunningLocalStack, type RunningLocalStack } from './localStackHarness';

const UPDATE = graphql(`
  mutation RestoreRaceUpdate($input: UpdateSecurityProfileInput!) {
    updateSecurityProfile(input: $input) {
      auditEventId
    }
  }
`);
const PATCH = graphql(`
  mutation RestoreRacePatch($input: PatchSecurityProfileInput!) {
    patchSecurityProfile(input: $input) {
      securityProfile {
        version
      }
    }
  }
`);
const RESTORE = graphql(`
  mutation RestoreRaceRestore($input: RestoreSecurityProfileInput!) {
    restoreSecurityProfile(input: $input) {
      securityProfile {
        version
      }
    }
  }
`);
const READ = graphql(`
  query RestoreRaceRead($n: String!) {
    securityProfile(securityProfileName: $n) {
      version
      securityProfileDescription
      behaviors {
        name
      }
    }
  }
`);
const TRAIL = graphql(`
  query RestoreRaceTrail($n: String!) {
    securityProfileAuditTrail(securityProfileName: $n, first: 100) {
      edges {
        node {
          operation
          outcome
          versionBefore
          versionAfter
        }
      }
    }
  }
`);
const WRITERS = 10;
const NAME = 'TeamBBaseline';

const behaviorOf = (i: number): BehaviorInput => ({
  name: `Racer${i}`,
  metric: 'aws:num-messages-sent',
  criteria: { comparisonOperator: 'GREATER_THAN', value: { count: 100 + i }, durationSeconds: 300 },
});

describe('a restore racing patches on one profile', () => {
  let local: RunningLocalStack;
  let token: string;

  beforeAll(async () => {
    local = await aRunningLocalStack();
    token = await local.tokenFor('bob', ['team-b']);
  });
  afterAll(() => local.close());

  const read = async () => {
    const profile = dataOf((await local.graphql(token, READ, { n: NAME })).body).securityProfile;
    if (!profile) throw new Error(`${NAME} is gone`);
    return profile;
  };

  it('loses nothing: every call makes one version, and the end state is the restored content plus the patches after it', async () => {
    const { body } = await local.graphql(token, UPDATE, {
      input: { securityProfileName: NAME, securityProfileDescription: 'the good one' },
    });
    const good = dataOf(body).updateSecurityProfile.auditEventId;
    const goodContent = await read();
    await local.graphql(token, UPDATE, {
      input: { securityProfileName: NAME, securityProfileDescription: 'a bad one' },
    });
    const before = await read();

    const [restored, ...patched] = await Promise.all([
      local.graphql(token, RESTORE, { input: { securityProfileName: NAME, auditEventId: good } }),
      ...Array.from({ length: WRITERS }, (_, i) =>
        local.graphql(token, PATCH, {
          input: { securityProfileName: NAME, upsertBehaviors: [behaviorOf(i)] },
        }),
      ),
    ]);

    const restoredAt = Number(dataOf(restored.body).restoreSecurityProfile.securityProfile.version);
    const patchVersions = patched.map((p) =>
      Number(dataOf(p.body).patchSecurityProfile.securityProfile.version),
    );
    const after = await read();
    // One version per call, none shared.
    expect(Number(after.version)).toBe(Number(before.version) + WRITERS + 1);
    expect(new Set([restoredAt, ...patchVersions]).size).toBe(WRITERS + 1);
    // The restore undoes what came before it; every patch after it is kept.
    const expected = [
      ...(goodContent.behaviors ?? []).map((b) => b.name),
      ...patchVersions.flatMap((version, i) => (version > restoredAt ? [`Racer${i}`] : [])),
    ];
    expect((after.behaviors ?? []).map((b) => b.name).sort()).toEqual(expected.sort());
    expect(after.securityProfileDescription).toBe('the good one');
    // The trail accounts for every version in order: each event starts where another ended.
    const trail = dataOf((await local.graphql(token, TRAIL, { n: NAME })).body).securityProfileAuditTrail
      .edges;
    const raced = trail
      .map((e) => e.node)
      .filter((e) => e.outcome === 'SUCCEEDED' && Number(e.versionAfter) > Number(before.version));
    expect(raced.map((e) => e.operation).sort()).toEqual(
      ['RESTORE', ...Array<string>(WRITERS).fill('PATCH')].sort(),
    );
    for (const event of raced) expect(Number(event.versionAfter)).toBe(Number(event.versionBefore) + 1);
  });
});
