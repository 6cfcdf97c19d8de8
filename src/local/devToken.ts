import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { issueDevToken } from './devTokens';
import type { DevTokenOptions, DevTokenRequest } from './devTokens';
import { runCommand, UsageError } from './runCommand';

const USAGE =
  'Usage: npm run -s dev-token -- --sub <id> [--teams <team-a,team-b>] [--admin] [--ttl <seconds>] [--state-dir <dir>]';

const HELP = {
  usage: USAGE,
  description: `Prints a bearer token for the local stack (RS256, signed with the key in .local-state/, which
npm start shares), with the claims of a Cognito access token: sub, cognito:groups, iss, aud, exp.

  --sub <id>         the caller's id (required)
  --teams <a,b>      comma-separated teams, e.g. team-a (owns PossibleIssue), team-b (owns TeamBBaseline)
  --admin            adds platform-admins, the demo policy's admin team
  --ttl <seconds>    lifetime, 1 to 604800 (a week); default 3600
  --state-dir <dir>  where the signing key lives; default .local-state

Example: TOKEN=$(npm run -s dev-token -- --sub alice --teams team-a)`,
};

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
  if (!values.sub?.trim()) throw new UsageError('--sub is required.');
  const ttlSeconds = values.ttl === undefined ? undefined : Number(values.ttl);
  if (ttlSeconds !== undefined && !Number.isInteger(ttlSeconds)) {
    throw new UsageError(`--ttl must be a whole number of seconds, got '${values.ttl}'.`);
  }
  return {
    request: { sub: values.sub, teams: values.teams.split(','), admin: values.admin, ttlSeconds },
    options: values['state-dir'] === undefined ? {} : { stateDir: values['state-dir'] },
  };
}

/** Prints only the token, so `TOKEN=$(npm run -s dev-token -- ...)` works. */
async function main(argv: string[]): Promise<void> {
  const { request, options } = parseDevTokenArgs(argv);
  try {
    process.stdout.write(`${await issueDevToken(request, options)}\n`);
  } catch (error) {
    // issueDevToken's RangeErrors (a blank sub, a team name API Gateway cannot render, a ttl out of range).
    throw error instanceof RangeError ? new UsageError(error.message) : error;
  }
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(entry).href) await runCommand(HELP, main);
