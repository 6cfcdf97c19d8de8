import { ConfigError } from '../envVariables';

/** A wrong command-line argument; printed as one line with the usage, never as a stack. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** What a command says about itself on `--help`. */
export interface CommandHelp {
  /** The usage line(s), e.g. `Usage: npm run -s dev-token -- --sub <id> …`. */
  usage: string;
  /** A few lines on what it does, its options and variables. */
  description: string;
}

/**
 * Runs a script's `main` the way every project script behaves: `--help` / `-h`
 * prints the help and exits 0 without running anything; a ConfigError (a
 * variable out of range) or a UsageError prints one line naming the culprit and
 * exits 2; a busy port prints one line naming the port and exits 1; anything else
 * is a bug and keeps its stack.
 */
export async function runCommand(
  help: CommandHelp,
  main: (argv: string[]) => Promise<void>,
  argv: string[] = process.argv.slice(2),
): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${help.usage}\n\n${help.description}\n`);
    return;
  }
  try {
    await main(argv);
  } catch (error) {
    process.stderr.write(`${describeFailure(error, help)}\n`);
    process.exitCode = isUsageOrConfig(error) ? 2 : 1;
  }
}

/** The one line (or, for a bug, the stack) a failed command prints. */
export function describeFailure(error: unknown, help: CommandHelp): string {
  if (error instanceof UsageError) return `${error.message}\n${help.usage}`;
  if (error instanceof ConfigError) return `Configuration: ${error.message}`;
  if (isErrnoException(error) && error.code === 'EADDRINUSE') {
    return `Port ${error.port ?? '?'} is already in use (another npm start, or another tool): stop it or choose another port.`;
  }
  // node:util parseArgs: an unknown option, a missing value, a stray positional.
  if (isParseArgsError(error)) return `${error.message}\n${help.usage}`;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

function isUsageOrConfig(error: unknown): boolean {
  return error instanceof ConfigError || error instanceof UsageError || isParseArgsError(error);
}

function isParseArgsError(error: unknown): error is Error {
  return isErrnoException(error) && error.code?.startsWith('ERR_PARSE_ARGS_') === true;
}

function isErrnoException(error: unknown): error is NodeJS.ErrnoException & { port?: number } {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}
