import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { dirname } from 'node:path';
import { styleText } from 'node:util';

/** Where the stack's own lines go once the function's output is captured. */
export interface CapturedOutput {
  /** Writes a line to the terminal itself. */
  say: (line: string) => void;
  /** Puts stdout and stderr back, and closes the log file if it was opened. */
  restore(): void;
}

type Write = typeof process.stdout.write;

/**
 * In Lambda, whatever the function writes to stdout and stderr (Powertools' JSON
 * log lines, EMF metrics, errors) goes to CloudWatch Logs. Locally it goes to
 * `logFile`, whole, so the terminal keeps one short line per request; an ERROR
 * or WARN line also gets a short note on the terminal. With `echo` the JSON is
 * printed to the terminal as well.
 *
 * The log file is opened (and the previous one replaced) on the first line the
 * function writes: capturing from before the stack starts, a start that fails
 * before the function wrote anything leaves the previous log file alone.
 */
export function captureFunctionOutput(logFile: string, echo: boolean): CapturedOutput {
  let log: WriteStream | undefined;
  const toLog = (chunk: string | Uint8Array): void => {
    if (!log) {
      mkdirSync(dirname(logFile), { recursive: true });
      log = createWriteStream(logFile, { flags: 'w' });
    }
    log.write(chunk);
  };
  const originals = {
    out: process.stdout.write.bind(process.stdout),
    err: process.stderr.write.bind(process.stderr),
  };
  const terminal = (text: string): void => void originals.out(text);
  const divert = (original: (chunk: string | Uint8Array) => boolean): Write =>
    function (this: void, chunk: string | Uint8Array, ...rest: unknown[]): boolean {
      toLog(chunk);
      if (echo) return original(chunk);
      noteProblems(String(chunk), logFile, terminal);
      const callback = rest.find((arg): arg is () => void => typeof arg === 'function');
      callback?.();
      return true;
    };
  process.stdout.write = divert(originals.out);
  process.stderr.write = divert(originals.err);
  return {
    say: (line) => terminal(`${line}\n`),
    restore() {
      process.stdout.write = originals.out;
      process.stderr.write = originals.err;
      log?.end();
    },
  };
}

/** A short terminal note for each ERROR or WARN log line, pointing at the full line in the file. */
function noteProblems(text: string, logFile: string, terminal: (text: string) => void): void {
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    const level = /"level":"(ERROR|WARN|CRITICAL)"/.exec(line)?.[1];
    // A plain-text error (console.error with a stack) is noted once, by its first line.
    const plainError = index === 0 && !line.startsWith('{') && /\b(Error|failed)\b/.test(line);
    if (!level && !plainError) continue;
    const message = /"message":"([^"]{0,120})/.exec(line)?.[1] ?? line.slice(0, 120);
    terminal(`${styleText('yellow', `  ! ${level ?? 'ERROR'} ${message}`)}  (in ${logFile})\n`);
  }
}
