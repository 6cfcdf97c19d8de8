import type { CallsReply, WorkerReady, WorkerReply, WorkerRequest } from './protocol';
import { FailedCall, memoryNow } from './answers';

/** Runs one call and returns its attempts; rejects when the call failed. */
export type Call = (index: number) => Promise<number>;

/** How a worker turns a request into calls. */
export interface WorkerCalls {
  sequential(kind: Extract<WorkerRequest, { op: 'sequential' }>['kind'], tag: string): Call;
  concurrent?(tag: string): Call;
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

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}
