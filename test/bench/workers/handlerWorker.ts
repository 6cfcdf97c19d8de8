import type { Context } from 'aws-lambda';
import { attemptsOf, auditEventIdOf, refusedBy } from './answers';
import { hostileDocumentEvent, validDocumentEvent } from './documents';
import { lambdaContext } from './lambdaContext';
import { checkListing, createEvent, listEvent, restoreEvent } from './lifecycleEvents';
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

const invoke = (event: unknown) => handler(event, lambdaContext());

/**
 * Two changes of the bench profile whose events the restores alternate between, so that each
 * restore changes the profile: made once, by the first restore request (its warm-up).
 */
let restorable: Promise<string[]> | undefined;
let restores = 0;
async function twoEvents(): Promise<string[]> {
  const first = auditEventIdOf(await invoke(updateEvent('restorable A')));
  return [first, auditEventIdOf(await invoke(updateEvent('restorable B')))];
}

serveRequests(
  {
    sequential: (kind, tag) => async (i) => {
      if (kind === 'hostileDocument') {
        return refusedBy(await handler(documents.hostile, lambdaContext()), 'GRAPHQL_MAX_TOKENS');
      }
      if (kind === 'validDocument') return attemptsOf(await handler(documents.valid, lambdaContext()));
      if (kind === 'teamBPatch') return attemptsOf(await handler(teamBPatch(`${tag}-${i}`), lambdaContext()));
      if (kind === 'list') {
        const result = await invoke(listEvent());
        checkListing(result, 'team-a');
        return 1;
      }
      if (kind === 'create') return attemptsOf(await invoke(createEvent(`bench-new-${tag}-${i}`)));
      if (kind === 'restore') {
        const events = await (restorable ??= twoEvents());
        // The current content is B's after the changes, then each restore's: the other event's is a change.
        return attemptsOf(await invoke(restoreEvent(events[restores++ % 2]!)));
      }
      const event = kind === 'patch' ? patchEvent(`${tag}-${i}`) : updateEvent(`${tag} ${i}`);
      return attemptsOf(await handler(event, lambdaContext()));
    },
    concurrent: (tag) => async (i) => attemptsOf(await handler(patchEvent(`${tag}-${i}`), lambdaContext())),
    flood: async () => throttledFor(await handler(teamARead(), lambdaContext())),
  },
  { ready: true, importMs },
);
