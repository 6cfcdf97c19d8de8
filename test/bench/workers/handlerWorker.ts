import type { Context } from 'aws-lambda';
import { attemptsOf, refusedBy } from './answers';
import { hostileDocumentEvent, validDocumentEvent } from './documents';
import { lambdaContext } from './lambdaContext';
import { patchEvent, updateEvent } from './mutationEvents';
import { serveRequests } from './serveRequests';
import { teamARead, teamBPatch, throttledFor } from './teamEvents';

// A warm Lambda sandbox: the artifact (gateway or baseline) is imported once, then every request
// of the benchmark is a sequence of invocations of its handler, as the runtime would make them.
type Handler = (event: unknown, context: Context) => Promise<unknown>;

const artifact = process.env.BENCH_ARTIFACT_URL;
if (!artifact) throw new Error('BENCH_ARTIFACT_URL is not set');
const importStart = performance.now();
const { handler } = (await import(artifact)) as { handler: Handler };
const importMs = performance.now() - importStart;

// Built once: a request's time is the handler's, not the 1 MiB string's.
const documents = { hostile: hostileDocumentEvent(), valid: validDocumentEvent() };

serveRequests(
  {
    sequential: (kind, tag) => async (i) => {
      if (kind === 'hostileDocument') {
        return refusedBy(await handler(documents.hostile, lambdaContext()), 'GRAPHQL_MAX_TOKENS');
      }
      if (kind === 'validDocument') return attemptsOf(await handler(documents.valid, lambdaContext()));
      if (kind === 'teamBPatch') return attemptsOf(await handler(teamBPatch(`${tag}-${i}`), lambdaContext()));
      const event = kind === 'patch' ? patchEvent(`${tag}-${i}`) : updateEvent(`${tag} ${i}`);
      return attemptsOf(await handler(event, lambdaContext()));
    },
    concurrent: (tag) => async (i) => attemptsOf(await handler(patchEvent(`${tag}-${i}`), lambdaContext())),
    flood: async () => throttledFor(await handler(teamARead(), lambdaContext())),
  },
  { ready: true, importMs },
);
