import type { BenchRun } from '../benchRun';
import { figure, type Section } from '../report/figures';
import { spread } from '../stats';
import { startWorker, type Worker } from '../workerProcess';

/**
 * Critical path: every call to the emulator and to dynalite (through the delaying proxy) takes a
 * fixed latency L more; a warm mutation's latency ÷ L counts the hops it waits for. The first
 * mutation of a process is reported apart: it connects, reads the policy, and learns the
 * account's ARN prefix with a describe before it can list tags in parallel.
 */
export async function measureCriticalPath(run: BenchRun): Promise<Section> {
  const { latencyMs: L, criticalPathCalls: calls } = run.settings;
  run.stack.setLatency(L);
  const handler = await startWorker(run.process(run.bundles.handlerWorker, run.gateway, run.stack.delayed));
  const direct = await startWorker(run.process(run.bundles.directWorker, run.gateway, run.stack.delayed));
  try {
    const first = await firstMutations(run, handler);
    await direct.sequential(2, 'threeHop', 'warm-up');
    await handler.sequential(2, 'update', 'warm-up');
    const warm = spread((await handler.sequential(calls, 'update', 'critical path')).durationsMs);
    const floor = spread((await direct.sequential(calls, 'threeHop', 'critical path')).durationsMs);
    const single = spread((await direct.sequential(calls, 'single', 'critical path')).durationsMs);
    run.log('critical path');
    const nominal = { median: L, min: L, max: L, n: 1 };
    const overL = (s: typeof warm) => ({ median: s.median / L, min: s.min / L, max: s.max / L, n: s.n });
    return {
      title: '3. Critical path',
      baseline: `L = ${L} ms added to every AWS call`,
      figures: [
        figure({
          name: 'warm mutation ÷ L',
          unit: 'ms',
          gateway: warm,
          baseline: nominal,
          ratio: overL(warm),
          target: { op: '<=', value: 3.3 },
        }),
        figure({
          name: 'the same calls direct (3-hop floor) ÷ L',
          unit: 'ms',
          gateway: floor,
          baseline: nominal,
          ratio: overL(floor),
        }),
        figure({
          name: 'one direct UpdateSecurityProfile ÷ L',
          unit: 'ms',
          gateway: single,
          baseline: nominal,
          ratio: overL(single),
        }),
        figure({
          name: 'first mutation of a process ÷ L',
          unit: 'ms',
          gateway: first,
          baseline: nominal,
          ratio: overL(first),
        }),
      ],
      notes: [
        `${calls} warm mutations after 3; hops actually waited for ≈ ${(warm.median / single.median).toFixed(2)} (warm mutation ÷ one direct call)`,
      ],
    };
  } finally {
    await Promise.all([handler.stop(), direct.stop()]);
    run.stack.setLatency(0);
  }
}

// The first mutation of `run.settings.firstMutations` processes: the worker already started, then fresh ones.
async function firstMutations(run: BenchRun, started: Worker) {
  const durations = (await started.sequential(1, 'update', 'first')).durationsMs;
  for (let i = 1; i < run.settings.firstMutations; i++) {
    const fresh = await startWorker(run.process(run.bundles.handlerWorker, run.gateway, run.stack.delayed));
    try {
      durations.push(...(await fresh.sequential(1, 'update', 'first')).durationsMs);
    } finally {
      await fresh.stop();
    }
  }
  return spread(durations);
}
