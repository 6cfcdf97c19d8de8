import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCommand } from '../src/local/runCommand';

/** Where `npm test` asks Vitest's JSON reporter to write (ignored by git, prettier and eslint). */
export const DEFAULT_REPORT = 'node_modules/.cache/vitest-results.json';

/** The part of Vitest's (Jest-compatible) JSON report the summary needs. */
export interface VitestJsonReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  success: boolean;
  testResults: { name: string; status: string; assertionResults: unknown[] }[];
}

/**
 * The plain summary CI logs are searched for: `N passed, N failed` first, details after.
 * A test file that failed before running any test (an import error) counts as one failure,
 * so a run that lost a whole file never reads as "0 failed".
 */
export function summarize(report: VitestJsonReport): string[] {
  const brokenFiles = report.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  );
  const failed = report.numFailedTests + brokenFiles.length;
  const lines = [`${report.numPassedTests} passed, ${failed} failed`];
  const skipped = report.numPendingTests + report.numTodoTests;
  if (skipped > 0) lines.push(`${skipped} skipped or todo`);
  for (const file of brokenFiles)
    lines.push(`test file failed to run: ${relative(process.cwd(), file.name)}`);
  if (!report.success && failed === 0)
    lines.push('vitest reported errors outside any test (see its output above)');
  return lines;
}

async function main(file: string): Promise<void> {
  let report: VitestJsonReport;
  try {
    report = JSON.parse(await readFile(file, 'utf8')) as VitestJsonReport;
  } catch (error) {
    // The run is broken when there is no report, so the summary must not read "0 failed".
    console.log(`0 passed, 1 failed (no readable Vitest report at ${file}: ${String(error)})`);
    process.exitCode = 1;
    return;
  }
  console.log(summarize(report).join('\n'));
}

const HELP = {
  usage: `Usage: tsx scripts/printTestSummary.ts [report.json]   (default ${DEFAULT_REPORT})`,
  description:
    "Prints 'N passed, N failed' (and what was skipped or broken) from Vitest's JSON report; npm test runs it.",
};

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await runCommand(HELP, (argv) => main(argv[0] ?? DEFAULT_REPORT));
}
