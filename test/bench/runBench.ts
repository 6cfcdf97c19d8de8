import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem, release, platform, arch } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import { createBenchRun, type BenchRun } from './benchRun';
import { benchSettings, type BenchSettings } from './benchSettings';
import { buildBenchBundles, GATEWAY_ARTIFACT, ROOT } from './buildBenchBundles';
import type { Section } from './report/figures';
import { compareRuns } from './report/compareRuns';
import { formatTable } from './report/printTable';
import { measureColdStart } from './sections/coldStart';
import { measureContention } from './sections/contention';
import { measureCriticalPath } from './sections/criticalPath';
import { measureFairShare } from './sections/fairShare';
import { measureHostileDocuments } from './sections/hostileDocuments';
import { measureMemory } from './sections/memory';
import { measureNewOperations } from './sections/newOperations';
import { measureOverhead } from './sections/overhead';
import { startBenchStack } from './stack/benchStack';
import { runCommand } from '../../src/local/runCommand';

/** Everything one run measured, as written to bench-results/latest.json. */
export interface BenchResults {
  mode: BenchSettings['mode'];
  startedAt: string;
  durationSeconds: number;
  machine: { cpu: string; cores: number; memoryGiB: number; os: string; node: string };
  settings: BenchSettings;
  sections: Section[];
}

/** The measurements, in the order of issue 7 (`BENCH_SECTIONS=2,3` runs some of them). */
const SECTIONS: ReadonlyArray<(run: BenchRun) => Promise<Section>> = [
  measureColdStart,
  measureOverhead,
  measureCriticalPath,
  measureContention,
  measureMemory,
  measureHostileDocuments,
  measureFairShare,
  measureNewOperations,
];

/**
 * Runs the benchmark on the built artifact (dist/lambda/index.mjs): builds the baseline and the
 * workers into a temporary directory, starts the AWS side on loopback, measures each section.
 */
export async function runBenchmark(
  settings: BenchSettings,
  log: (message: string) => void = () => {},
): Promise<BenchResults> {
  const artifact = settings.artifact ?? GATEWAY_ARTIFACT;
  if (!existsSync(artifact)) throw new Error(`${artifact} is missing: run \`npm run build\` first.`);
  const started = new Date();
  const dir = await mkdtemp(join(tmpdir(), 'spg-bench-'));
  const stack = await startBenchStack();
  try {
    const bundles = await buildBenchBundles(join(dir, 'build'));
    const run = createBenchRun({
      settings,
      bundles,
      gateway: pathToFileURL(artifact).href,
      stack,
      log,
      stateDir: dir,
    });
    const sections: Section[] = [];
    for (const [index, measure] of SECTIONS.entries()) {
      if (!settings.sections || settings.sections.includes(index + 1)) sections.push(await measure(run));
    }
    return {
      mode: settings.mode,
      startedAt: started.toISOString(),
      durationSeconds: Math.round((Date.now() - started.getTime()) / 1000),
      machine: machine(),
      settings,
      sections,
    };
  } finally {
    await stack.close();
    await rm(dir, { recursive: true, force: true });
  }
}

function machine(): BenchResults['machine'] {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()} ${arch()}`,
    node: process.version,
  };
}

/** Writes the results as JSON to `file` (creating its directory). */
export async function writeResults(results: BenchResults, file: string): Promise<void> {
  await mkdir(resolve(file, '..'), { recursive: true });
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
}

/** The results a previous run wrote to `file`, if any. */
async function previousResults(file: string): Promise<BenchResults | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as BenchResults;
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const settings = benchSettings(process.env);
  const file = process.env.BENCH_OUT ?? join(ROOT, 'bench-results/latest.json');
  const previous = await previousResults(file);
  const results = await runBenchmark(settings, (message) => process.stderr.write(`  … ${message}\n`));
  const { cpu, cores, memoryGiB, os, node } = results.machine;
  console.log(`\n${cpu} × ${cores}, ${memoryGiB} GiB, ${os}, Node ${node}`);
  console.log(formatTable(results.sections));
  const comparison =
    previous && previous.mode === results.mode ? compareRuns(previous.sections, results.sections) : [];
  if (comparison.length > 0)
    console.log(`\nratios against the previous run (${previous?.startedAt}):`, `\n${comparison.join('\n')}`);
  await writeResults(results, file);
  console.log(`\n${results.mode} run, ${results.durationSeconds} s; results in ${file}`);
}

const HELP = {
  usage: 'Usage: npm run bench   (BENCH_MODE=smoke, BENCH_SECTIONS=1,3, … npm run bench)',
  description: `Builds the bundle, then measures cold start, overhead, critical path, contention, memory, hostile documents and the fair share
against same-run baselines, and writes bench-results/latest.json (BENCH_OUT). BENCHMARKS.md explains
the sections and BENCH_MODE, BENCH_SECTIONS, BENCH_LATENCY_MS, BENCH_ARTIFACT, BENCH_GATEWAY_ENV.`,
};

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await runCommand(HELP, main);
}
