/** How much of each measurement a run makes. */
export interface BenchSettings {
  mode: 'full' | 'smoke';
  /** Cold starts of each artifact (gateway and baseline alternate). */
  coldStarts: number;
  /** Rounds of the overhead comparison, and sequential calls per round and loop. */
  overheadRounds: number;
  overheadCalls: number;
  /** Calls each loop makes before the first timed round (connections, JIT). */
  warmupCalls: number;
  /** The fixed latency L added to every AWS call in the critical-path and contention figures. */
  latencyMs: number;
  /** Warm mutations timed under latency L. */
  criticalPathCalls: number;
  /** Rounds of concurrent patches, and patches per round. */
  contentionRounds: number;
  contentionWriters: number;
  /** Mutations after which memory is read: the first mark and the last. */
  memoryMarks: readonly [number, number];
}

const FULL: BenchSettings = {
  mode: 'full',
  coldStarts: 20,
  overheadRounds: 7,
  overheadCalls: 200,
  warmupCalls: 100,
  latencyMs: 50,
  criticalPathCalls: 30,
  contentionRounds: 5,
  contentionWriters: 20,
  memoryMarks: [1_000, 5_000],
};

// Enough of everything to produce every figure; none of them means anything.
const SMOKE: BenchSettings = {
  mode: 'smoke',
  coldStarts: 2,
  overheadRounds: 2,
  overheadCalls: 5,
  warmupCalls: 2,
  latencyMs: 5,
  criticalPathCalls: 3,
  contentionRounds: 1,
  contentionWriters: 5,
  memoryMarks: [10, 30],
};

/**
 * The settings of `BENCH_MODE` (`full`, the default, or `smoke`), with `BENCH_LATENCY_MS`
 * overriding L.
 * @throws Error for an unknown mode or a malformed latency
 */
export function benchSettings(env: Record<string, string | undefined>): BenchSettings {
  const mode = env.BENCH_MODE ?? 'full';
  if (mode !== 'full' && mode !== 'smoke') throw new Error(`BENCH_MODE must be full or smoke, got '${mode}'`);
  const settings = { ...(mode === 'full' ? FULL : SMOKE) };
  if (env.BENCH_LATENCY_MS !== undefined) {
    const latencyMs = Number(env.BENCH_LATENCY_MS);
    if (!Number.isInteger(latencyMs) || latencyMs < 1) {
      throw new Error(`BENCH_LATENCY_MS must be a positive integer, got '${env.BENCH_LATENCY_MS}'`);
    }
    settings.latencyMs = latencyMs;
  }
  return settings;
}
