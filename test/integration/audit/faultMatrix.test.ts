import {
  CreateSecurityProfileCommand,
  DescribeSecurityProfileCommand,
  IoTClient,
  UpdateSecurityProfileCommand,
} from '@aws-sdk/client-iot';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FaultSettings } from '../../../src/local/iotEmulator/FaultController';
import type { EmulatedCloudTrailRecord } from '../../../src/local/iotEmulator/cloudTrail/cloudTrailRecord';
import { DEFAULT_CLOCK_SKEW_MS } from '../../../src/domain/resolvePendingEvent';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { dataOf, operationText, type Answer as GraphqlAnswer } from '../../graphql/answer';
import { graphql } from '../../graphql/generated';
import type { FaultMatrixTrailQuery } from '../../graphql/generated/graphql';
import { aRunningLocalStack, type RunningLocalStack } from '../gateway/localStackHarness';
import { startGatewayProcess, type GatewayProcess } from './support/gatewayProcess';
import { reconcileNow } from './support/reconcileNow';
import { startStoreOutageProxy, type StoreOutageProxy } from './support/storeOutageProxy';

// The fault matrix: bursts of concurrent changes through a gateway in its own process, under every
// fault the stack can inject, then the audit job; IoT's applied changes against the trail, call by call.

const UPDATE = graphql(`
  mutation FaultMatrixUpdate($input: UpdateSecurityProfileInput!) {
    updateSecurityProfile(input: $input) {
      auditEventId
    }
  }
`);
const TRAIL = graphql(`
  query FaultMatrixTrail($name: String!) {
    securityProfileAuditTrail(securityProfileName: $name, first: 100) {
      edges {
        node {
          eventId
          operation
          outcome
          errorCode
          versionAfter
          input
          after {
            securityProfileDescription
          }
          attribution {
            principal
            eventName
          }
          reconciliation {
            verdict
            note
          }
        }
      }
    }
  }
`);
const AUDIT_EVENT = /audit-event\/([0-9A-Z]{26})/;
const PROFILES_PER_SCENARIO = 2;
const CALLS_PER_PROFILE = 6;

/** One change IoT applied, from the emulator's own CloudTrail record of it. */
interface AppliedChange {
  version: bigint;
  auditEventId: string | undefined;
}

/** What a client was told about one call. */
interface CallAnswer {
  description: string;
  auditEventId?: string;
  errorCode?: string;
}

let local: RunningLocalStack;
let proxy: StoreOutageProxy;
let gateway: GatewayProcess;
let admin: string;
let alice: string;
let iot: IoTClient;
const records: EmulatedCloudTrailRecord[] = [];

/**
 * The faults' draws, spread evenly instead of at random (the golden-ratio sequence): at a rate of
 * 0.3 one call in every five at most is faulted, so each scenario meets its fault however its calls
 * interleave, and no run passes by drawing none.
 */
function evenDraws(): () => number {
  const step = (Math.sqrt(5) - 1) / 2;
  let draw = 0;
  return () => (draw = (draw + step) % 1);
}

beforeAll(async () => {
  local = await aRunningLocalStack({
    onCloudTrailRecord: (record) => records.push(record),
    faultRandom: evenDraws(),
  });
  proxy = await startStoreOutageProxy(local.stack.dynamoEndpoint);
  gateway = await startGatewayProcess({
    ...process.env,
    AWS_ENDPOINT_URL_DYNAMODB: proxy.url,
    DEV_TOKEN_DIR: local.stateDir,
  });
  [admin, alice] = await Promise.all([local.tokenFor('root', [], true), local.tokenFor('alice', ['team-a'])]);
  iot = new IoTClient({
    endpoint: local.stack.iot.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'platform-ops', secretAccessKey: 'x' },
  });
  await createProfiles();
}, 60_000);
afterAll(async () => {
  await gateway?.kill();
  await proxy?.close();
  await local?.close();
});

