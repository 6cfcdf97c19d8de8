import type { BenchRun } from '../benchRun';
import { figure, type Section } from '../report/figures';
import { pairedRatios, spread } from '../stats';
import { startWorker } from '../workerProcess';
import type { CallsReply } from '../workers/protocol';

/**
 * Gateway overhead: sequential mutations through the handler with no injected latency, against
 * the same AWS calls made directly with the SDK, in rounds that alternate which loop goes first.
 * Both run warm, in their own processes, one at a time.
 */
export async function measureOverhead(run: BenchRun): Promise<Section> {
  const { overheadRounds: rounds, overheadCalls: calls, warmupCalls } = run.settings;
  const handler = await startWorker(run.process(run.bundles.handlerWorker, run.gateway, run.stack.direct));
  const direct = await startWorker(run.process(run.bundles.directWorker, run.gateway, run.stack.direct));
  try {
    await direct.sequential(warmupCalls, 'threeHop', 'warm-up');
    await handler.sequential(warmupCalls, 'update', 'warm-up');
    const gatewayRounds: CallsReply[] = [];
    const directRounds: CallsReply[] = [];
    for (let r = 0; r < rounds; r++) {
      const tag = `overhead ${r}`;
      if (r % 2 === 0) {
        directRounds.push(await direct.sequential(calls, 'threeHop', tag));
        gatewayRounds.push(await handler.sequential(calls, 'update', tag));
      } else {
        gatewayRounds.push(await handler.sequential(calls, 'update', tag));
        directRounds.push(await direct.sequential(calls, 'threeHop', tag));
      }
      run.log(`overhead round ${r + 1}/${rounds}`);
    }
    const rate = (reply: CallsReply) => (reply.durationsMs.length / reply.wallMs) * 1000;
    const cpuPerCall = (reply: CallsReply) => reply.cpuMs / reply.durationsMs.length;
    const gatewayRates = gatewayRounds.map(rate);
    const directRates = directRounds.map(rate);
    const perCall = (replies: CallsReply[]) => replies.flatMap((reply) => reply.durationsMs);
    const gatewayMs = spread(perCall(gatewayRounds));
    const directMs = spread(perCall(directRounds));
    return {
      title: '2. Gateway overhead',
      baseline: 'the same AWS calls made directly with the SDK clients, same parallelism',
      figures: [
        figure({
          name: 'sequential mutations per second',
          unit: '1/s',
          gateway: spread(gatewayRates),
          baseline: spread(directRates),
          ratio: spread(pairedRatios(gatewayRates, directRates)),
          target: { op: '>=', value: 0.8 },
        }),
        figure({
          name: 'CPU of the Lambda process per mutation',
          unit: 'ms',
          gateway: spread(gatewayRounds.map(cpuPerCall)),
          baseline: spread(directRounds.map(cpuPerCall)),
          ratio: spread(pairedRatios(gatewayRounds.map(cpuPerCall), directRounds.map(cpuPerCall))),
          // At 256 MB a Lambda has about 1/7 of a vCPU: CPU milliseconds are what a mutation costs.
          target: { op: '<=', value: 1.15 },
        }),
        figure({
          name: 'latency of one mutation',
          unit: 'ms',
          gateway: gatewayMs,
          baseline: directMs,
          ratio: spread([gatewayMs.median / directMs.median]),
        }),
      ],
      notes: [
        `${rounds} rounds of ${calls} calls per loop after ${warmupCalls} warm-up calls; no injected latency`,
        `the gateway's own time per mutation ≈ ${(gatewayMs.median - directMs.median).toFixed(2)} ms (median latency difference)`,
      ],
    };
  } finally {
    await Promise.all([handler.stop(), direct.stop()]);
  }
}
