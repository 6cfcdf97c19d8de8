import type { BenchRun } from '../benchRun';
import { figure, type Section } from '../report/figures';
import { percentile, spread } from '../stats';
import { startWorker } from '../workerProcess';

/**
 * Contention: N concurrent patches of one profile, each upserting a behavior of its own name,
 * under latency L (without latency there is no window for writers to race in). Each round starts
 * from the demo profile and first times one uncontended patch: the baseline of its latencies.
 */
export async function measureContention(run: BenchRun): Promise<Section> {
  const { latencyMs: L, contentionRounds: rounds, contentionWriters: writers } = run.settings;
  run.stack.setLatency(L);
  const handler = await startWorker(run.process(run.bundles.handlerWorker, run.gateway, run.stack.delayed));
  try {
    await handler.sequential(2, 'patch', 'warm-up');
    const latencies: number[] = [];
    const alone: number[] = [];
    const attemptTotals: number[] = [];
    let failures = 0;
    let firstError: string | undefined;
    for (let r = 0; r < rounds; r++) {
      await run.stack.reset();
      alone.push(...(await handler.sequential(1, 'patch', `alone-${r}`)).durationsMs);
      const round = await handler.concurrent(writers, `writer-${r}`);
      latencies.push(...round.durationsMs);
      attemptTotals.push(round.attempts.reduce((sum, n) => sum + n, 0));
      failures += round.failures;
      firstError ??= round.firstError;
      run.log(`contention round ${r + 1}/${rounds}`);
    }
    const aloneMs = spread(alone);
    const point = (p: number) => {
      const value = percentile(latencies, p);
      return { median: value, min: value, max: value, n: latencies.length };
    };
    const ratioOf = (value: number) => ({
      median: value / aloneMs.median,
      min: value / aloneMs.max,
      max: value / aloneMs.min,
      n: alone.length,
    });
    const attempts = spread(attemptTotals);
    return {
      title: '4. Contention',
      baseline: `one uncontended patch (latency), ${writers} attempts (the least ${writers} writes take)`,
      figures: [
        figure({
          name: 'patches that succeeded',
          unit: 'calls',
          gateway: spread([rounds * writers - failures]),
          baseline: spread([rounds * writers]),
          ratio: spread([(rounds * writers - failures) / (rounds * writers)]),
          target: { op: '>=', value: 1 },
        }),
        figure({
          name: `p50 of ${writers} concurrent patches`,
          unit: 'ms',
          gateway: point(0.5),
          baseline: aloneMs,
          ratio: ratioOf(percentile(latencies, 0.5)),
        }),
        figure({
          name: `p99 of ${writers} concurrent patches`,
          unit: 'ms',
          gateway: point(0.99),
          baseline: aloneMs,
          ratio: ratioOf(percentile(latencies, 0.99)),
        }),
        figure({
          name: 'UpdateSecurityProfile attempts per round',
          unit: 'calls',
          gateway: attempts,
          baseline: { median: writers, min: writers, max: writers, n: 1 },
          ratio: {
            median: attempts.median / writers,
            min: attempts.min / writers,
            max: attempts.max / writers,
            n: attempts.n,
          },
        }),
      ],
      notes: [
        `${rounds} rounds of ${writers} concurrent patches under L = ${L} ms, one handler process; ` +
          'the first writer of a round wins, the others retry with backoff',
        ...(firstError ? [`first failure: ${firstError.slice(0, 300)}`] : []),
      ],
    };
  } finally {
    await handler.stop();
    run.stack.setLatency(0);
  }
}
