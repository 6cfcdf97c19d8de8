import type { Context } from 'aws-lambda';
import { attemptsOf } from './answers';
import { lambdaContext } from './lambdaContext';
import { patchEvent, updateEvent } from './mutationEvents';
import { serveRequests } from './serveRequests';

// A warm Lambda sandbox: the artifact (gateway or baseline) is imported once, then every request
// of the benchmark is a sequence of invocations of its handler, as the runtime would make them.
type Handler = (event: unknown, context: Context) => Promise<unknown>;

const artifact = process.env.BENCH_ARTIFACT_URL;
if (!artifact) throw new Error('BENCH_ARTIFACT_URL is not set');
const importStart = performance.now();
const { handler } = (await import(artifact)) as { handler: Handler };
const importMs = performance.now() - importStart;

serveRequests(
  {
    sequential: (kind, tag) => async (i) => {
      const event = kind === 'patch' ? patchEvent(`${tag}-${i}`) : updateEvent(`${tag} ${i}`);
      return attemptsOf(await handler(event, lambdaContext()));
    },
    concurrent: (tag) => async (i) => attemptsOf(await handler(patchEvent(`${tag}-${i}`), lambdaContext())),
  },
  { ready: true, importMs },
);
