import { createAuditDocumentClient } from '../../../src/adapters/audit/createAuditDocumentClient';
import { startIotEmulator } from '../../../src/local/iotEmulator';
import {
  ensureAuditTable,
  ensureBudgetTable,
  ensureCatalogueTable,
  ensureWriterTurnTable,
} from '../../../src/local/ensureAuditTable';
import { LOCAL_ACCOUNT, LOCAL_REGION } from '../../../src/local/localStack';
import { startDynalite } from '../../../src/local/startDynalite';
import { readFile } from 'node:fs/promises';
import { DEMO_POLICY_FILE } from '../../../src/local/localStack';
import { startDelayProxy } from './delayProxy';
import { startFakeSsm } from './fakeSsm';

/** The audit table of the benchmark. */
export const BENCH_TABLE = 'SecurityProfileAudit';
export const BENCH_CATALOGUE_TABLE = 'SecurityProfileCatalogue';

/** The budget table of the teams' shares of IoT. */
export const BENCH_BUDGET_TABLE = 'SecurityProfileBudget';

/** The writer-turn table of the benchmark. */
export const BENCH_TURN_TABLE = 'SecurityProfileWriterTurns';

/**
 * The SSM parameter holding the team policy, as serverless.yml names it: the demo policy with
 * every share of IoT at its most (1,000 calls a second), so that the figures of the gateway's own
 * cost (sequential mutations at full speed) time the share's take without meeting its limit.
 */
export const BENCH_POLICY_PARAMETER = '/security-profile-gateway/bench/team-policy';

/** The demo policy as it is (team-a's share 150 calls a second): the fair-share figure's. */
export const BENCH_FAIR_SHARE_POLICY_PARAMETER = '/security-profile-gateway/bench/demo-team-policy';

/** Where a worker's SDK clients should point. */
export interface BenchEndpoints {
  iot: string;
  dynamodb: string;
  ssm: string;
}

/** The AWS side of the benchmark, in the benchmark's own process. */
export interface BenchStack {
  /** The emulator and dynalite as they are: no added latency. */
  direct: BenchEndpoints;
  /** The emulator with its latency fault, and dynalite behind the delaying proxy. */
  delayed: BenchEndpoints;
  /** Sets the fixed latency L of every call to `delayed` (0 turns it off). */
  setLatency(ms: number): void;
  /** IoT calls the emulator has served so far, every operation and caller. */
  iotCalls(): number;
  /** The calls served so far by operation (`iot:DescribeSecurityProfile`, `dynamodb:PutItem`): IoT's from every caller, DynamoDB's through `delayed` only. */
  backendCalls(): Map<string, number>;
  /** Back to the demo profiles at version 1 (the audit table keeps its events). */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts the IoT emulator (demo profiles seeded), dynalite with the audit table, a delaying
 * proxy in front of dynalite and a fake SSM holding the demo team policy, all on loopback ports
 * picked by the OS. The processes
 * measured are separate, so neither the servers' CPU nor their memory counts as the gateway's.
 */
export async function startBenchStack(): Promise<BenchStack> {
  let iotCalls = 0;
  const backendCalls = new Map<string, number>();
  const count = (operation: string) => backendCalls.set(operation, (backendCalls.get(operation) ?? 0) + 1);
  const iot = await startIotEmulator({
    port: 0,
    region: LOCAL_REGION,
    accountId: LOCAL_ACCOUNT,
    seedDemo: true,
    // Every call the emulator serves leaves a CloudTrail record: the count of IoT calls.
    cloudTrail: (record) => {
      iotCalls += 1;
      count(`iot:${record.eventName}`);
    },
  });
  const dynamo = await startDynalite({ port: 0 });
  let latencyMs = 0;
  const proxy = await startDelayProxy({
    target: dynamo.endpoint,
    delayMs: () => latencyMs,
    onRequest: (operation) => count(`dynamodb:${operation}`),
  });
  const policy = await readFile(DEMO_POLICY_FILE, 'utf8');
  const ssm = await startFakeSsm({
    parameters: {
      [BENCH_POLICY_PARAMETER]: withRoomyShares(policy),
      [BENCH_FAIR_SHARE_POLICY_PARAMETER]: policy,
    },
    delayMs: () => latencyMs,
  });
  const documents = createAuditDocumentClient({
    endpoint: dynamo.endpoint,
    region: LOCAL_REGION,
    credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
  });
  await ensureAuditTable(documents, BENCH_TABLE);
  await ensureCatalogueTable(documents, BENCH_CATALOGUE_TABLE);
  await ensureBudgetTable(documents, BENCH_BUDGET_TABLE);
  await ensureWriterTurnTable(documents, BENCH_TURN_TABLE);
  return {
    // The emulator's and SSM's latency apply to every caller; only the delaying workers run while it is on.
    direct: { iot: iot.url, dynamodb: dynamo.endpoint, ssm: ssm.url },
    delayed: { iot: iot.url, dynamodb: proxy.url, ssm: ssm.url },
    setLatency(ms) {
      latencyMs = ms;
      iot.faults.set({ latencyMs: ms });
    },
    iotCalls: () => iotCalls,
    backendCalls: () => new Map(backendCalls),
    async reset() {
      await iot.reset();
      // A reset turns the emulator's faults off too.
      iot.faults.set({ latencyMs });
    },
    async close() {
      await Promise.all([proxy.close(), ssm.close()]);
      await Promise.all([iot.close(), dynamo.close()]);
    },
  };
}

/** The policy with every `iotCallsPerSecond` at the most a policy may set. */
function withRoomyShares(policyText: string): string {
  const most = 1_000;
  const policy = JSON.parse(policyText) as {
    iotCallsPerSecond?: Record<string, number>;
    teams: Record<string, { iotCallsPerSecond?: number }>;
  };
  policy.iotCallsPerSecond = { default: most, admins: most };
  for (const team of Object.values(policy.teams)) team.iotCallsPerSecond = most;
  return JSON.stringify(policy);
}
