import type { BenchRun } from '../benchRun';
import { figure, type Section } from '../report/figures';
import { pairedRatios, spread } from '../stats';
import { startWorker } from '../workerProcess';
import type { CallsReply } from '../workers/protocol';

/**
 * A hostile 1 MiB document against a valid document of the same size, through
 * the handler in one warm process, in rounds that alternate which goes first.
 * Both sizes are let through the byte limits (at the defaults, 256 KiB of body
 * and 128 KiB of document, both would be refused before parsing): what is
 * measured is that parsing and everything after it stay linear, the hostile
 * document being refused at the token limit.
 */
export async function measureHostileDocuments(run: BenchRun): Promise<Section> {
  const { documentRounds: rounds, documentCalls: calls } = run.settings;
  const spec = run.process(run.bundles.handlerWorker, run.gateway, run.stack.direct);
  const worker = await startWorker({ ...spec, env: { ...spec.env, ...LARGE_DOCUMENTS } });
  try {
    await worker.sequential(calls, 'validDocument', 'warm-up');
    await worker.sequential(calls, 'hostileDocument', 'warm-up');
    const hostile: CallsReply[] = [];
    const valid: CallsReply[] = [];
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 === 0 ? [valid, hostile] : [hostile, valid];
      for (const replies of order) {
        const kind = replies === hostile ? 'hostileDocument' : 'validDocument';
        replies.push(await worker.sequential(calls, kind, `documents ${r}`));
      }
      run.log(`documents round ${r + 1}/${rounds}`);
    }
    const msPerCall = (reply: CallsReply) => reply.wallMs / reply.durationsMs.length;
    const cpuPerCall = (reply: CallsReply) => reply.cpuMs / reply.durationsMs.length;
    // Issue 12: a hostile document costs no more than a few times a valid one of its size.
    const hostileOverValid = (name: string, measure: (reply: CallsReply) => number) =>
      figure({
        name,
        unit: 'ms',
        gateway: spread(hostile.map(measure)),
        baseline: spread(valid.map(measure)),
        ratio: spread(pairedRatios(hostile.map(measure), valid.map(measure))),
        target: { op: '<=', value: 3 },
      });
    return {
      title: '6. Hostile documents',
      baseline: 'a valid document of the same size (one read, padded with comment lines)',
      figures: [
        hostileOverValid('hostile 1 MiB document ÷ valid document of same size', msPerCall),
        hostileOverValid('CPU of the Lambda process per document', cpuPerCall),
      ],
      notes: [
        `${rounds} rounds of ${calls} requests of each document; REQUEST_MAX_BYTES and GRAPHQL_MAX_DOCUMENT_BYTES raised to 2 MiB, the other limits at their defaults`,
        'the hostile document is refused with BAD_USER_INPUT at GRAPHQL_MAX_TOKENS (checked on every request); the valid one answers its data',
      ],
    };
  } finally {
    await worker.stop();
  }
}

const LARGE_DOCUMENTS = { REQUEST_MAX_BYTES: '2097152', GRAPHQL_MAX_DOCUMENT_BYTES: '2097152' };
