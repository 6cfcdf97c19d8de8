import { COLD_START_MARKER } from './protocol';
import { attemptsOf } from './answers';
import { lambdaContext } from './lambdaContext';
import { updateEvent } from './mutationEvents';

// One cold start, as the Lambda runtime makes it: a fresh process imports the artifact and
// answers one mutation. performance.now() counts from the process's start.
const artifact = process.env.BENCH_ARTIFACT_URL;
if (!artifact) throw new Error('BENCH_ARTIFACT_URL is not set');
const bootMs = performance.now();
const { handler } = (await import(artifact)) as {
  handler: (event: unknown, context: unknown) => Promise<unknown>;
};
const imported = performance.now();
const result = await handler(updateEvent('cold start'), lambdaContext());
const answered = performance.now();
attemptsOf(result);
const figures = {
  bootMs,
  importMs: imported - bootMs,
  firstInvokeMs: answered - imported,
  totalMs: answered,
};
// Keep-alive sockets of the SDK would hold the process open; a Lambda sandbox is frozen instead.
process.stdout.write(`\n${COLD_START_MARKER}${JSON.stringify(figures)}\n`, () => process.exit(0));
