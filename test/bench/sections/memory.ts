import type { BenchRun } from '../benchRun';
import { figure, type Section, type Target } from '../report/figures';
import { spread } from '../stats';
import { startWorker, type Worker } from '../workerProcess';
import type { MemoryReply } from '../workers/protocol';

const MIB = 2 ** 20;
/** The deployed function's memory (serverless.yml). */
const LAMBDA_MEMORY_MIB = 256;
const CHUNK = 500;

/**
 * Memory: a fresh handler process makes the first mark's number of mutations, then the last
 * mark's; its peak RSS and its heap after a full GC are read at both. The baseline handler makes
 * the same number of UpdateSecurityProfile calls in its own process. A leak shows as growth
 * between the marks; the 256 MB of the function bounds the peak.
 */
export async function measureMemory(run: BenchRun): Promise<Section> {
  const [early, late] = run.settings.memoryMarks;
  const gateway = await marks(run, run.gateway, 'update');
  const baseline = await marks(run, run.bundles.baseline, 'update');
  const mib = (bytes: number) => spread([bytes / MIB]);
  const row = (name: string, pick: (m: MemoryReply) => number, at: 0 | 1) =>
    figure({
      name,
      unit: 'MiB',
      gateway: mib(pick(gateway[at])),
      baseline: mib(pick(baseline[at])),
      ratio: spread([pick(gateway[at]) / pick(baseline[at])]),
    });
  const peak = (m: MemoryReply) => m.maxRssBytes;
  const retained = (m: MemoryReply) => m.heapUsedAfterGcBytes;
  const growth = (name: string, pick: (m: MemoryReply) => number, target?: Target) => {
    const of = (pair: [MemoryReply, MemoryReply]) => pick(pair[1]) / pick(pair[0]);
    return figure({
      name: `${name} growth ${early} → ${late}`,
      unit: '×',
      gateway: spread([of(gateway)]),
      baseline: spread([of(baseline)]),
      ratio: spread([of(gateway)]),
      ...(target && { target }),
    });
  };
  const ofLambda = (m: MemoryReply) => spread([peak(m) / (LAMBDA_MEMORY_MIB * MIB)]);
  return {
    title: '5. Memory',
    baseline: 'the baseline handler after as many UpdateSecurityProfile calls',
    figures: [
      row(`peak RSS after ${early} mutations`, peak, 0),
      row(`peak RSS after ${late} mutations`, peak, 1),
      row(`heap after GC, ${early} mutations`, retained, 0),
      row(`heap after GC, ${late} mutations`, retained, 1),
      // A leak is memory that stays reachable: the heap a full GC leaves. Peak RSS is a
      // high-water mark that GC timing alone can raise, so its growth is shown, not judged.
      growth('heap after GC', retained, { op: '<=', value: 1.05 }),
      growth('peak RSS', peak),
      figure({
        name: `peak RSS ÷ the function's ${LAMBDA_MEMORY_MIB} MB`,
        unit: '×',
        gateway: ofLambda(gateway[1]),
        baseline: ofLambda(baseline[1]),
        ratio: ofLambda(gateway[1]),
        target: { op: '<=', value: 0.6 },
      }),
    ],
    notes: [
      `fresh processes with the 256 MB function's heap limits, no injected latency; the gateway's heap after GC ` +
        `grew ${(((retained(gateway[1]) - retained(gateway[0])) / (late - early)) * (1000 / 1024)).toFixed(1)} KiB per 1,000 mutations`,
    ],
  };
}

async function marks(run: BenchRun, artifact: string, kind: 'update'): Promise<[MemoryReply, MemoryReply]> {
  const worker = await startWorker(run.process(run.bundles.handlerWorker, artifact, run.stack.direct));
  try {
    const [early, late] = run.settings.memoryMarks;
    await callsUpTo(worker, 0, early, kind);
    const first = await worker.memory();
    await callsUpTo(worker, early, late, kind);
    const last = await worker.memory();
    run.log(`memory of ${artifact === run.gateway ? 'gateway' : 'baseline'}`);
    return [first, last];
  } finally {
    await worker.stop();
  }
}

async function callsUpTo(worker: Worker, from: number, to: number, kind: 'update'): Promise<void> {
  for (let done = from; done < to; done += CHUNK) {
    await worker.sequential(Math.min(CHUNK, to - done), kind, `memory ${done}`);
  }
}
