import { build, type BuildOptions, type Metafile } from 'esbuild';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import {
  apolloGraphqlVersionOnly,
  apolloHashWithNodeCrypto,
  builtinsViaRequire,
  duplicatedInputs,
  environmentCredentialsOnly,
  esmForRequire,
  ESM_FOR_REQUIRE,
  sdkSchemasTreeShaken,
  withoutApolloReporting,
  withoutApolloSchemaBuilder,
} from './bundlePlugins';
import { runCommand } from '../src/local/runCommand';

/** Lambda artifacts: output name (`dist/<name>/index.mjs`) → TypeScript entry point. */
export const LAMBDA_ENTRY_POINTS: Readonly<Record<string, string>> = {
  'lambda/index': 'src/lambda.ts',
  'reconcile/index': 'src/reconcileLambda.ts',
  'cloudtrail/index': 'src/cloudTrailLambda.ts',
};

/** Where the bundles, their source maps and the metafile are written. */
export const DIST_DIR = 'dist';

// Many CJS dependencies (AWS SDK internals, uuid, …) call require('node:…') at run time; an ESM
// bundle has no `require`, so the banner recreates one. Named so it cannot collide with minified names.
const REQUIRE_SHIM =
  "import { createRequire as __bundleCreateRequire } from 'node:module';" +
  'const require = __bundleCreateRequire(import.meta.url);';

/**
 * Inputs that must never reach a Lambda bundle: the local stack (emulator, dynalite, dev tokens,
 * local key material) only exists so `npm start` and the tests can run without AWS.
 */
export const FORBIDDEN_INPUTS: readonly RegExp[] = [
  /(^|\/)src\/local\//,
  /(^|\/)node_modules\/dynalite\//,
  /(^|\/)node_modules\/jose\//,
  /(^|\/)node_modules\/aws-sdk-client-mock\//,
  /(^|\/)test\//,
];

/**
 * The esbuild settings of the Lambda bundles, shared with the benchmark so a baseline is built
 * exactly like production.
 *
 * Nothing is external, the AWS SDK included: the nodejs24.x runtime ships an SDK v3, but its
 * version moves under us between deploys, while bundling pins the version the tests ran against.
 * Measured (Nov 2026, SDK 3.1169): the API bundle is 1551 KiB with the SDK, 1004 KiB with
 * `@aws-sdk/*` + `@smithy/*` external (the reconciler: 502 vs 43 KiB), yet the bundled one imports
 * faster (~140 ms vs ~160-175 ms on the dev box), since one pre-linked file beats resolving and
 * reading hundreds of SDK files from node_modules. `npm run build` prints the current sizes.
 *
 * @param entryPoints output name (relative to `outdir`, without extension) → entry file
 * @param outdir directory receiving `<name>.mjs` and `<name>.mjs.map`
 */
export function buildOptions(entryPoints: Record<string, string>, outdir: string): BuildOptions {
  return {
    entryPoints,
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: false,
    platform: 'node',
    target: 'node24',
    format: 'esm',
    // Module-first so dual packages (graphql, the SDK) resolve to one ESM copy: two copies of
    // graphql in one bundle break its `instanceof` checks at run time.
    mainFields: ['module', 'main'],
    conditions: ['module'],
    banner: { js: REQUIRE_SHIM },
    minify: true,
    treeShaking: true,
    sourcemap: 'external',
    // Stack traces only need names and positions; the sources are in the repository.
    sourcesContent: false,
    legalComments: 'linked',
    metafile: true,
    logLevel: 'warning',
    plugins: [
      esmForRequire(ESM_FOR_REQUIRE),
      builtinsViaRequire,
      withoutApolloReporting,
      withoutApolloSchemaBuilder,
      apolloHashWithNodeCrypto,
      apolloGraphqlVersionOnly,
      environmentCredentialsOnly,
      sdkSchemasTreeShaken,
    ],
  };
}

/**
 * Inputs of the metafile that match {@link FORBIDDEN_INPUTS}.
 * @returns the offending input paths, empty when the bundle is clean
 */
export function forbiddenInputs(metafile: Metafile): string[] {
  return Object.keys(metafile.inputs).filter((input) => FORBIDDEN_INPUTS.some((re) => re.test(input)));
}

/** One line per output file with raw and gzip size, biggest first. */
export function describeSizes(metafile: Metafile): string[] {
  return Object.entries(metafile.outputs)
    .sort(([, a], [, b]) => b.bytes - a.bytes)
    .map(([file, { bytes }]) => {
      const gzip = file.endsWith('.mjs') ? ` (${kib(gzipSync(readFileSync(file)).length)} gzip)` : '';
      return `${file.padEnd(36)} ${kib(bytes).padStart(10)}${gzip}`;
    });
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

/** Builds every Lambda bundle into `dist/`, writes `dist/meta.json` and fails on forbidden inputs. */
export async function buildLambdas(): Promise<Metafile> {
  await Promise.all(Object.keys(LAMBDA_ENTRY_POINTS).map((name) => rmOutputDir(name)));
  const { metafile } = await build(buildOptions({ ...LAMBDA_ENTRY_POINTS }, DIST_DIR));
  if (!metafile) throw new Error('esbuild returned no metafile');
  await writeFile(resolve(DIST_DIR, 'meta.json'), JSON.stringify(metafile));
  const forbidden = forbiddenInputs(metafile);
  if (forbidden.length > 0) {
    throw new Error(`Lambda bundle contains local-only code:\n  ${forbidden.join('\n  ')}`);
  }
  const duplicated = duplicatedInputs(metafile);
  if (duplicated.length > 0) {
    throw new Error(`Lambda bundle carries two builds of a package:\n  ${duplicated.join('\n  ')}`);
  }
  return metafile;
}

// A stale file left in dist/<fn>/ would be zipped by `osls package`.
async function rmOutputDir(name: string): Promise<void> {
  const dir = resolve(DIST_DIR, name, '..');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
}

async function main(): Promise<void> {
  const metafile = await buildLambdas();
  console.log(describeSizes(metafile).join('\n'));
}

const HELP = {
  usage: 'Usage: npm run build',
  description: `Bundles the Lambda functions with esbuild into dist/ (${Object.values(LAMBDA_ENTRY_POINTS).join(', ')}),
writes dist/meta.json and prints each file's size; fails when local-stack code or two builds of one
package would reach a bundle.`,
};

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await runCommand(HELP, main);
}
