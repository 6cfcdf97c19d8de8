import type { BenchRun } from '../benchRun';
import { figure, type Figure, type Section, type Target } from '../report/figures';
import { percentile, spread, type Spread } from '../stats';
import { startWorker, type Worker } from '../workerProcess';

/** What the rounds measured, summed over them. */
interface Rounds {
  latencies: number[];
  alone: number[];
  /** IoT calls (every operation, as the emulator served them) of each uncontended patch. */
  aloneCalls: number[];
  /** IoT calls of each round, and UpdateSecurityProfile attempts. */
  roundCalls: number[];
  attemptTotals: number[];
  failures: number;
  firstError?: string;
}

/**
 * Contention: N concurrent patches of one profile, each upserting a behavior of its own name,
 * under latency L (without latency there is no window for writers to race in), with the
 * deployed (default) configuration. The writers are spread over several handler processes, as
 * they would be over Lambda instances: what orders them is the writer-turn table, not one
 * process. Each round starts from the demo profile and first times one uncontended patch: the
 * baseline of its latencies and of its IoT calls.
 */
export async function measureContention(run: BenchRun): Promise<Section> {
  const { latencyMs: L, contentionRounds: rounds, contentionWriters: writers } = run.settings;
  const processes = Math.min(run.settings.contentionProcesses, writers);
  run.stack.setLatency(L);
  const handlers = await Promise.all(
    Array.from({ length: processes }, () =>
      startWorker(run.process(run.bundles.handlerWorker, run.gateway, run.stack.delayed)),
    ),
  );
  try {
    // One after another: a warm-up is not a race, and each process patches behaviors of its own.
    for (const [k, handler] of handlers.entries()) await handler.sequential(2, 'patch', `warm-up-${k}`);
    const measured = await measureRounds(run, handlers, rounds, writers);
    return {
      title: '4. Contention',
      baseline: `one uncontended patch (its latency, its IoT calls), ${writers} attempts (the least ${writers} writes take)`,
      figures: contentionFigures(measured, rounds, writers),
      notes: [
        `${rounds} rounds of ${writers} concurrent patches over ${processes} handler processes under ` +
          `L = ${L} ms, default configuration: the writers of the profile take turns`,
        `IoT calls counted as the emulator served them (describe, tags, update)`,
        ...(measured.firstError ? [`first failure: ${measured.firstError.slice(0, 300)}`] : []),
      ],
    };
  } finally {
    await Promise.all(handlers.map((handler) => handler.stop()));
    run.stack.setLatency(0);
  }
}

async function measureRounds(
  run: BenchRun,
  handlers: Worker[],
  rounds: number,
  writers: number,
): Promise<Rounds> {
  const measured: Rounds = {
    latencies: [],
    alone: [],
    aloneCalls: [],
    roundCalls: [],
    attemptTotals: [],
    failures: 0,
  };
  for (let r = 0; r < rounds; r++) {
    await run.stack.reset();
    const beforeAlone = run.stack.iotCalls();
    measured.alone.push(...(await handlers[0]!.sequential(1, 'patch', `alone-${r}`)).durationsMs);
    measured.aloneCalls.push(run.stack.iotCalls() - beforeAlone);
    const beforeRound = run.stack.iotCalls();
    const shares = handlers.map(
      (_, k) => Math.floor(writers / handlers.length) + (k < writers % handlers.length ? 1 : 0),
    );
    const replies = await Promise.all(
      handlers.map((handler, k) => handler.concurrent(shares[k]!, `writer-${r}-${k}`)),
    );
    measured.roundCalls.push(run.stack.iotCalls() - beforeRound);
    for (const round of replies) {
      measured.latencies.push(...round.durationsMs);
      measured.failures += round.failures;
      measured.firstError ??= round.firstError;
    }
    measured.attemptTotals.push(replies.flatMap((round) => round.attempts).reduce((sum, n) => sum + n, 0));
    run.log(`contention round ${r + 1}/${rounds}`);
  }
  return measured;
}

function contentionFigures(measured: Rounds, rounds: number, writers: number): Figure[] {
  const aloneMs = spread(measured.alone);
  const point = (p: number) => {
    const value = percentile(measured.latencies, p);
    return { median: value, min: value, max: value, n: measured.latencies.length };
  };
  const ratioOf = (value: number) => ({
    median: value / aloneMs.median,
    min: value / aloneMs.max,
    max: value / aloneMs.min,
    n: measured.alone.length,
  });
  const latencyFigure = (p: number, target?: Target) =>
    figure({
      name: `p${Math.round(p * 100)} of ${writers} concurrent patches`,
      unit: 'ms',
      gateway: point(p),
      baseline: aloneMs,
      ratio: ratioOf(percentile(measured.latencies, p)),
      ...(target && { target }),
    });
  const aloneCalls = spread(measured.aloneCalls);
  const callsPerWrite = spread(measured.roundCalls.map((calls) => calls / writers));
  const attempts = spread(measured.attemptTotals);
  return [
    figure({
      name: 'patches that succeeded',
      unit: 'calls',
      gateway: spread([rounds * writers - measured.failures]),
      baseline: spread([rounds * writers]),
      ratio: spread([(rounds * writers - measured.failures) / (rounds * writers)]),
      target: { op: '>=', value: 1 },
    }),
    figure({
      name: 'IoT calls per patch',
      unit: 'calls',
      gateway: callsPerWrite,
      baseline: aloneCalls,
      ratio: divided(callsPerWrite, aloneCalls),
      target: { op: '<=', value: 1.5 },
    }),
    latencyFigure(0.5),
    latencyFigure(0.99, { op: '<=', value: 10 }),
    figure({
      name: 'UpdateSecurityProfile attempts per round',
      unit: 'calls',
      gateway: attempts,
      baseline: { median: writers, min: writers, max: writers, n: 1 },
      ratio: divided(attempts, { median: writers, min: writers, max: writers, n: 1 }),
    }),
  ];
}

/** a ÷ b, its bounds the widest the two spreads allow. */
function divided(a: Spread, b: Spread): Spread {
  return { median: a.median / b.median, min: a.min / b.max, max: a.max / b.min, n: a.n };
}
