import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

/** The repository root (this file is test/integration/packaging/packageOffline.ts). */
export const ROOT = resolve(import.meta.dirname, '../../..');

/** A CloudFormation template as `osls package` writes it. */
export interface Template {
  Resources: Record<string, { Type: string; Properties?: Record<string, unknown>; DependsOn?: unknown }>;
  Outputs?: Record<string, unknown>;
}

/** What one offline `osls package` run produced. */
export interface PackageResult {
  /** Directory holding the template and one zip per function. */
  dir: string;
  template: Template;
}

/** Fails with the command to run when the bundles are missing, rather than zipping an empty dist/. */
export function requireBuiltBundles(): void {
  for (const bundle of ['dist/lambda/index.mjs', 'dist/reconcile/index.mjs', 'dist/cloudtrail/index.mjs']) {
    if (!existsSync(join(ROOT, bundle))) {
      throw new Error(`${bundle} is missing: run \`npm run build\` first (\`npm test\` does).`);
    }
  }
}

/**
 * Runs `osls package --stage ci` on the already built bundles, into a temporary directory so
 * concurrent runs and `.serverless/` of a developer are left alone. No AWS credentials are
 * given and the instance metadata lookup is disabled: anything that needed AWS would fail
 * here rather than silently working on a developer machine with credentials.
 */
export async function packageOffline(): Promise<PackageResult> {
  requireBuiltBundles();
  const dir = await mkdtemp(join(tmpdir(), 'spg-package-'));
  const osls = join(ROOT, 'node_modules/osls/bin/serverless.js');
  await promisify(execFile)(process.execPath, [osls, 'package', '--stage', 'ci', '--package', dir], {
    cwd: ROOT,
    env: offlineEnv(),
    timeout: 120_000,
  });
  const template = JSON.parse(
    await readFile(join(dir, 'cloudformation-template-update-stack.json'), 'utf8'),
  ) as Template;
  return { dir, template };
}

function offlineEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('AWS_')) env[key] = value;
  }
  return {
    ...env,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
  };
}
