import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_POLICY_FILE } from '../../../src/local/localStack';
import { graphql } from '../../graphql/generated';
import { aRunningLocalStack, type RunningLocalStack } from './localStackHarness';

const UPDATE = graphql(`
  mutation FairShareUpdate($input: UpdateSecurityProfileInput!) {
    updateSecurityProfile(input: $input) {
      attempts
    }
  }
`);
const MINE = graphql(`
  query FairShareMine {
    myAuditEvents(first: 20) {
      edges {
        node {
          outcome
          errorCode
        }
      }
    }
  }
`);

/**
 * The fair share through the local stack, with team-a's share cut to one
 * change a second (3 IoT calls): its burst is refused THROTTLED with a retry
 * hint on both routes, audited, and team-b's changes go through meanwhile.
 */
describe('each team’s share of IoT through the gateway', () => {
  let local: RunningLocalStack;
  let dir: string;
  let alice: string;
  let bob: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'spg-fair-share-'));
    const policy = JSON.parse(await readFile(DEMO_POLICY_FILE, 'utf8')) as {
      teams: Record<string, Record<string, unknown>>;
    };
    policy.teams['team-a']!.iotCallsPerSecond = 3;
    const file = join(dir, 'policy.json');
    await writeFile(file, JSON.stringify(policy));
    local = await aRunningLocalStack({ env: { TEAM_POLICY_FILE: file } });
    alice = await local.tokenFor('alice', ['team-a']);
    bob = await local.tokenFor('bob', ['team-b']);
  });
  afterAll(async () => {
    await local.close();
    await rm(dir, { recursive: true, force: true });
  });

  const changeOf = (name: string, n: number) => ({
    input: { securityProfileName: name, securityProfileDescription: `burst ${n}` },
  });

  it('answers a burst past the share THROTTLED with retryAfterSeconds, and lets another team through', async () => {
    const burst = Array.from({ length: 6 }, (_, n) =>
      local.graphql(alice, UPDATE, changeOf('PossibleIssue', n)),
    );
    const other = local.graphql(bob, UPDATE, changeOf('TeamBBaseline', 0));

    const answers = await Promise.all(burst);
    const throttled = answers.flatMap(({ body }) => body.errors ?? []);

    // Six changes within a second or two: one a second goes through.
    expect(answers.length - throttled.length).toBeGreaterThanOrEqual(1);
    expect(answers.length - throttled.length).toBeLessThanOrEqual(2);
    for (const error of throttled) {
      expect(error.extensions).toEqual({ code: 'THROTTLED', retryAfterSeconds: 1 });
      expect(error.message).toContain("Team 'team-a' used its share of IoT for this second (3 calls)");
    }
    expect((await other).body.errors).toBeUndefined();
  });

  it('answers REST with 429 and Retry-After', async () => {
    const send = () =>
      local.rest(
        'PATCH',
        '/security-profiles/PossibleIssue',
        alice,
        '{"securityProfileDescription":"rest burst"}',
      );

    const responses = await Promise.all([send(), send(), send(), send()]);

    const refused = responses.filter((response) => response.status === 429);
    expect(refused.length).toBeGreaterThanOrEqual(2);
    expect(refused[0]!.headers.get('retry-after')).toBe('1');
    expect(refused[0]!.body).toMatchObject({ code: 'THROTTLED', retryAfterSeconds: 1 });
  });

  it('audits every throttled call', async () => {
    const { body } = await local.graphql(alice, MINE);

    const events = body.data?.myAuditEvents.edges.map(({ node }) => [node.outcome, node.errorCode]) ?? [];
    expect(events.filter(([, code]) => code === 'THROTTLED').length).toBeGreaterThanOrEqual(6);
    expect(events.every(([outcome, code]) => (code === 'THROTTLED' ? outcome === 'FAILED' : true))).toBe(
      true,
    );
  });
});
