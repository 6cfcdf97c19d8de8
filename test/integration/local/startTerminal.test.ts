import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueDevToken } from '../../../src/local/devTokens';

const SCRIPT = resolve('src/local/startLocalStack.ts');
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const MUTATIONS = 100;
const UPDATE = `mutation ChangePossibleIssue($input: UpdateSecurityProfileInput!) {
  updateSecurityProfile(input: $input) { securityProfile { version } }
}`;

// Everything the child printed on stdout and stderr: the user's terminal.
let terminal = '';
let child: ChildProcess;
const exited = (): boolean => child.exitCode !== null || child.signalCode !== null;

/**
 * `npm start` as a user runs it, in a directory of its own (the log file and the
 * signing key go to `.local-state` under the working directory): what reaches the
 * terminal and what reaches the log file once a hundred changes went through.
 */
describe('npm start: the terminal stays readable', () => {
  let cwd: string;
  let logFile = '';
  let log = '';

  beforeAll(async () => {
    cwd = await mkdtemp(join(tmpdir(), 'npm-start-'));
    logFile = join(cwd, '.local-state', 'gateway.log');
    child = spawn(process.execPath, ['--import', TSX, SCRIPT], {
      cwd,
      env: { ...process.env, PORT: '0', IOT_EMULATOR_PORT: '0', DYNAMODB_PORT: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.setEncoding('utf8').on('data', (text: string) => (terminal += text));
    child.stderr?.setEncoding('utf8').on('data', (text: string) => (terminal += text));
    const graphqlUrl = await waitFor(
      () => /One line per request follows\./.test(terminal) && graphqlUrlIn(terminal),
    );
    const token = await issueDevToken(
      { sub: 'alice', teams: ['team-a'] },
      { stateDir: join(cwd, '.local-state') },
    );
    for (let i = 1; i <= MUTATIONS; i++) {
      const response = await fetch(graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: UPDATE,
          variables: {
            input: { securityProfileName: 'PossibleIssue', securityProfileDescription: `Change ${i}` },
          },
        }),
      });
      const body = (await response.json()) as { errors?: unknown };
      expect(body.errors).toBeUndefined();
    }
    // The log file is written as the function logs: wait for the hundredth audit line rather than for exit.
    await waitFor(async () => {
      log = await readFile(logFile, 'utf8').catch(() => '');
      return auditLinesIn(log).length >= MUTATIONS && requestLinesIn(terminal).length >= MUTATIONS;
    });
    child.kill('SIGTERM');
    await once(child, 'exit');
  }, 120_000);

  afterAll(async () => {
    if (!exited()) child.kill('SIGKILL');
    await rm(cwd, { recursive: true, force: true });
  });

  it('prints no JSON line on the terminal', () => {
    const lines = terminalLines(terminal);

    expect(lines.filter((line) => line.trimStart().startsWith('{'))).toEqual([]);
  });

  it('prints one short line per request', () => {
    const requests = requestLinesIn(terminal);

    expect(requests).toHaveLength(MUTATIONS);
    expect(requests.filter((line) => line.length > 120)).toEqual([]);
    expect(requests.every((line) => line.includes('mutation ChangePossibleIssue PossibleIssue'))).toBe(true);
  });

  it('still prints the banner', () => {
    expect(terminal).toContain('Security Profile Gateway — local stack');
    expect(terminal).toContain(`Function logs  ${logFile}`);
    expect(terminal).toContain('Ctrl-C stops everything. One line per request follows.');
  });

  it("writes the function's JSON lines whole to .local-state/gateway.log", () => {
    const entries = log
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const baselines = entries.filter((entry) => entry.message === 'audit baseline recorded');

    expect(baselines.map((entry) => entry.securityProfileName).sort()).toEqual([
      'PossibleIssue',
      'SharedBaseline',
      'TeamBBaseline',
    ]);
    expect(auditLinesIn(log)).toHaveLength(MUTATIONS);
  });
});

describe('npm start: a start that fails', () => {
  const PREVIOUS_LOG = '{"message":"a line of the previous run"}\n';
  let cwd: string;
  let busy: Server;
  let busyPort: number;

  beforeAll(async () => {
    cwd = await mkdtemp(join(tmpdir(), 'npm-start-fails-'));
    await mkdir(join(cwd, '.local-state'));
    busy = createServer();
    await new Promise<void>((done) => busy.listen(0, '127.0.0.1', done));
    busyPort = (busy.address() as { port: number }).port;
  });
  afterAll(async () => {
    await new Promise<void>((done) => busy.close(() => done()));
    await rm(cwd, { recursive: true, force: true });
  });

  // The variables are read when the test runs, once the busy port is known.
  it.each<[string, () => Record<string, string>, () => string]>([
    [
      'a busy emulator port',
      () => ({ IOT_EMULATOR_PORT: String(busyPort) }),
      () => `Configuration: IOT_EMULATOR_PORT=${busyPort} is already in use`,
    ],
    [
      'a gateway variable out of range',
      () => ({ MAX_WRITE_ATTEMPTS: '0' }),
      () => 'Configuration: MAX_WRITE_ATTEMPTS',
    ],
  ])(
    'prints its one-line error on the terminal and leaves the previous log file alone: %s',
    async (_name, env, line) => {
      await writeFile(join(cwd, '.local-state', 'gateway.log'), PREVIOUS_LOG);
      const failed = spawn(process.execPath, ['--import', TSX, SCRIPT], {
        cwd,
        env: { ...process.env, PORT: '0', IOT_EMULATOR_PORT: '0', DYNAMODB_PORT: '0', ...env() },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      failed.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
      failed.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
      const [code] = (await once(failed, 'exit')) as [number | null];

      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.startsWith(line())).toBe(true);
      expect(stderr.split('\n')).toHaveLength(2);
      expect(await readFile(join(cwd, '.local-state', 'gateway.log'), 'utf8')).toBe(PREVIOUS_LOG);
    },
  );
});

function terminalLines(text: string): string[] {
  return stripVTControlCharacters(text).split('\n');
}

/** The one line per request, e.g. `10:42:07  POST   mutation ChangePossibleIssue PossibleIssue  alice ["team-a"]  ok v2  38 ms`. */
function requestLinesIn(text: string): string[] {
  return terminalLines(text).filter((line) => /^\d\d:\d\d:\d\d {2}POST /.test(line));
}

function graphqlUrlIn(text: string): string | false {
  return /GraphQL +(http:\/\/127\.0\.0\.1:\d+\/graphql)/.exec(text)?.[1] ?? false;
}

/** The audit lines of the hundred changes: one per mutation, each an UPDATE of PossibleIssue that succeeded. */
function auditLinesIn(log: string): unknown[] {
  return log
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { message?: string; auditEvent?: Record<string, unknown> })
    .filter(
      ({ message, auditEvent }) =>
        message === 'audit event' &&
        auditEvent?.securityProfileName === 'PossibleIssue' &&
        auditEvent.outcome === 'SUCCEEDED',
    );
}

async function waitFor<T>(probe: () => T | false | Promise<T | false>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== false) return value;
    if (exited() || Date.now() > deadline) {
      throw new Error(`npm start exited or timed out (exit ${child.exitCode}); its terminal:\n${terminal}`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }
}
