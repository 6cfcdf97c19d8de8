import { CreateSecurityProfileCommand, IoTClient } from '@aws-sdk/client-iot';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, type Answer, type Operation } from '../../graphql/answer';
import { graphql } from '../../graphql/generated';
import { aRunningLocalStack, type RunningLocalStack } from './localStackHarness';

const NAME = 'ProbeTarget';
const DESCRIBE = graphql(`
  query OracleDescribe($n: String!) {
    securityProfile(securityProfileName: $n) {
      securityProfileName
      version
    }
  }
`);
const UPDATE = graphql(`
  mutation OracleUpdate($input: UpdateSecurityProfileInput!) {
    updateSecurityProfile(input: $input) {
      attempts
      auditEventId
      applied
      securityProfile {
        version
      }
    }
  }
`);
const PATCH = graphql(`
  mutation OraclePatch($input: PatchSecurityProfileInput!) {
    patchSecurityProfile(input: $input) {
      attempts
      auditEventId
      applied
      securityProfile {
        version
      }
    }
  }
`);
graphql(`
  fragment OracleEventFields on AuditEvent {
    eventId
    time
    actor {
      subject
      teams
      isAdmin
    }
    operation
    securityProfileName
    securityProfileArn
    incarnation {
      securityProfileArn
      creationDate
    }
    ownerTeam
    previousOwnerTeam
    outcome
    errorCode
    errorMessage
    attempts
    versionBefore
    versionAfter
    before {
      version
    }
    after {
      version
    }
    changes {
      path
    }
    input
    apiRequestId
    lambdaRequestId
    sourceIp
    userAgent
    completedAt
    reconciliation {
      verdict
    }
    observation {
      note
    }
    attribution {
      principal
    }
    denial {
      rule
      message
    }
  }
`);
const TRAIL = graphql(`
  query OracleTrail($n: String!, $first: Int = 5) {
    securityProfileAuditTrail(securityProfileName: $n, first: $first) {
      edges {
        cursor
        node {
          ...OracleEventFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
// Of the caller's own history, the probe's four events: what came before is no part of the answer compared.
const MINE = graphql(`
  query OracleMine {
    myAuditEvents(first: 4) {
      edges {
        node {
          ...OracleEventFields
        }
      }
    }
  }
`);
/** What differs from one call to the next whatever the profile: ids, times, cursors. */
const PER_CALL = new Set([
  'eventId',
  'time',
  'completedAt',
  'apiRequestId',
  'lambdaRequestId',
  'cursor',
  'endCursor',
]);

/**
 * A caller who may not read a profile gets the same answer whether it exists
 * or not, on every route: the same name is probed before the profile is
 * created (for another team) and after, and the answers are compared as text.
 */
describe('no existence oracle: another team’s profile answers as a missing one', () => {
  let local: RunningLocalStack;
  let bob: string;
  const answers: Record<'missing' | 'foreign', Record<string, string>> = { missing: {}, foreign: {} };

  beforeAll(async () => {
    local = await aRunningLocalStack({ baselineAtStart: false });
    bob = await local.tokenFor('bob', ['team-b']);
    answers.missing = await probe();
    const iot = new IoTClient({
      endpoint: local.stack.iot.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    });
    await iot.send(
      new CreateSecurityProfileCommand({
        securityProfileName: NAME,
        tags: [{ Key: 'team', Value: 'team-a' }],
      }),
    );
    iot.destroy();
    answers.foreign = await probe();
  });
  afterAll(() => local.close());

  /** Every route's answer to bob about NAME, the mutations first so the audit queries see their events. */
  async function probe(): Promise<Record<string, string>> {
    const change = { securityProfileName: NAME, securityProfileDescription: 'probe' };
    const patch = { securityProfileName: NAME, securityProfileDescription: 'probe' };
    const ask = async <Data, Variables>(operation: Operation<Data, Variables>, variables?: Variables) =>
      normalized((await local.graphql(bob, operation, variables)).text);
    const rest = async (method: string, path: string, body?: string, omit: string[] = []) => {
      const response = await local.rest(method, path, bob, body);
      return `${response.status} ${normalized(response.text, omit)}`;
    };
    const path = `/security-profiles/${NAME}`;
    return {
      update: await ask(UPDATE, { input: change }),
      patch: await ask(PATCH, { input: patch }),
      updateDryRun: await ask(UPDATE, { input: { ...change, dryRun: true } }),
      patchDryRun: await ask(PATCH, { input: { ...patch, dryRun: true } }),
      restUpdate: await rest('PATCH', path, '{"securityProfileDescription":"probe"}'),
      restPatch: await rest('POST', `${path}/patch`, '{"securityProfileDescription":"probe"}'),
      restDryRun: await rest('PATCH', `${path}?dryRun=true`, '{"securityProfileDescription":"probe"}'),
      describe: await ask(DESCRIBE, { n: NAME }),
      trail: await ask(TRAIL, { n: NAME }),
      mine: await ask(MINE),
      restDescribe: await rest('GET', path),
      restTrail: await rest('GET', `${path}/audit-events`),
      // The probe's four events; whether older ones follow is no part of the answer compared.
      restMine: await rest('GET', '/audit-events/mine?first=4', undefined, ['hasNextPage']),
    };
  }

  it.each([
    'update',
    'patch',
    'updateDryRun',
    'patchDryRun',
    'restUpdate',
    'restPatch',
    'restDryRun',
    'describe',
    'trail',
    'mine',
    'restDescribe',
    'restTrail',
    'restMine',
  ])('%s: the same answer, byte for byte but its ids and times', (route) => {
    expect(answers.foreign[route]).toBe(answers.missing[route]);
  });

  it('answers NOT_FOUND (404 on REST) and audits each refused change, which bob reads as a missing profile', () => {
    const update = JSON.parse(answers.foreign.update!) as Answer<ResultOf<typeof UPDATE>>;
    const described = JSON.parse(answers.foreign.describe!) as Answer<ResultOf<typeof DESCRIBE>>;
    const mine = JSON.parse(answers.foreign.mine!) as Answer<ResultOf<typeof MINE>>;

    expect(update.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND' });
    expect(answers.foreign.restUpdate).toMatch(/^404 \{"code":"NOT_FOUND"/);
    expect(dataOf(described).securityProfile).toBeNull();
    const events = dataOf(mine).myAuditEvents.edges.map(({ node }) => node);
    expect(events.map((e) => [e.outcome, e.errorCode, e.denial, e.ownerTeam])).toEqual(
      Array.from({ length: 4 }, () => ['FAILED', 'NOT_FOUND', null, null]),
    );
  });

  it('keeps the truth for admins: DENIED, the rule, and whose profile it was', async () => {
    const root = await local.tokenFor('root', [], true);

    const { body } = await local.graphql(root, TRAIL, { n: NAME, first: 50 });

    const refused = dataOf(body)
      .securityProfileAuditTrail.edges.map(({ node }) => node)
      .filter((e) => e.actor.subject === 'bob' && e.ownerTeam === 'team-a');
    expect(refused).toHaveLength(4);
    for (const event of refused) {
      expect(event).toMatchObject({ outcome: 'DENIED', errorCode: 'NOT_FOUND' });
      expect(event.denial?.rule).toBe('OWNER_TEAM_REQUIRED');
    }
  });
});

/** The answer as text, without what differs from call to call. */
function normalized(text: string, omit: readonly string[] = []): string {
  return JSON.stringify(JSON.parse(text), (key, value: unknown) =>
    PER_CALL.has(key) || omit.includes(key) ? undefined : value,
  );
}