/** An operation sent to `url` (the gateway's process, or the local stack's own gateway), its answer typed. */
async function post<Data, Variables>(
  url: string,
  token: string,
  operation: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<GraphqlAnswer<Data>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: operationText(operation), variables }),
  });
  return (await response.json()) as GraphqlAnswer<Data>;
}

type TrailEvent = FaultMatrixTrailQuery['securityProfileAuditTrail']['edges'][number]['node'];

/** The description a call asked for: its input as the client sent it. */
const descriptionOf = (event: TrailEvent): unknown =>
  (event.input as { securityProfileDescription?: unknown } | null)?.securityProfileDescription;

const SCENARIOS = [
  'throttle',
  'error5xx',
  'stall',
  'latency',
  'dropBefore',
  'dropAfter',
  'dynamoKilled',
  'dynamoPaused',
  'killed',
];
const profilesOf = (scenario: string) =>
  Array.from({ length: PROFILES_PER_SCENARIO }, (_, i) => `Matrix-${scenario}-${i}`);

/**
 * Profiles of team-a made outside the gateway, each at version 1, a while
 * before any burst: a call that began within the clock-skew tolerance of a
 * profile's creation could have been about an earlier profile of that name.
 */
async function createProfiles(): Promise<void> {
  for (const securityProfileName of SCENARIOS.flatMap(profilesOf)) {
    await iot.send(
      new CreateSecurityProfileCommand({ securityProfileName, tags: [{ Key: 'team', Value: 'team-a' }] }),
    );
  }
  await local.stack.cloudTrail.drained();
  await sleep(DEFAULT_CLOCK_SKEW_MS + 100);
}

/** One change per call, each with a description of its own, so content tells the calls apart. */
async function change(name: string, description: string): Promise<CallAnswer> {
  const input = { securityProfileName: name, securityProfileDescription: description };
  try {
    const body = await post(gateway.graphqlUrl, alice, UPDATE, { input });
    const auditEventId = body.data?.updateSecurityProfile.auditEventId;
    return {
      description,
      ...(auditEventId && { auditEventId }),
      ...(body.errors && { errorCode: String(body.errors[0]?.extensions?.code) }),
    };
  } catch {
    return { description, errorCode: 'NO_ANSWER' };
  }
}

/** Every profile gets `calls` concurrent changes, started `spreadMs` apart; answers land in `answers` as they come. */
async function burst(
  scenario: string,
  names: string[],
  answers: CallAnswer[],
  { spreadMs = 0, calls = CALLS_PER_PROFILE }: { spreadMs?: number; calls?: number } = {},
): Promise<CallAnswer[]> {
  await Promise.all(
    names.flatMap((name) =>
      Array.from({ length: calls }, async (_, i) => {
        await sleep(i * spreadMs);
        answers.push(await change(name, `${scenario} ${name} call ${i}`));
      }),
    ),
  );
  return answers;
}

const reconcile = (drainFirst = true) => reconcileNow(local.stack, drainFirst);

/** IoT's applied changes of a profile: the creation, then each UpdateSecurityProfile it carried out. */
function appliedTo(name: string): AppliedChange[] {
  return records
    .filter(
      (record) =>
        record.errorCode === undefined &&
        ['CreateSecurityProfile', 'UpdateSecurityProfile'].includes(record.eventName) &&
        record.requestParameters?.securityProfileName === name,
    )
    .map((record) => ({
      version: versionOf(record.responseElements),
      auditEventId: AUDIT_EVENT.exec(record.userAgent)?.[1],
    }))
    .sort((a, b) => Number(a.version - b.version));
}

/** Resolves once IoT applied `count` updates to `names` in all. */
async function untilApplied(names: string[], count: number): Promise<void> {
  while (names.flatMap(appliedTo).length < names.length + count) await sleep(5);
}

