import { execFile, spawnSync } from 'node:child_process';

/** What the AWS CLI printed and how it exited. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

const TIMEOUT_MS = 20_000;

/**
 * An environment that makes the CLI talk only to the emulator: dummy
 * credentials, a fixed region, no config or credentials files, no instance
 * metadata lookups, no pager.
 */
function cliEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key.startsWith('AWS_')) delete env[key];
  }
  return {
    ...env,
    AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_PAGER: '',
  };
}

/** The `aws --version` line, or undefined when no AWS CLI is on PATH. */
export function awsCliVersion(): string | undefined {
  const probe = spawnSync('aws', ['--version'], { env: cliEnv(), timeout: TIMEOUT_MS, encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return undefined;
  return `${probe.stdout}${probe.stderr}`.trim();
}

/** Runs a shell command line (for commands copied verbatim from a documentation page). */
export function runShell(commandLine: string): Promise<CliResult> {
  return run('bash', ['-c', commandLine]);
}

/** Runs `aws iot <args…> --endpoint-url <url>`. */
export function runAwsIot(url: string, args: string[]): Promise<CliResult> {
  return run('aws', ['iot', ...args, '--endpoint-url', url, '--output', 'json']);
}

function run(file: string, args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      { env: cliEnv(), timeout: TIMEOUT_MS, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
