import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { issueDevToken } from './devTokens';
import type { DevTokenOptions, DevTokenRequest } from './devTokens';

const USAGE =
  'Usage: npm run -s dev-token -- --sub <id> [--teams <team-a,team-b>] [--admin] [--ttl <seconds>] [--state-dir <dir>]';

/** What the command line asks for: the token's identity and where the local key lives. */
export interface DevTokenCommand {
  request: DevTokenRequest;
  options: DevTokenOptions;
}

/**
 * Reads `--sub`, `--teams` (comma-separated), `--admin`, `--ttl` (seconds) and
 * `--state-dir` (default `.local-state`, shared with the running local stack).
 *
 * @throws Error with the usage line when an argument is missing or malformed.
 */
export function parseDevTokenArgs(argv: readonly string[]): DevTokenCommand {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      sub: { type: 'string' },
      teams: { type: 'string', default: '' },
      admin: { type: 'boolean', default: false },
      ttl: { type: 'string' },
      'state-dir': { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (!values.sub?.trim()) throw new Error(`--sub is required.\n${USAGE}`);
  const ttlSeconds = values.ttl === undefined ? undefined : Number(values.ttl);
  if (ttlSeconds !== undefined && !Number.isInteger(ttlSeconds)) {
    throw new Error(`--ttl must be a whole number of seconds, got '${values.ttl}'.\n${USAGE}`);
  }
  return {
    request: { sub: values.sub, teams: values.teams.split(','), admin: values.admin, ttlSeconds },
    options: values['state-dir'] === undefined ? {} : { stateDir: values['state-dir'] },
  };
}

/** Prints only the token, so `TOKEN=$(npm run -s dev-token -- ...)` works. */
async function main(): Promise<void> {
  try {
    const { request, options } = parseDevTokenArgs(process.argv.slice(2));
    process.stdout.write(`${await issueDevToken(request, options)}\n`);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(entry).href) await main();