/** The version an UpdateSecurityProfile answered; CreateSecurityProfile answers none, and makes version 1. */
function versionOf(responseElements: unknown): bigint {
  const version = (responseElements as { version?: bigint | number } | null)?.version;
  return version === undefined ? 1n : BigInt(version);
}

async function trailOf(name: string): Promise<TrailEvent[]> {
  const body = await post(local.stack.graphqlUrl, admin, TRAIL, { name });
  return dataOf(body).securityProfileAuditTrail.edges.map((edge) => edge.node);
}

/**
 * The invariants, call by call: the trail's SUCCEEDED events are IoT's applied
 * changes (same versions, same calls, same content), nothing PENDING, no two
 * events claiming a version, and no call a client was told failed shown as made.
 */
async function expectTrailToMatchIot(names: string[], answers: CallAnswer[]): Promise<void> {
  const trails = await Promise.all(names.map(trailOf));
  for (const [index, name] of names.entries()) await expectVersionsOfIot(name, trails[index] ?? []);
  expectWhatClientsWereTold(trails.flat(), answers);
}

/** One profile: each version IoT made is claimed by exactly one SUCCEEDED event, the call that made it. */
async function expectVersionsOfIot(name: string, trail: TrailEvent[]): Promise<void> {
  const applied = appliedTo(name);
  const succeeded = trail.filter((event) => event.outcome === 'SUCCEEDED' && event.versionAfter !== null);
  const now = await iot.send(new DescribeSecurityProfileCommand({ securityProfileName: name }));

  expect(trail.filter((event) => event.outcome === 'PENDING')).toEqual([]);
  // With CloudTrail's records delivered, the evidence decides every call: none left for review.
  const undetermined = trail.filter((event) => event.reconciliation?.verdict === 'UNDETERMINED');
  expect(undetermined.map((event) => [event.input, event.reconciliation?.note])).toEqual([]);
  expect(trail.filter((event) => event.operation === 'OUT_OF_BAND_CHANGE')).toHaveLength(1);
  expect(BigInt(now.version ?? 0)).toBe(BigInt(applied.length));
  const versionOfEvent = (event: TrailEvent) => BigInt(event.versionAfter ?? 0);
  expect(succeeded.map(versionOfEvent).sort((a, b) => Number(a - b))).toEqual(
    applied.map((change) => change.version),
  );
  const byVersion = new Map(succeeded.map((event) => [versionOfEvent(event), event]));
  expect(byVersion.get(1n)).toMatchObject({ operation: 'OUT_OF_BAND_CHANGE' });
  for (const { version, auditEventId } of applied.slice(1)) {
    const event = byVersion.get(version);
    expect(event, `version ${version} of ${name}`).toMatchObject({
      eventId: auditEventId,
      operation: 'UPDATE',
    });
    // Content, where the audit holds it: the version is the one this call asked for.
    if (event?.after) expect(event.after.securityProfileDescription).toBe(descriptionOf(event));
  }
}

/** Every call: one final event when it was answered, SUCCEEDED when it was told so, never when it was refused. */
function expectWhatClientsWereTold(events: TrailEvent[], answers: CallAnswer[]): void {
  for (const answer of answers) {
    const own = events.filter((event) => descriptionOf(event) === answer.description);
    // A call refused before its intent was written (audit unavailable), or killed before, leaves none.
    expect(own.length, answer.description).toBe(answer.errorCode === undefined ? 1 : Math.min(own.length, 1));
    if (answer.errorCode === undefined) {
      expect(own[0], answer.description).toMatchObject({
        eventId: answer.auditEventId,
        outcome: 'SUCCEEDED',
      });
    } else if (answer.errorCode !== 'NO_ANSWER' && answer.errorCode !== 'UPSTREAM_UNAVAILABLE') {
      // A call refused outright (audit unavailable, a conflict) made nothing, whatever it left in the store.
      expect(own[0]?.outcome ?? 'NONE', answer.description).not.toBe('SUCCEEDED');
    }
  }
}

