import type { ResultOf } from '@graphql-typed-document-node/core';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_POLICY_FILE } from '../../../src/local/localStack';
import { dataOf, type Answer, type Operation } from '../../graphql/answer';
import { graphql } from '../../graphql/generated';
import { aRunningLocalStack, type RunningLocalStack } from './localStackHarness';

const NAME = 'ProbeTarget';
/** A profile of bob's own team: the listing lists it, and a create of its name answers ALREADY_EXISTS. */
const OWN = 'ProbeOwn';
const ACCOUNT = '123456789012';
/** A thing group of bob's own team: the attach a caller would try on a profile it hoped to take over. */
const TARGET = `arn:aws:iot:us-east-1:${ACCOUNT}:thinggroup/team-b-devices`;
/** An audit event id of the right shape that names no event: bob knows none of another team's. */
const MADE_UP_EVENT = '01J00000000000000000000000';
const DESCRIBE = graphql(`
  query OracleDescribe($n: String!) {
    securityProfile(securityProfileName: $n) {
      securityProfileName
      version
    }
  }
`);
const TARGETS = graphql(`
  query OracleTargets($n: String!) {
    securityProfileTargets(securityProfileName: $n) {
      arn
    }
  }
`);
const LIST = graphql(`
  query OracleList {
    securityProfiles(first: 100) {
      edges {
        cursor
        node {
          securityProfileName
          securityProfileArn
          ownerTeam
          version
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
graphql(`
  fragment OracleChangeFields on UpdateSecurityProfilePayload {
    attempts
    auditEventId
    applied
    securityProfile {
      securityProfileName
      version
    }
  }
`);
const UPDATE = graphql(`
  mutation OracleUpdate($input: UpdateSecurityProfileInput!) {
    updateSecurityProfile(input: $input) {
      ...OracleChangeFields
    }
  }
`);
const PATCH = graphql(`
  mutation OraclePatch($input: PatchSecurityProfileInput!) {
    patchSecurityProfile(input: $input) {
      ...OracleChangeFields
    }
  }
`);
const CREATE = graphql(`
  mutation OracleCreate($input: CreateSecurityProfileInput!) {
    createSecurityProfile(input: $input) {
      ...OracleChangeFields
    }
  }
`);
const DELETE = graphql(`
  mutation OracleDelete($input: DeleteSecurityProfileInput!) {
    deleteSecurityProfile(input: $input) {
      securityProfileName
      deleted
      auditEventId
    }
  }
`);
const TRANSFER = graphql(`
  mutation OracleTransfer($input: TransferSecurityProfileOwnershipInput!) {
    transferSecurityProfileOwnership(input: $input) {
      ...OracleChangeFields
    }
  }
`);
const ATTACH = graphql(`
  mutation OracleAttach($input: SecurityProfileTargetInput!) {
    attachSecurityProfile(input: $input) {
      ...OracleChangeFields
    }
  }
`);
const DETACH = graphql(`
  mutation OracleDetach($input: SecurityProfileTargetInput!) {
    detachSecurityProfile(input: $input) {
      ...OracleChangeFields
    }
  }
`);
const RESTORE = graphql(`
  mutation OracleRestore($input: RestoreSecurityProfileInput!) {
    restoreSecurityProfile(input: $input) {
      ...OracleChangeFields
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
// Of the caller's own history, the probe's events: what came before is no part of the answer compared.
const MINE = graphql(`
  query OracleMine($first: Int!) {
    myAuditEvents(first: $first) {
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

/** The probe's changes that leave an audit event (a dry run leaves none), GraphQL's then REST's. */
const AUDITED = [
  'update',
  'patch',
  'delete',
  'transfer',
  'attach',
  'detach',
  'restore',
  'restUpdate',
  'restPatch',
  'restDelete',
  'restTransfer',
  'restAttach',
  'restDetach',
  'restRestore',
] as const;
const DRY_RUNS = [
  'updateDryRun',
  'patchDryRun',
  'deleteDryRun',
  'transferDryRun',
  'attachDryRun',
  'detachDryRun',
  'restoreDryRun',
  'restUpdateDryRun',
  'restPatchDryRun',
  'restDeleteDryRun',
  'restTransferDryRun',
  'restAttachDryRun',
  'restDetachDryRun',
  'restRestoreDryRun',
] as const;
const READS = [
  'describe',
  'targets',
  'trail',
  'list',
  'mine',
  'restDescribe',
  'restTargets',
  'restTrail',
  'restList',
  'restMine',
] as const;
/**
 * The trail pages the probe reads: large enough that DynamoDB's bounded read of a filtered page
 * (four queries of `first + 1` items) reaches the end of the name's events; see the known limit below.
 */
const TRAIL_PAGE = 20;
type Route = (typeof AUDITED)[number] | (typeof DRY_RUNS)[number] | (typeof READS)[number];

/**
 * A caller who may not read a profile gets the same answer whether it exists
 * or not, on every route that names a profile: the same name is probed before
 * the profile is created (by another team, through the gateway, so that it is
 * in the catalogue and its trail holds that team's event) and after, and the
 * answers are compared as text.
 *
 * `createSecurityProfile` is the one exception, by design: a profile's name is
 * the account's, so a create of a name that exists answers ALREADY_EXISTS
 * whoever owns it (and a create of a missing name creates it). What the design
 * promises instead is tested last: another team's name answers exactly as the
 * caller's own team's does, and says nothing of the profile.
 */
describe('no existence oracle: another team’s profile answers as a missing one', () => {
  let local: RunningLocalStack;
  let bob: string;
  let alice: string;
  let policyDir: string;
  const answers: Record<'missing' | 'foreign', Record<string, string>> = { missing: {}, foreign: {} };

  beforeAll(async () => {
    // The probe makes a few hundred IoT calls within a second or two: no share may refuse them.
    policyDir = await mkdtemp(join(tmpdir(), 'spg-oracle-'));
    const policy = JSON.parse(await readFile(DEMO_POLICY_FILE, 'utf8')) as {
      teams: Record<string, Record<string, unknown>>;
    };
    for (const team of ['team-a', 'team-b']) policy.teams[team]!.iotCallsPerSecond = 1000;
    const policyFile = join(policyDir, 'policy.json');
    await writeFile(policyFile, JSON.stringify(policy));
    local = await aRunningLocalStack({ baselineAtStart: false, env: { TEAM_POLICY_FILE: policyFile } });
    bob = await local.tokenFor('bob', ['team-b']);
    alice = await local.tokenFor('alice', ['team-a']);
    const own = await local.graphql(bob, CREATE, { input: { securityProfileName: OWN } });
    expect(dataOf(own.body).createSecurityProfile.applied).toBe(true);
    answers.missing = await probe();
    const created = await local.graphql(alice, CREATE, { input: { securityProfileName: NAME } });
    expect(dataOf(created.body).createSecurityProfile.applied).toBe(true);
    answers.foreign = await probe();
  });
  afterAll(async () => {
    await local.close();
    await rm(policyDir, { recursive: true, force: true });
  });

  /** Every route's answer to bob about NAME, the mutations first so the audit queries see their events. */
  async function probe(): Promise<Record<Route, string>> {
    const change = { securityProfileName: NAME, securityProfileDescription: 'probe' };
    const named = { securityProfileName: NAME };
    const transfer = { ...named, toTeam: 'team-b' };
    const target = { ...named, securityProfileTargetArn: TARGET };
    const restore = { ...named, auditEventId: MADE_UP_EVENT };
    const ask = async <Data, Variables>(operation: Operation<Data, Variables>, variables?: Variables) =>
      normalized((await local.graphql(bob, operation, variables)).text);
    const rest = async (method: string, path: string, body?: string, omit: string[] = []) => {
      const response = await local.rest(method, path, bob, body);
      return `${response.status} ${normalized(response.text, omit)}`;
    };
    const path = `/security-profiles/${NAME}`;
    const description = '{"securityProfileDescription":"probe"}';
    const targetBody = JSON.stringify({ securityProfileTargetArn: TARGET });
    const restoreBody = JSON.stringify({ auditEventId: MADE_UP_EVENT });
    const transferBody = '{"toTeam":"team-b"}';
    const changes = {
      update: await ask(UPDATE, { input: change }),
      patch: await ask(PATCH, { input: change }),
      delete: await ask(DELETE, { input: named }),
      transfer: await ask(TRANSFER, { input: transfer }),
      attach: await ask(ATTACH, { input: target }),
      detach: await ask(DETACH, { input: target }),
      restore: await ask(RESTORE, { input: restore }),
      restUpdate: await rest('PATCH', path, description),
      restPatch: await rest('POST', `${path}/patch`, description),
      restDelete: await rest('DELETE', path),
      restTransfer: await rest('POST', `${path}/transfer`, transferBody),
      restAttach: await rest('PUT', `${path}/targets`, targetBody),
      restDetach: await rest(
        'DELETE',
        `${path}/targets?securityProfileTargetArn=${encodeURIComponent(TARGET)}`,
      ),
      restRestore: await rest('POST', `${path}/restore`, restoreBody),
    } satisfies Record<(typeof AUDITED)[number], string>;
    const dryRun = { dryRun: true };
    const dryRuns = {
      updateDryRun: await ask(UPDATE, { input: { ...change, ...dryRun } }),
      patchDryRun: await ask(PATCH, { input: { ...change, ...dryRun } }),
      deleteDryRun: await ask(DELETE, { input: { ...named, ...dryRun } }),
      transferDryRun: await ask(TRANSFER, { input: { ...transfer, ...dryRun } }),
      attachDryRun: await ask(ATTACH, { input: { ...target, ...dryRun } }),
      detachDryRun: await ask(DETACH, { input: { ...target, ...dryRun } }),
      restoreDryRun: await ask(RESTORE, { input: { ...restore, ...dryRun } }),
      restUpdateDryRun: await rest('PATCH', `${path}?dryRun=true`, description),
      restPatchDryRun: await rest('POST', `${path}/patch?dryRun=true`, description),
      restDeleteDryRun: await rest('DELETE', `${path}?dryRun=true`),
      restTransferDryRun: await rest('POST', `${path}/transfer?dryRun=true`, transferBody),
      restAttachDryRun: await rest('PUT', `${path}/targets?dryRun=true`, targetBody),
      restDetachDryRun: await rest('DELETE', `${path}/targets?dryRun=true`, targetBody),
      restRestoreDryRun: await rest('POST', `${path}/restore?dryRun=true`, restoreBody),
    } satisfies Record<(typeof DRY_RUNS)[number], string>;
    const first = AUDITED.length;
    const reads = {
      describe: await ask(DESCRIBE, { n: NAME }),
      targets: await ask(TARGETS, { n: NAME }),
      trail: await ask(TRAIL, { n: NAME, first: TRAIL_PAGE }),
      list: await ask(LIST),
      mine: await ask(MINE, { first }),
      restDescribe: await rest('GET', path),
      restTargets: await rest('GET', `${path}/targets`),
      restTrail: await rest('GET', `${path}/audit-events?first=${TRAIL_PAGE}`),
      restList: await rest('GET', '/security-profiles?first=100'),
      // The probe's events; whether older ones follow is no part of the answer compared.
      restMine: await rest('GET', `/audit-events/mine?first=${first}`, undefined, ['hasNextPage']),
    } satisfies Record<(typeof READS)[number], string>;
    return { ...changes, ...dryRuns, ...reads };
  }

  it.each([...AUDITED, ...DRY_RUNS, ...READS])(
    '%s: the same answer, byte for byte but its ids and times',
    (route) => {
      expect(answers.foreign[route]).toBe(answers.missing[route]);
    },
  );

  it('answers every change NOT_FOUND (404 on REST) and audits each, which bob reads as on a missing profile', () => {
    for (const route of [...AUDITED, ...DRY_RUNS]) {
      const answer = answers.foreign[route]!;
      if (/^rest[A-Z]/.test(route)) {
        expect(answer, route).toMatch(
          /^404 \{"code":"NOT_FOUND","message":"Security profile 'ProbeTarget' does not exist, or none of your teams may read it\."/,
        );
      } else {
        const { errors, data } = JSON.parse(answer) as Answer<unknown>;
        expect([errors?.length, errors?.[0]?.extensions, data], route).toEqual([
          1,
          { code: 'NOT_FOUND' },
          null,
        ]);
      }
    }
    const mine = JSON.parse(answers.foreign.mine!) as Answer<ResultOf<typeof MINE>>;
    const events = dataOf(mine).myAuditEvents.edges.map(({ node }) => node);
    expect(events.map((e) => [e.outcome, e.errorCode, e.denial, e.ownerTeam, e.securityProfileArn])).toEqual(
      AUDITED.map(() => ['FAILED', 'NOT_FOUND', null, null, null]),
    );
  });

  it('reads as a missing profile: null, no targets, an empty trail, not listed', () => {
    const described = JSON.parse(answers.foreign.describe!) as Answer<ResultOf<typeof DESCRIBE>>;
    const targets = JSON.parse(answers.foreign.targets!) as Answer<ResultOf<typeof TARGETS>>;
    const trail = JSON.parse(answers.foreign.trail!) as Answer<ResultOf<typeof TRAIL>>;
    const list = JSON.parse(answers.foreign.list!) as Answer<ResultOf<typeof LIST>>;

    expect(dataOf(described).securityProfile).toBeNull();
    expect(dataOf(targets).securityProfileTargets).toBeNull();
    expect(dataOf(trail).securityProfileAuditTrail.edges).toEqual([]);
    const listed = dataOf(list).securityProfiles.edges.map(({ node }) => node);
    expect(listed.map((p) => [p.securityProfileName, p.ownerTeam])).toEqual([[OWN, 'team-b']]);
    expect(answers.foreign.restDescribe).toMatch(/^404 \{"code":"NOT_FOUND"/);
    expect(answers.foreign.restTargets).toMatch(/^404 \{"code":"NOT_FOUND"/);
    expect(answers.foreign.restList).not.toContain(NAME);
  });

  it('keeps the truth for admins: DENIED, the rule, and whose profile it was', async () => {
    const root = await local.tokenFor('root', [], true);

    const { body } = await local.graphql(root, TRAIL, { n: NAME, first: 50 });

    const refused = dataOf(body)
      .securityProfileAuditTrail.edges.map(({ node }) => node)
      .filter((e) => e.actor.subject === 'bob' && e.ownerTeam === 'team-a');
    expect(refused).toHaveLength(AUDITED.length);
    for (const event of refused) {
      expect(event).toMatchObject({ outcome: 'DENIED', errorCode: 'NOT_FOUND' });
      const rule = event.operation === 'TRANSFER_OWNERSHIP' ? 'ADMIN_TEAM_REQUIRED' : 'OWNER_TEAM_REQUIRED';
      expect([event.operation, event.denial?.rule]).toEqual([event.operation, rule]);
    }
  });

  // Known limit, not fixed here: a trail page is read from DynamoDB in at most four queries of `first + 1`
  // items, filtered after the read, so a page of another team's name whose hidden events outnumber that
  // read answers `hasNextPage: true` with no edge, where a name never used answers false. When the trail
  // no longer scans events the caller may not read, this test fails: make it an `it`.
  it.fails(
    'trail: a name with more hidden events than one page reads answers as a name never used',
    async () => {
      const busy = 'ProbeBusy';
      await local.graphql(alice, CREATE, { input: { securityProfileName: busy } });
      for (let i = 0; i < 8; i++) {
        await local.graphql(alice, PATCH, {
          input: { securityProfileName: busy, securityProfileDescription: `${i}` },
        });
      }
      const trail = async (name: string) =>
        normalized((await local.graphql(bob, TRAIL, { n: name, first: 1 })).text).replaceAll(name, '<name>');

      expect(await trail(busy)).toBe(await trail('ProbeNeverUsed'));
    },
  );

  // The accepted exception: a name is the account's, so a create answers ALREADY_EXISTS whoever owns it.
  it('answers a create of another team’s name exactly as one of its own team’s, naming nothing of the profile', async () => {
    const own = OWN;
    const create = async (name: string) => {
      const graphqlAnswer = await local.graphql(bob, CREATE, { input: { securityProfileName: name } });
      const restAnswer = await local.rest(
        'POST',
        '/security-profiles',
        bob,
        JSON.stringify({ securityProfileName: name }),
      );
      return [normalized(graphqlAnswer.text), `${restAnswer.status} ${normalized(restAnswer.text)}`].map(
        (text) => text.replaceAll(name, '<name>'),
      );
    };

    const foreign = await create(NAME);
    const ownTeams = await create(own);

    expect(foreign).toEqual(ownTeams);
    expect(JSON.parse(foreign[0]!)).toMatchObject({
      data: null,
      errors: [{ extensions: { code: 'ALREADY_EXISTS' } }],
    });
    expect(foreign[1]).toMatch(/^412 \{"code":"ALREADY_EXISTS"/);
    const { body } = await local.graphql(bob, MINE, { first: 4 });
    const events = dataOf(body).myAuditEvents.edges.map(({ node }) => node);
    expect(
      events.map((e) => [e.operation, e.outcome, e.errorCode, e.ownerTeam, e.securityProfileArn, e.before]),
    ).toEqual(Array.from({ length: 4 }, () => ['CREATE', 'CONFLICT', 'ALREADY_EXISTS', null, null, null]));
  });
});

/** The answer as text, without what differs from call to call. */
function normalized(text: string, omit: readonly string[] = []): string {
  return JSON.stringify(JSON.parse(text), (key, value: unknown) =>
    PER_CALL.has(key) || omit.includes(key) ? undefined : value,
  );
}
