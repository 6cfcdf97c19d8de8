import type { BenchRun } from '../benchRun';
import { figure, type Section } from '../report/figures';
import { percentile, spread } from '../stats';
import { BENCH_FAIR_SHARE_POLICY_PARAMETER } from '../stack/benchStack';
import { startWorker } from '../workerProcess';

/** team-a's share in the demo policy (src/local/demoTeamPolicy.json), which this figure's processes read. */
const TEAM_A_SHARE = 150;
/** Rounds of quiet and loud halves, alternated so that drift in the machine's load falls on both. */
const ROUNDS = 2;

/**
 * The fair share (issue 12, item 2; issue 16, target 4): team-b's changes timed under latency L
 * while team-a is quiet, then while team-a reads at full rate from another Lambda instance (its
 * callers call again as soon as they are answered, and wait out the retry hint of a THROTTLED
 * answer), so that team-a spends its whole share every second. Target: team-b's p50 within
 * 1.2× of its quiet p50.
 */
export async function measureFairShare(run: BenchRun): Promise<Section> {
  const { latencyMs: L, fairShareCalls: calls, fairShareLoops: loops } = run.settings;
  run.stack.setLatency(L);
  const withDemoShares = () => {
    const spec = run.process(run.bundles.handlerWorker, run.gateway, run.stack.delayed);
    return { ...spec, env: { ...spec.env, TEAM_POLICY_PARAMETER: BENCH_FAIR_SHARE_POLICY_PARAMETER } };
  };
  const [quietTeam, loudTeam] = await Promise.all([
    startWorker(withDemoShares()),
    startWorker(withDemoShares()),
  ]);
  try {
    await quietTeam.sequential(2, 'teamBPatch', 'warm-up');
    await loudTeam.flood(1, 200);
    const quiet: number[] = [];
    const loud: number[] = [];
    const flooded = { answered: 0, refused: 0, wallMs: 0 };
    for (let r = 0; r < ROUNDS; r++) {
      // Each round from the demo profiles: every patch adds a behavior, and a profile holds 100.
      await run.stack.reset();
      const alone = await quietTeam.sequential(calls, 'teamBPatch', `quiet-${r}`);
      quiet.push(...alone.durationsMs);
      // The flood outlasts the timed changes: they run while team-a is at full rate throughout.
      const [reply, beside] = await Promise.all([
        loudTeam.flood(loops, alone.wallMs * 1.5 + 1_000),
        new Promise((resolve) => setTimeout(resolve, 300)).then(() =>
          quietTeam.sequential(calls, 'teamBPatch', `loud-${r}`),
        ),
      ]);
      loud.push(...beside.durationsMs);
      flooded.answered += reply.attempts.length - reply.failures;
      flooded.refused += reply.failures;
      flooded.wallMs += reply.wallMs;
      run.log(`fair share round ${r + 1}/${ROUNDS}`);
    }
    const quietMs = spread(quiet);
    const loudP50 = percentile(loud, 0.5);
    const readsPerSecond = flooded.answered / (flooded.wallMs / 1000);
    return {
      title: '7. Fair share',
      baseline: "team-b's patches while team-a is quiet (latency)",
      figures: [
        figure({
          name: "team-b's patch p50 while team-a is at full rate",
          unit: 'ms',
          gateway: { median: loudP50, min: loudP50, max: loudP50, n: loud.length },
          baseline: quietMs,
          ratio: {
            median: loudP50 / quietMs.median,
            min: loudP50 / quietMs.max,
            max: loudP50 / quietMs.min,
            n: 1,
          },
          target: { op: '<=', value: 1.2 },
        }),
        figure({
          name: "team-a's IoT calls per second, against its share",
          unit: 'calls/s',
          gateway: spread([readsPerSecond * 2]),
          baseline: spread([TEAM_A_SHARE]),
          ratio: spread([(readsPerSecond * 2) / TEAM_A_SHARE]),
          target: { op: '<=', value: 1.05 },
        }),
      ],
      notes: [
        `${ROUNDS} rounds of ${calls} sequential patches of team-b under L = ${L} ms, alone and beside ` +
          `${loops} team-a callers reading at full rate from a second handler process`,
        `team-a: ${flooded.answered} reads answered, ${flooded.refused} THROTTLED (each waits out retryAfterSeconds)`,
      ],
    };
  } finally {
    await Promise.all([quietTeam.stop(), loudTeam.stop()]);
    run.stack.setLatency(0);
  }
}
