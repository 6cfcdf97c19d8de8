import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = resolve(import.meta.dirname, '../../../..');

/** The gateway in a child process: its GraphQL URL, and a way to kill it with no chance to finish. */
export interface GatewayProcess {
  graphqlUrl: string;
  /** SIGKILL: calls in flight stop where they are, as when a Lambda's sandbox dies. */
  kill(): Promise<void>;
}

/** Starts `gatewayMain.ts` with `env` (the local stack's, pointed where the test wants) and waits for its URL. */
export async function startGatewayProcess(env: Record<string, string | undefined>): Promise<GatewayProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/integration/audit/support/gatewayMain.ts'],
    {
      cwd: ROOT,
      env: { ...env, POWERTOOLS_LOG_LEVEL: 'SILENT', POWERTOOLS_METRICS_DISABLED: 'true' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const exited = once(child, 'exit');
  const [line] = (await Promise.race([
    once(createInterface({ input: child.stdout }), 'line'),
    exited.then(([code]) => Promise.reject(new Error(`the gateway process exited (${String(code)})`))),
  ])) as [string];
  return {
    graphqlUrl: `${line.trim()}/graphql`,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
