import { fork, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  COLD_START_MARKER,
  type CallsReply,
  type ColdStartFigures,
  type MemoryReply,
  type WorkerReady,
  type WorkerReply,
  type WorkerRequest,
} from './workers/protocol';

/** How to start a measured process: its script, its environment and its Node flags. */
export interface ProcessSpec {
  /** File URL of the bundled script. */
  script: string;
  env: Record<string, string>;
  execArgv: readonly string[];
}

/** A worker process waiting for requests. */
export interface Worker {
  /** How long the worker took to import what it measures. */
  importMs: number;
  sequential(
    count: number,
    kind: Extract<WorkerRequest, { op: 'sequential' }>['kind'],
    tag: string,
  ): Promise<CallsReply>;
  concurrent(count: number, tag: string): Promise<CallsReply>;
  /** `loops` callers at full rate for `durationMs` (see `runFlood`). */
  flood(loops: number, durationMs: number): Promise<CallsReply>;
  memory(): Promise<MemoryReply>;
  stop(): Promise<void>;
}

// Omit member by member: Omit of the union itself would keep only the members they share.
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
type Request = WithoutId<WorkerRequest>;

const STDERR_TAIL = 4_000;

/**
 * Forks a worker on this process's Node (24 under npm) with only the given flags, so no loader
 * of the benchmark's own TypeScript runs inside it. Its stdout (the handler's logs) is
 * discarded, as Lambda would ship it elsewhere; the tail of stderr explains a failure.
 */
export async function startWorker(spec: ProcessSpec): Promise<Worker> {
  const child = fork(fileURLToPath(spec.script), [], {
    execPath: process.execPath,
    execArgv: [...spec.execArgv],
    env: spec.env,
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    serialization: 'json',
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-STDERR_TAIL)));
  const pending = new Map<number, (reply: WorkerReply) => void>();
  let nextId = 1;
  let ending = '';
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      ending = signal ? `signal ${signal}` : `code ${code}`;
      resolve();
    }),
  );
  const ready = new Promise<WorkerReady>((resolve, reject) => {
    child.on('message', (message: WorkerReply | WorkerReady) => {
      if ('ready' in message) resolve(message);
      else pending.get(message.id)?.(message);
    });
    void exited.then(() => {
      const why = new Error(`worker ${spec.script} exited (${ending}): ${stderr || 'no output'}`);
      reject(why);
      for (const settle of pending.values()) settle({ id: 0, ok: false, error: why.message });
    });
  });
  const { importMs } = await ready;
  const ask = (request: Request) =>
    new Promise<WorkerReply & { ok: true }>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, (reply) => {
        pending.delete(id);
        if (reply.ok) resolve(reply);
        else reject(new Error(`worker request ${request.op} failed: ${reply.error}\n${stderr}`));
      });
      child.send({ ...request, id });
    });
  return {
    importMs,
    sequential: async (count, kind, tag) => (await ask({ op: 'sequential', count, kind, tag })).calls!,
    concurrent: async (count, tag) => (await ask({ op: 'concurrent', count, tag })).calls!,
    flood: async (count, durationMs) => (await ask({ op: 'flood', count, durationMs })).calls!,
    memory: async () => (await ask({ op: 'memory' })).memory!,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.disconnect();
      await exited;
    },
  };
}

/** Runs one cold start in a fresh process and returns its figures. */
export async function runColdStart(spec: ProcessSpec): Promise<ColdStartFigures> {
  const child = spawn(process.execPath, [...spec.execArgv, fileURLToPath(spec.script)], {
    env: spec.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-STDERR_TAIL)));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  const line = stdout.split('\n').find((text) => text.startsWith(COLD_START_MARKER));
  if (code !== 0 || line === undefined) {
    throw new Error(
      `cold start of ${spec.env.BENCH_ARTIFACT_URL} failed (exit ${code}):\n${stderr}\n${stdout.slice(-STDERR_TAIL)}`,
    );
  }
  return JSON.parse(line.slice(COLD_START_MARKER.length)) as ColdStartFigures;
}
