import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from '../../graphql/answer';
import { graphql } from '../../graphql/generated';
import type { BehaviorInput } from '../../graphql/generated/graphql';
import { aRunningLocalStack, type RunningLocalStack } from './localStackHarness';

const PATCH = graphql(`
  mutation ContentionPatch($input: PatchSecurityProfileInput!) {
    patchSecurityProfile(input: $input) {
      attempts
      applied
      securityProfile {
        version
      }
    }
  }
`);
const READ = graphql(`
  query ContentionRead($n: String!) {
    securityProfile(securityProfileName: $n) {
      version
      behaviors {
        name
      }
    }
  }
`);
const WRITERS = 25;

/** A behavior only writer `i` adds. */
const behaviorOf = (i: number): BehaviorInput => ({
  name: `Writer${i}`,
  metric: 'aws:num-messages-sent',
  criteria: { comparisonOperator: 'GREATER_THAN', value: { count: 100 + i }, durationSeconds: 300 },
});

describe('concurrent patches on one profile through the gateway', () => {
  let local: RunningLocalStack;
  let token: string;

  beforeAll(async () => {
    // The default configuration: the writers take turns, nothing is tuned for the race.
    local = await aRunningLocalStack();
    token = await local.tokenFor('alice', ['team-a']);
  });
  afterAll(() => local.close());

  const read = async () => {
    const profile = dataOf((await local.graphql(token, READ, { n: 'PossibleIssue' })).body).securityProfile;
    if (!profile) throw new Error('PossibleIssue is gone');
    return { version: Number(profile.version), behaviors: profile.behaviors ?? [] };
  };

  async function raceWriters(offset: number) {
    const before = await read();
    const results = await Promise.all(
      Array.from({ length: WRITERS }, (_, i) =>
        local.graphql(token, PATCH, {
          input: { securityProfileName: 'PossibleIssue', upsertBehaviors: [behaviorOf(offset + i)] },
        }),
      ),
    );
    const after = await read();
    return { before, results, after };
  }

  it('lets every writer succeed, keeps every behavior, and bumps the version once per patch, with about one UpdateSecurityProfile each', async () => {
    const { before, results, after } = await raceWriters(0);

    expect(results.map((r) => r.body.errors)).toEqual(results.map(() => undefined));
    const names = after.behaviors.map((b) => b.name);
    for (let i = 0; i < WRITERS; i += 1) expect(names).toContain(`Writer${i}`);
    expect(after.version).toBe(before.version + WRITERS);
    const attempts = results.reduce((sum, r) => sum + dataOf(r.body).patchSecurityProfile.attempts, 0);
    // Racing on the version alone, 25 writers make four to five attempts each; in turns, one
    // each (a turn that ran out on a slow machine costs one more).
    expect(attempts).toBeGreaterThanOrEqual(WRITERS);
    expect(attempts).toBeLessThanOrEqual(WRITERS * 1.2);
  });

  it('still loses nothing when IoT also injects conflicts and throttles', async () => {
    // 2 % of calls throttled: the SDK's own retries absorb them (three throttles in a row would be 1 in 125,000).
    // The conflicts all meet the writer whose turn it is: four leave it its fifth and last attempt.
    local.stack.iot.faults.set({ throttleRate: 0.02, conflicts: { PossibleIssue: 4 } });
    try {
      const { before, results, after } = await raceWriters(100);

      expect(results.map((r) => r.body.errors)).toEqual(results.map(() => undefined));
      expect(after.version).toBe(before.version + WRITERS);
      expect(after.behaviors).toHaveLength(2 * WRITERS + 1);
    } finally {
      local.stack.iot.faults.clear();
    }
  });
});
