import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** Runs a project script as npm does, with tsx, and returns how it ended; `cwd` defaults to the project's. */
async function script(file: string, args: string[], env: Record<string, string> = {}, cwd?: string) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', TSX, resolve(file), ...args], {
      cwd,
      env: { ...process.env, ...env },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

describe('the project scripts on the command line', () => {
  it.each([
    ['npm start', 'src/local/startLocalStack.ts'],
    ['npm run emulator', 'src/local/iotEmulator/main.ts'],
    ['npm run dev-token', 'src/local/devToken.ts'],
    ['npm run audit:reconcile', 'src/local/reconcileAudit.ts'],
    ['npm run build', 'scripts/build.ts'],
    ['npm run codegen:check', 'scripts/checkCodegen.ts'],
    ['npm run bench', 'test/bench/runBench.ts'],
  ])('%s --help prints its usage and does nothing else', async (_name, file) => {
    const { code, stdout } = await script(file, ['--help']);

    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: /);
    expect(stdout.split('\n').length).toBeGreaterThan(3);
  });

  it('names the variable of a setting out of range in one line, without a stack', async () => {
    const { code, stderr } = await script('src/local/reconcileAudit.ts', [], {
      AUDIT_RECONCILE_GRACE_SECONDS: '0',
    });

    expect(code).toBe(2);
    expect(stderr).toBe(
      "Configuration: AUDIT_RECONCILE_GRACE_SECONDS must be an integer from 60 to 86400, got '0'.\n",
    );
  });

  it('refuses an unknown option with the usage rather than a stack', async () => {
    const { code, stderr } = await script('src/local/devToken.ts', ['--bogus']);

    expect(code).toBe(2);
    expect(stderr).toMatch(/^Unknown option '--bogus'\nUsage: npm run -s dev-token/);
  });

  describe('with the gateway port taken', () => {
    let busy: Server;
    let port: number;
    // The audit job runs before the gateway listens, so this failed start writes its log file: not the project's.
    let cwd: string;

    beforeAll(async () => {
      cwd = await mkdtemp(join(tmpdir(), 'npm-start-busy-'));
      busy = createServer();
      await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
      port = (busy.address() as { port: number }).port;
    });
    afterAll(async () => {
      await new Promise<void>((done) => busy.close(() => done()));
      await rm(cwd, { recursive: true, force: true });
    });

    it('npm start says which variable to change, in one line, and exits', async () => {
      const { code, stderr } = await script(
        'src/local/startLocalStack.ts',
        [],
        {
          PORT: String(port),
          IOT_EMULATOR_PORT: '0',
          DYNAMODB_PORT: '0',
        },
        cwd,
      );

      expect(code).toBe(2);
      expect(stderr).toBe(
        `Configuration: PORT=${port} is already in use (another npm start, or another tool): stop it, or set PORT to a free port (0 picks one).\n`,
      );
    });
  });
});