/** Runs a burst with `faults` in the emulator and `duringBurst` beside it (told the answers so far), then the audit job. */
async function runScenario(
  scenario: string,
  faults: Partial<FaultSettings>,
  options: {
    duringBurst?: (answers: readonly CallAnswer[]) => Promise<void>;
    spreadMs?: number;
    calls?: number;
  } = {},
) {
  const names = profilesOf(scenario);
  local.stack.iot.faults.set(faults);
  const answers: CallAnswer[] = [];
  await Promise.all([burst(scenario, names, answers, options), options.duringBurst?.(answers)]);
  local.stack.iot.faults.clear();
  proxy.set('up');
  const summary = await reconcile();
  // The scan that follows finds no version of the gateway's own left unaccounted for.
  expect(summary.scan?.outOfBand).toEqual([]);
  await expectTrailToMatchIot(names, answers);
  return { names, answers, summary };
}

/** Resolves once a client was answered `errorCode`, or after `ms`. */
async function untilAnswered(answers: readonly CallAnswer[], errorCode: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!answers.some((answer) => answer.errorCode === errorCode) && Date.now() < until) await sleep(5);
}

describe('the trail against IoT under faults, call by call', () => {
  it('holds under throttling', async () => {
    const { answers } = await runScenario('throttle', { throttleRate: 0.3 });

    expect(answers.some((answer) => answer.errorCode === undefined)).toBe(true);
  });

  it('holds under 5xx answers, which change nothing', async () => {
    const { summary } = await runScenario('error5xx', { errorRate: 0.3 });

    expect(summary.reconciled.every((event) => event.outcome !== 'SUCCEEDED')).toBe(true);
  });

  it('holds when updates answer past the SDK timeout, applied', async () => {
    const { summary } = await runScenario('stall', {
      stallRate: 0.3,
      stallMs: 5_500,
      operations: ['UpdateSecurityProfile'],
    });

    expect(summary.reconciled.some((event) => event.verdict === 'APPLIED')).toBe(true);
  });

  it('holds when IoT applies updates after the SDK gave up on them', async () => {
    // One call per profile: a conflict's retry would wait as long again. The job judges a call only
    // once IoT can no longer be acting on it (its grace period): here, once the delayed updates ran.
    const { summary } = await runScenario(
      'latency',
      { latencyMs: 5_300, operations: ['UpdateSecurityProfile'] },
      { calls: 1, duringBurst: () => sleep(6_000) },
    );

    expect(summary.reconciled.map((event) => event.verdict)).toEqual(['APPLIED', 'APPLIED']);
  });

  it('holds when connections drop before IoT acts', async () => {
    await runScenario('dropBefore', { dropBeforeRate: 0.3 });
  });

  it('holds when connections drop after IoT applied the change', async () => {
    const { summary } = await runScenario('dropAfter', {
      dropAfterRate: 0.4,
      operations: ['UpdateSecurityProfile'],
    });

    expect(summary.reconciled.some((event) => event.verdict === 'APPLIED')).toBe(true);
  });

  it('holds when DynamoDB is killed mid-burst and comes back', async () => {
    const outage = async (answers: readonly CallAnswer[]) => {
      await untilApplied(profilesOf('dynamoKilled'), 2);
      proxy.set('killed');
      await untilAnswered(answers, 'AUDIT_UNAVAILABLE', 2_000);
      proxy.set('up');
    };

    const { answers } = await runScenario(
      'dynamoKilled',
      { latencyMs: 20 },
      { duringBurst: outage, spreadMs: 100 },
    );

    expect(answers.some((answer) => answer.errorCode === 'AUDIT_UNAVAILABLE')).toBe(true);
    expect(answers.some((answer) => answer.errorCode === undefined)).toBe(true);
  });

  it('holds when DynamoDB is paused mid-burst, its held writes carried out late', async () => {
    const pause = async () => {
      await untilApplied(profilesOf('dynamoPaused'), 2);
      proxy.set('paused');
      // Longer than the client's timeout of one attempt (3 s): some attempts are given up and still land.
      await sleep(3_500);
      proxy.set('up');
    };

    const { answers } = await runScenario(
      'dynamoPaused',
      { latencyMs: 20 },
      { duringBurst: pause, spreadMs: 100 },
    );

    expect(answers.some((answer) => answer.errorCode === undefined)).toBe(true);
  });

  it('holds when the gateway is killed mid-burst', async () => {
    const names = profilesOf('killed');
    local.stack.iot.faults.set({ stallRate: 0.5, stallMs: 2_000, latencyMs: 10 });
    const answers: CallAnswer[] = [];
    const burstDone = burst('killed', names, answers, { spreadMs: 20 });
    await untilApplied(names, 3);
    await gateway.kill();
    await burstDone;
    local.stack.iot.faults.clear();

    const summary = await reconcile();

    expect(summary.scan?.outOfBand).toEqual([]);
    await expectTrailToMatchIot(names, answers);
    expect(summary.reconciled.length).toBeGreaterThan(0);
  });
});

