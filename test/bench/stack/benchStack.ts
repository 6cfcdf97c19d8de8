import { createAuditDocumentClient } from '../../../src/adapters/audit/createAuditDocumentClient';
import { startIotEmulator } from '../../../src/local/iotEmulator';
import { ensureAuditTable } from '../../../src/local/ensureAuditTable';
import { LOCAL_ACCOUNT, LOCAL_REGION } from '../../../src/local/localStack';
import { startDynalite } from '../../../src/local/startDynalite';
import { startDelayProxy } from './delayProxy';

/** The audit table of the benchmark. */
export const BENCH_TABLE = 'SecurityProfileAudit';

/** Where a worker's SDK clients should point. */
export interface BenchEndpoints {
  iot: string;
  dynamodb: string;
}

/** The AWS side of the benchmark, in the benchmark's own process. */
export interface BenchStack {
  /** The emulator and dynalite as they are: no added latency. */
  direct: BenchEndpoints;
  /** The emulator with its latency fault, and dynalite behind the delaying proxy. */
  delayed: BenchEndpoints;
  /** Sets the fixed latency L of every call to `delayed` (0 turns it off). */
  setLatency(ms: number): void;
  /** Back to the demo profiles at version 1 (the audit table keeps its events). */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts the IoT emulator (demo profiles seeded), dynalite with the audit table, and a
 * delaying proxy in front of dynalite, all on loopback ports picked by the OS. The processes
 * measured are separate, so neither the servers' CPU nor their memory counts as the gateway's.
 */
export async function startBenchStack(): Promise<BenchStack> {
  const iot = await startIotEmulator({ port: 0, region: LOCAL_REGION, accountId: LOCAL_ACCOUNT, seedDemo: true });
  const dynamo = await startDynalite({ port: 0 });
  let latencyMs = 0;
  const proxy = await startDelayProxy({ target: dynamo.endpoint, delayMs: () => latencyMs });
  await ensureAuditTable(
    createAuditDocumentClient({
      endpoint: dynamo.endpoint,
      region: LOCAL_REGION,
      credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
    }),
    BENCH_TABLE,
  );
  return {
    direct: { iot: iot.url, dynamodb: dynamo.endpoint },
    // The emulator's latency applies to every caller; only the delaying workers run while it is on.
    delayed: { iot: iot.url, dynamodb: proxy.url },
    setLatency(ms) {
      latencyMs = ms;
      iot.faults.set({ latencyMs: ms });
    },
    async reset() {
      await iot.reset();
      // A reset turns the emulator's faults off too.
      iot.faults.set({ latencyMs });
    },
    async close() {
      await proxy.close();
      await Promise.all([iot.close(), dynamo.close()]);
    },
  };
}
