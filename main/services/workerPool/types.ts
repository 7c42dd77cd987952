/** Public types of the worker pool; see main/services/workerPool.ts for the protocol. */
import type { Transferable, Worker } from 'node:worker_threads';

/** Creates one fresh worker thread running a worker entry file (tsx in tests/CLI, electron-vite `?nodeWorker` in the app). */
export type WorkerFactory = () => Worker;

/** Same shape as `ProgressMessage` in workers/runtime.ts (what `progressReporter` posts). */
export interface ProgressMessage {
  readonly fraction: number;
  readonly message?: string;
}

export interface RunOptions {
  /** Called with each progress message, in the order the worker posted them, and never after the call settles. */
  onProgress?: (p: ProgressMessage) => void;
  /** Cancellation: rejects with TaskCancelledError; a running task's worker is terminated and replaced. */
  signal?: AbortSignal;
  /** Overrides the pool's taskTimeoutMs for this call; counted from dispatch to a ready worker (not queueing, not thread start-up). */
  timeoutMs?: number;
  /**
   * Buffers inside `input` to transfer rather than copy; they are detached on this side once dispatched.
   * Typed as ArrayBufferLike too so `[series.buffer]` type-checks; SharedArrayBuffers are shared, never
   * copied, and are left out of the transfer list (postMessage rejects them there).
   */
  transfer?: ReadonlyArray<Transferable | ArrayBufferLike>;
}

/** Type of the first parameter of a worker method (`undefined` for a method without parameters). */
export type FirstArg<F> = F extends (...args: infer P) => unknown ? P[0] : never;

/** Resolved result of a worker method. */
export type MethodResult<F> = F extends (...args: never[]) => infer R ? Awaited<R> : never;

export interface PoolStats {
  /** Workers currently running a task. */
  busy: number;
  /** Live workers waiting for a task. */
  idle: number;
  /** Calls waiting for a free worker. */
  queued: number;
  /** Workers terminated after a crash, timeout or cancellation and replaced by a fresh one. */
  replaced: number;
  /** Calls that settled with the worker's own result or error (not crash, timeout, cancel or close). */
  completed: number;
}

export interface WorkerPool<Api> {
  run<K extends keyof Api & string>(method: K, input: FirstArg<Api[K]>, options?: RunOptions): Promise<MethodResult<Api[K]>>;
  /** Maximum number of worker threads. */
  readonly size: number;
  stats(): PoolStats;
  /** Rejects queued and running calls with PoolClosedError, releases the comlink proxies and terminates every worker. */
  close(): Promise<void>;
}

export interface WorkerPoolOptions {
  factory: WorkerFactory;
  /** Number of worker threads; default `os.availableParallelism()`. */
  size?: number;
  /** Default per-call timeout in ms; default 10 minutes. */
  taskTimeoutMs?: number;
  /** A worker whose entry file has not loaded within this many ms is treated as crashed; default 60 s. */
  startupTimeoutMs?: number;
  /** Named in every error message, e.g. 'simulation'. */
  name?: string;
}
