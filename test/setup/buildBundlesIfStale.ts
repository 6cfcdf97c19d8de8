import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Metafile } from 'esbuild';
import { buildLambdas, DIST_DIR, LAMBDA_ENTRY_POINTS } from '../../scripts/build';

// What shapes a bundle besides its inputs: the build settings and the locked dependencies.
const BUILD_FILES = ['scripts/build.ts', 'scripts/bundlePlugins.ts', 'package-lock.json'];
const METAFILE = `${DIST_DIR}/meta.json`;

/**
 * Vitest's global setup: the packaging and benchmark tests run the Lambda bundles of `dist/`, so
 * `npx vitest run` builds them first when they are missing or older than what they are built
 * from (`npm test` has just built them, and nothing is rebuilt).
 */
export async function setup(): Promise<void> {
  const stale = staleReason();
  if (stale === undefined) return;
  console.log(`Building the Lambda bundles (${stale})…`);
  await buildLambdas();
}

/** Why `dist/` must be rebuilt, or undefined when every bundle is newer than all it is built from. */
export function staleReason(): string | undefined {
  const bundles = Object.keys(LAMBDA_ENTRY_POINTS).map((name) => `${DIST_DIR}/${name}.mjs`);
  const missing = [METAFILE, ...bundles].find((file) => !existsSync(file));
  if (missing !== undefined) return `${missing} is missing`;
  const builtAt = statSync(METAFILE).mtimeMs;
  const metafile = JSON.parse(readFileSync(METAFILE, 'utf8')) as Metafile;
  // Inputs of a plugin's own namespace (`builtin-via-require:node:…`) are no files.
  const files = Object.keys(metafile.inputs).filter((input) => !/^[\w-]+:/.test(input));
  for (const input of [...files, ...BUILD_FILES]) {
    if (!existsSync(input)) return `${input} is gone`;
    if (statSync(input).mtimeMs > builtAt) return `${input} changed`;
  }
  return undefined;
}
