import { resolve } from 'node:path';

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
  /** Fresh processes whose first mutation is timed under latency L. */
  firstMutations: number;
  /** Rounds of concurrent patches, and patches per round. */
  contentionRounds: number;
  contentionWriters: number;
  /** Handler processes the writers are spread over (as over Lambda instances). */
  contentionProcesses: number;
  /** Timed changes of the quiet team in each half of the fair-share figure, and the loud team's callers. */
  fairShareCalls: number;
  fairShareLoops: number;
  /** Mutations after which memory is read: the first mark and the last. */
  memoryMarks: readonly [number, number];
  /** Rounds of the hostile-document comparison, and requests of each document per round. */
  documentRounds: number;
  documentCalls: number;
  /** Timed calls of each new operation (list, create, restore), and the profiles the listing is drawn from. */
  lifecycleCalls: number;
  listProfiles: number;
  /** Only these sections (1–8); all when absent. */
  sections?: readonly number[];
  /** Another build of the API to measure instead of dist/lambda/index.mjs (for comparing changes). */
  artifact?: string;
  /** Environment over the deployed one, e.g. `{ MAX_WRITE_ATTEMPTS: '10' }` (for comparing settings). */
  gatewayEnv?: Record<string, string>;
}

const FULL: BenchSettings = {
  mode: 'full',
  coldStarts: 24,
  overheadRounds: 9,
  overheadCalls: 300,
  warmupCalls: 100,
  latencyMs: 50,
  criticalPathCalls: 30,
  firstMutations: 5,
  contentionRounds: 5,
  contentionWriters: 25,
  contentionProcesses: 5,
  fairShareCalls: 30,
  fairShareLoops: 16,
  memoryMarks: [1_000, 5_000],
  documentRounds: 9,
  documentCalls: 10,
  lifecycleCalls: 30,
  listProfiles: 1_000,
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
  firstMutations: 1,
  contentionRounds: 1,
  contentionWriters: 5,
  contentionProcesses: 2,
  fairShareCalls: 3,
  fairShareLoops: 2,
  memoryMarks: [10, 30],
  documentRounds: 2,
  documentCalls: 1,
  lifecycleCalls: 3,
  listProfiles: 250,
};

/**
 * The settings of `BENCH_MODE` (`full`, the default, or `smoke`), with `BENCH_LATENCY_MS`
 * overriding L, `BENCH_SECTIONS` (e.g. `1,3`) choosing sections, `BENCH_ARTIFACT` another
 * build of the API and `BENCH_GATEWAY_ENV` (e.g. `MAX_WRITE_ATTEMPTS=10`) other settings of it.
 * @throws Error for an unknown mode or a malformed value
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
  if (env.BENCH_SECTIONS) {
    const sections = env.BENCH_SECTIONS.split(',').map(Number);
    if (sections.some((n) => !Number.isInteger(n) || n < 1 || n > 8)) {
      throw new Error(`BENCH_SECTIONS must list section numbers 1 to 8, got '${env.BENCH_SECTIONS}'`);
    }
    settings.sections = sections;
  }
  if (env.BENCH_ARTIFACT) settings.artifact = resolve(env.BENCH_ARTIFACT);
  if (env.BENCH_GATEWAY_ENV) settings.gatewayEnv = parseAssignments(env.BENCH_GATEWAY_ENV);
  return settings;
}

// `A=1,B=2` → { A: '1', B: '2' }
function parseAssignments(text: string): Record<string, string> {
  const entries = text.split(',').map((pair) => pair.split('='));
  if (entries.some((pair) => pair.length !== 2 || !/^[A-Z_][A-Z0-9_]*$/.test(pair[0]!))) {
    throw new Error(`BENCH_GATEWAY_ENV must look like NAME=value,NAME=value, got '${text}'`);
  }
  return Object.fromEntries(entries) as Record<string, string>;
}