describe('the false APPLIED of version numbers, through the local stack', () => {
  /** A change whose write IoT answers with a 5xx (nothing applied), then `otherWriter`'s, then the audit job. */
  const lostThenOther = async (name: string, token: string, otherWriter: () => Promise<unknown>) => {
    local.stack.iot.faults.set({ errorRate: 1, operations: ['UpdateSecurityProfile'] });
    const lost = await post(local.stack.graphqlUrl, token, UPDATE, {
      input: { securityProfileName: name, securityProfileDescription: 'Never applied' },
    });
    local.stack.iot.faults.clear();
    await otherWriter();
    // Not drained first: the record of a change made outside waits (EventBridge retries it) while
    // a call of the gateway on the profile is unresolved, and names who made it once the job ran.
    await reconcile(false);
    await local.stack.cloudTrail.drained();
    return { lost, trail: await trailOf(name) };
  };

  it('ends NOT_APPLIED, not SUCCEEDED, when another call of the gateway then made the next version', async () => {
    const name = 'PossibleIssue';

    const { lost, trail } = await lostThenOther(name, alice, () =>
      post(local.stack.graphqlUrl, alice, UPDATE, {
        input: { securityProfileName: name, securityProfileDescription: 'Applied by another call' },
      }),
    );

    expect(lost.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    const [other, first] = trail;
    expect(first).toMatchObject({
      input: { securityProfileDescription: 'Never applied' },
      outcome: 'FAILED',
      reconciliation: { verdict: 'NOT_APPLIED' },
    });
    expect(other).toMatchObject({ outcome: 'SUCCEEDED', versionAfter: 2 });
  });

  it('ends NOT_APPLIED when the next version was made outside the gateway, recorded as such with who made it', async () => {
    const name = 'TeamBBaseline';
    const bob = await local.tokenFor('bob', ['team-b']);

    const { lost, trail } = await lostThenOther(name, bob, () =>
      iot.send(
        new UpdateSecurityProfileCommand({
          securityProfileName: name,
          securityProfileDescription: 'By hand',
        }),
      ),
    );

    expect(lost.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(
      trail.map((event) => [event.operation, event.outcome, event.reconciliation?.verdict ?? null]),
    ).toEqual([
      ['OUT_OF_BAND_CHANGE', 'SUCCEEDED', null],
      ['UPDATE', 'FAILED', 'NOT_APPLIED'],
      ['BASELINE', 'SUCCEEDED', null],
    ]);
    expect(trail[0]).toMatchObject({
      versionAfter: 2,
      after: { securityProfileDescription: 'By hand' },
      attribution: {
        principal: 'arn:aws:iam::123456789012:user/platform-ops',
        eventName: 'UpdateSecurityProfile',
      },
    });
  });
});
