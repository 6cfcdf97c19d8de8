import type { CallsReply, WorkerReady, WorkerReply, WorkerRequest } from './protocol';
import { FailedCall, memoryNow } from './answers';

/** Runs one call and returns its attempts; rejects when the call failed. */
export type Call = (index: number) => Promise<number>;

/** One call of a flood: resolves 0 when answered, or how long the answer asked to wait (ms). */
export type FloodCall = () => Promise<number>;

/** How a worker turns a request into calls. */
export interface WorkerCalls {
  sequential(kind: Extract<WorkerRequest, { op: 'sequential' }>['kind'], tag: string): Call;
  concurrent?(tag: string): Call;
  flood?: FloodCall;
}

/**
 * Answers the benchmark's requests over the IPC channel, one at a time, until the parent
 * disconnects. Failures become error replies: the parent decides what they mean.
 */
export function serveRequests(calls: WorkerCalls, ready: WorkerReady): void {
  const send = (message: WorkerReply | WorkerReady) => {
    process.send?.(message);
  };
  // One request at a time, in order: a measurement must not share the process with another.
  let queue = Promise.resolve();
  process.on('message', (request: WorkerRequest) => {
    queue = queue.then(async () => send(await answer(calls, request)));
  });
  process.on('disconnect', () => process.exit(0));
  send(ready);
}

async function answer(calls: WorkerCalls, request: WorkerRequest): Promise<WorkerReply> {
  try {
    switch (request.op) {
      case 'sequential':
        return {
          id: request.id,
          ok: true,
          calls: await runSequential(calls.sequential(request.kind, request.tag), request.count),
        };
      case 'concurrent':
        if (!calls.concurrent) throw new Error('this worker runs no concurrent calls');
        return {
          id: request.id,
          ok: true,
          calls: await runConcurrent(calls.concurrent(request.tag), request.count),
        };
      case 'memory':
        return { id: request.id, ok: true, memory: memoryNow() };
      case 'flood':
        if (!calls.flood) throw new Error('this worker runs no flood');
        return {
          id: request.id,
          ok: true,
          calls: await runFlood(calls.flood, request.count, request.durationMs),
        };
    }
  } catch (error) {
    return {
      id: request.id,
      ok: false,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
}

async function runSequential(call: Call, count: number): Promise<CallsReply> {
  const durationsMs: number[] = [];
  const attempts: number[] = [];
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    attempts.push(await call(i));
    durationsMs.push(performance.now() - t0);
  }
  return { durationsMs, attempts, wallMs: performance.now() - started, cpuMs: cpuMsSince(cpu), failures: 0 };
}

async function runConcurrent(call: Call, count: number): Promise<CallsReply> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const results = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const t0 = performance.now();
      try {
        return { attempts: await call(i), ms: performance.now() - t0 };
      } catch (error) {
        const attempts = error instanceof FailedCall ? error.attempts : 0;
        return { attempts, ms: performance.now() - t0, error: String(error) };
      }
    }),
  );
  const failed = results.filter((result) => 'error' in result);
  return {
    durationsMs: results.map((result) => result.ms),
    attempts: results.map((result) => result.attempts),
    wallMs: performance.now() - started,
    cpuMs: cpuMsSince(cpu),
    failures: failed.length,
    ...(failed[0] && 'error' in failed[0] && { firstError: failed[0].error }),
  };
}

/**
 * `loops` callers at full rate for `durationMs`: each calls again as soon as it is answered, and
 * waits out the retry hint when it is THROTTLED. `attempts` holds 1 per answered call and 0 per
 * refused one; `failures` counts the refused.
 */
async function runFlood(call: FloodCall, loops: number, durationMs: number): Promise<CallsReply> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const deadline = started + durationMs;
  const durationsMs: number[] = [];
  const attempts: number[] = [];
  await Promise.all(
    Array.from({ length: loops }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        const wait = await call();
        durationsMs.push(performance.now() - t0);
        attempts.push(wait === 0 ? 1 : 0);
        if (wait > 0)
          await new Promise((resolve) => setTimeout(resolve, Math.min(wait, deadline - performance.now())));
      }
    }),
  );
  const failures = attempts.filter((answered) => answered === 0).length;
  return { durationsMs, attempts, wallMs: performance.now() - started, cpuMs: cpuMsSince(cpu), failures };
}

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}
