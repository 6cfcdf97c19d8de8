import { build } from 'esbuild';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildOptions } from '../../scripts/build';

/** The repository root (this file is test/bench/buildBenchBundles.ts). */
export const ROOT = resolve(import.meta.dirname, '../..');

/** The deployed API artifact that `npm run build` writes. */
export const GATEWAY_ARTIFACT = join(ROOT, 'dist/lambda/index.mjs');

/** What the benchmark runs, each a file URL of one ESM bundle. */
export interface BenchBundles {
  /** test/bench/baseline/baselineHandler.ts (the SDK-only baseline), built exactly like the gateway. */
  baseline: string;
  /** test/bench/baseline/handwrittenHandler.ts (the gateway's calls, no GraphQL), built the same way. */
  handwritten: string;
  /** Imports an artifact and answers one mutation (cold start). */
  coldStartDriver: string;
  /** Imports an artifact once and invokes it on request (a warm sandbox). */
  handlerWorker: string;
  /** The gateway's AWS calls made directly with the SDK. */
  directWorker: string;
}

/**
 * Builds the baseline and the worker processes into `dir` with the Lambda bundles' own esbuild
 * settings (`buildOptions`), so baseline and direct loop carry the SDK exactly as the gateway does.
 */
export async function buildBenchBundles(dir: string): Promise<BenchBundles> {
  const entry = (file: string) => join(ROOT, 'test/bench', file);
  await build({
    ...buildOptions(
      {
        'baseline/index': entry('baseline/baselineHandler.ts'),
        'handwritten/index': entry('baseline/handwrittenHandler.ts'),
        'workers/coldStartDriver': entry('workers/coldStartDriver.ts'),
        'workers/handlerWorker': entry('workers/handlerWorker.ts'),
        'workers/directWorker': entry('workers/directWorker.ts'),
      },
      dir,
    ),
    absWorkingDir: ROOT,
  });
  const url = (name: string) => pathToFileURL(join(dir, `${name}.mjs`)).href;
  return {
    baseline: url('baseline/index'),
    handwritten: url('handwritten/index'),
    coldStartDriver: url('workers/coldStartDriver'),
    handlerWorker: url('workers/handlerWorker'),
    directWorker: url('workers/directWorker'),
  };
}
