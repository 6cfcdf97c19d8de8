/** What the benchmark asks a worker process to do; each request gets one reply with its `id`. */
export type WorkerRequest =
  | {
      id: number;
      op: 'sequential';
      count: number;
      kind:
        | 'update'
        | 'patch'
        | 'threeHop'
        | 'single'
        | 'hostileDocument'
        | 'validDocument'
        | 'teamBPatch'
        | 'list'
        | 'create'
        | 'restore';
      tag: string;
    }
  | { id: number; op: 'concurrent'; count: number; tag: string }
  | { id: number; op: 'memory' }
  /** `count` loops of calls for `durationMs`, each waiting out the retry hint of a THROTTLED answer. */
  | { id: number; op: 'flood'; count: number; durationMs: number };

/** Per-call figures of a `sequential` or `concurrent` request. */
export interface CallsReply {
  /** Latency of each call, in call order (ms). */
  durationsMs: number[];
  /** UpdateSecurityProfile attempts of each call (1 for the baselines). */
  attempts: number[];
  /** From the first call's start to the last call's end (ms). */
  wallMs: number;
  /** CPU time (user + system) the worker process spent meanwhile (ms). */
  cpuMs: number;
  /** Calls that did not succeed, and the first error of them. */
  failures: number;
  firstError?: string;
}

/** Memory of the worker process right now. */
export interface MemoryReply {
  /** Peak resident set size since the process started (bytes). */
  maxRssBytes: number;
  rssBytes: number;
  /** V8 heap in use after a full garbage collection (bytes). */
  heapUsedAfterGcBytes: number;
}

/** A worker's answer: the figures, or why it could not produce them. */
export type WorkerReply =
  | { id: number; ok: true; calls?: CallsReply; memory?: MemoryReply }
  | { id: number; ok: false; error: string };

/** The first message of a worker: it has loaded what it measures. */
export interface WorkerReady {
  ready: true;
  importMs: number;
}

/** Prefix of the one line of a cold-start driver's stdout that carries its figures (the handler's logs share stdout). */
export const COLD_START_MARKER = '@@cold-start@@';

/** The figures of one cold start, in ms since the process started. */
export interface ColdStartFigures {
  /** Node's own start-up, until the driver begins importing the artifact. */
  bootMs: number;
  importMs: number;
  firstInvokeMs: number;
  totalMs: number;
}
