/**
 * Worker pool: runs methods of a worker entry file (workers/*.ts, built on workers/runtime.ts) on a
 * fixed number of Node worker threads, through comlink.
 *
 * Protocol (pool side of workers/runtime.ts; comlink notes in /work/shared/NOTES-stack.md):
 * - Each worker runs `exposeWorkerApi(api)`: comlink `expose(api, nodeEndpoint(parentPort))`. The pool
 *   holds `wrap(nodeEndpoint(worker))` for each worker and keeps that proxy referenced until the worker
 *   is retired (comlink releases an endpoint when its proxy is garbage-collected).
 * - A call is `method(input, progressPort?)`. When the caller passes `onProgress`, the pool creates one
 *   MessageChannel for the call and transfers port2 as the second argument; the worker's
 *   `progressReporter(port)` posts `{ fraction, message? }` on it and the pool forwards them in order.
 *   When the call settles the pool drains the messages already posted (they travel on a different
 *   port from the result) and closes the channel, so `onProgress` is never called after settlement.
 *   Without `onProgress` no port is passed and the worker's reporter is a no-op.
 * - `options.transfer` lists buffers inside `input` to transfer instead of copying. Results are
 *   transferred by the worker (`transferResult`), so a Float64Array arrives without a copy.
 * - Comlink never rejects a pending call when its worker dies. The pool listens to the worker's
 *   `error`, `messageerror` and `exit` events and rejects the running call with WorkerCrashedError.
 *   Timeout and cancellation cannot interrupt a thread either: the pool terminates the worker.
 *   After a crash, timeout or cancellation of a running call, a fresh worker from the factory
 *   replaces the old one at once, so the pool keeps its size and later calls work. A worker that
 *   dies while idle is dropped without immediate replacement (a worker entry that fails at start-up
 *   must not make the pool respawn in a loop); the next call starts a new one.
 * - Workers are created lazily: the first calls start them, up to `size`. Calls beyond `size` wait
 *   in a FIFO queue. A call may be dispatched to a worker that is still starting (its message waits
 *   in the worker's port); the pool knows the worker is ready when it answers a start-up probe (a
 *   comlink GET of an unused property). The call timeout counts from dispatch to a ready worker, not
 *   from queueing nor thread start-up; a worker not ready within `startupTimeoutMs` (default 60 s)
 *   is treated as crashed.
 * - `close()` rejects queued and running calls with PoolClosedError, releases each comlink proxy and
 *   terminates every worker; it resolves once all threads have exited.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { releaseProxy, transfer, wrap, type Remote } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { PoolClosedError, TaskCancelledError, WorkerCrashedError, WorkerTimeoutError } from './workerPool/errors';
import { openProgressChannel, type ProgressChannel } from './workerPool/progressChannel';
import type { PoolStats, RunOptions, WorkerPool, WorkerPoolOptions } from './workerPool/types';

export { PoolClosedError, TaskCancelledError, WorkerCrashedError, WorkerTimeoutError } from './workerPool/errors';
export type { FirstArg, MethodResult, PoolStats, ProgressMessage, RunOptions, WorkerFactory, WorkerPool, WorkerPoolOptions } from './workerPool/types';

const DEFAULT_TASK_TIMEOUT_MS = 10 * 60 * 1000;
/** Generous: tsx compiles the entry's import graph on first load, and the machine may be busy. */
const DEFAULT_STARTUP_TIMEOUT_MS = 60 * 1000;
/** Property read by the start-up probe; no worker API defines it, so the answer is `undefined`. */
const STARTUP_PROBE = '__ilotWorkerPoolStartupProbe__';
/** setTimeout fires at once beyond this (2^31 − 1 ms, about 24.8 days); longer timeouts mean "no timeout". */
const MAX_TIMER_MS = 2_147_483_647;

type AnyMethod = (...args: unknown[]) => Promise<unknown>;
type RemoteApi = Remote<Record<string, AnyMethod>>;

interface Slot {
  readonly worker: Worker;
  readonly remote: RemoteApi;
  task: Task | undefined;
  retired: boolean;
  /** True once the worker answered the start-up probe, i.e. its entry file has loaded and called expose(). */
  ready: boolean;
  startupTimer: ReturnType<typeof setTimeout> | undefined;
}

interface Task {
  readonly method: string;
  readonly input: unknown;
  readonly options: RunOptions;
  readonly timeoutMs: number;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
  settled: boolean;
  draining: boolean;
  progressError: { error: unknown } | undefined;
  slot: Slot | undefined;
  timer: ReturnType<typeof setTimeout> | undefined;
  channel: ProgressChannel | undefined;
  onAbort: (() => void) | undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function checkTimeout(value: number, field: string): void {
  if (typeof value !== 'number' || Number.isNaN(value) || value <= 0) {
    throw new RangeError(`${field} must be a positive number of milliseconds (Infinity for none), got ${String(value)}`);
  }
}

export function createWorkerPool<Api>(options: WorkerPoolOptions): WorkerPool<Api> {
  const name = options.name ?? 'workers';
  const size = options.size ?? availableParallelism();
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`Worker pool "${name}": size must be an integer ≥ 1, got ${String(size)}`);
  const defaultTimeoutMs = options.taskTimeoutMs ?? DEFAULT_TASK_TIMEOUT_MS;
  checkTimeout(defaultTimeoutMs, `Worker pool "${name}": taskTimeoutMs`);
  const startupTimeoutMs = options.startupTimeoutMs ?? DEFAULT_STARTUP_TIMEOUT_MS;
  checkTimeout(startupTimeoutMs, `Worker pool "${name}": startupTimeoutMs`);
  if (!Number.isFinite(startupTimeoutMs) || startupTimeoutMs > MAX_TIMER_MS) {
    throw new RangeError(`Worker pool "${name}": startupTimeoutMs must be finite and at most ${MAX_TIMER_MS} ms, got ${startupTimeoutMs}`);
  }
  const { factory } = options;

  const slots: Slot[] = [];
  const queue: Task[] = [];
  const exits = new Set<Promise<unknown>>();
  let replaced = 0;
  let completed = 0;
  let closed = false;
  let closing: Promise<void> | undefined;

  function spawn(): Slot {
    const worker = factory();
    const remote = wrap<Record<string, AnyMethod>>(nodeEndpoint(worker));
    const slot: Slot = { worker, remote, task: undefined, retired: false, ready: false, startupTimer: undefined };
    worker.on('error', (error) => died(slot, `crashed: ${describe(error)}`, { cause: error }));
    worker.on('messageerror', (error) => died(slot, `sent a message that could not be deserialised: ${describe(error)}`, { cause: error }));
    worker.on('exit', (exitCode) => died(slot, `exited with code ${exitCode}`, { exitCode }));
    // Start-up probe: a comlink GET of a property no API defines. Messages wait in the worker's port until
    // expose() listens, so the answer means the entry file is loaded. Call timeouts start from there, so
    // thread start-up (hundreds of ms under tsx, more on a loaded machine) is not charged to the first call.
    Promise.resolve(remote[STARTUP_PROBE] as unknown).then(() => becameReady(slot), () => undefined);
    slot.startupTimer = setTimeout(() => died(slot, `did not start within ${startupTimeoutMs} ms`, {}), startupTimeoutMs);
    slots.push(slot);
    return slot;
  }

  function becameReady(slot: Slot): void {
    if (slot.retired || slot.ready) return;
    slot.ready = true;
    clearTimeout(slot.startupTimer);
    if (slot.task && !slot.task.settled) startTimer(slot.task);
  }

  function startTimer(task: Task): void {
    if (task.timer !== undefined || !Number.isFinite(task.timeoutMs) || task.timeoutMs > MAX_TIMER_MS) return;
    task.timer = setTimeout(() => {
      fail(
        task,
        new WorkerTimeoutError(`Worker pool "${name}": "${task.method}" exceeded its ${task.timeoutMs} ms timeout; the worker was terminated and replaced`, task.timeoutMs),
        true,
      );
    }, task.timeoutMs);
  }

  /** Unexpected end of a worker (not one the pool terminated). */
  function died(slot: Slot, what: string, details: { cause?: unknown; exitCode?: number }): void {
    if (slot.retired) return;
    const task = slot.task;
    if (task) {
      fail(task, new WorkerCrashedError(`Worker pool "${name}": the worker running "${task.method}" ${what}`, details), true);
    } else {
      retire(slot, false);
    }
  }

  /** Removes a worker from the pool and terminates it; with `replace`, starts a fresh one at once. */
  function retire(slot: Slot, replace: boolean): void {
    if (slot.retired) return;
    slot.retired = true;
    slot.task = undefined;
    clearTimeout(slot.startupTimer);
    slots.splice(slots.indexOf(slot), 1);
    try {
      // Unregisters comlink's finalizer, which would otherwise post RELEASE to this worker when the proxy is collected.
      slot.remote[releaseProxy]();
    } catch {
      // Already released: nothing left to do on the comlink side.
    }
    const exit = slot.worker.terminate().catch(() => undefined);
    exits.add(exit);
    void exit.then(() => exits.delete(exit));
    if (replace && !closed) {
      try {
        spawn();
        replaced++;
      } catch {
        // The factory failed; the next dispatch calls it again and reports its error to that call.
      }
    }
  }

  /** Settles a task and releases its timer, abort listener and progress channel. */
  function settle(task: Task, drain: boolean): void {
    // Marked settled before draining: an onProgress that calls close() or cancels must not settle it twice.
    task.settled = true;
    task.draining = drain;
    task.channel?.close(drain);
    if (task.timer !== undefined) clearTimeout(task.timer);
    if (task.onAbort) task.options.signal?.removeEventListener('abort', task.onAbort);
  }

  /** The worker answered (result or error thrown by the method): the worker stays in the pool. */
  function finish(task: Task, ok: boolean, value: unknown): void {
    if (task.settled) return;
    settle(task, true);
    completed++;
    const slot = task.slot;
    if (slot && slot.task === task) slot.task = undefined;
    if (task.progressError) task.reject(task.progressError.error);
    else if (ok) task.resolve(value);
    else task.reject(value);
    pump();
  }

  /** The call ends without the worker's answer; with `retireWorker` its worker is terminated (and replaced). */
  function fail(task: Task, error: unknown, retireWorker: boolean): void {
    if (task.settled) return;
    settle(task, false);
    const slot = task.slot;
    if (slot && retireWorker) retire(slot, true);
    else if (slot && slot.task === task) slot.task = undefined;
    task.reject(error);
    pump();
  }

  function dispatch(slot: Slot, task: Task): void {
    slot.task = task;
    task.slot = slot;
    const { onProgress, transfer: transferList } = task.options;
    let progressPort: unknown;
    if (onProgress) {
      task.channel = openProgressChannel(onProgress, (error) => {
        // A throwing onProgress is a caller bug: surface it through the call's promise, not as an uncaught error.
        task.progressError ??= { error };
        if (!task.draining) fail(task, error, true);
      });
      progressPort = transfer(task.channel.workerPort, [task.channel.workerPort]);
    }
    // On a worker still starting, the message waits in its port and the timer starts once it is ready.
    if (slot.ready) startTimer(task);
    let call: Promise<unknown>;
    try {
      const buffers = (transferList ?? []).filter((b) => !(b instanceof SharedArrayBuffer)) as unknown as Transferable[];
      const input = buffers.length > 0 ? transfer(task.input as object, buffers) : task.input;
      const method = slot.remote[task.method] as unknown as AnyMethod;
      call = progressPort === undefined ? method(input) : method(input, progressPort);
    } catch (error) {
      call = Promise.reject(error);
    }
    call.then(
      (value) => finish(task, true, value),
      (error: unknown) => finish(task, false, error),
    );
  }

  function pump(): void {
    while (queue.length > 0 && !closed) {
      let slot = slots.find((s) => s.task === undefined);
      if (!slot && slots.length < size) {
        try {
          slot = spawn();
        } catch (error) {
          const task = queue.shift() as Task;
          fail(task, new WorkerCrashedError(`Worker pool "${name}": could not start a worker for "${task.method}": ${describe(error)}`, { cause: error }), false);
          continue;
        }
      }
      if (!slot) return;
      dispatch(slot, queue.shift() as Task);
    }
  }

  function run(method: string, input: unknown, runOptions: RunOptions = {}): Promise<unknown> {
    if (closed) return Promise.reject(new PoolClosedError(`Worker pool "${name}" is closed; "${method}" was not run`));
    const { signal } = runOptions;
    if (signal?.aborted) {
      return Promise.reject(new TaskCancelledError(`Worker pool "${name}": "${method}" was cancelled before it started`, { cause: signal.reason }));
    }
    const timeoutMs = runOptions.timeoutMs ?? defaultTimeoutMs;
    try {
      checkTimeout(timeoutMs, `Worker pool "${name}": timeoutMs of "${method}"`);
      if (runOptions.transfer && runOptions.transfer.length > 0 && (input === null || typeof input !== 'object')) {
        throw new TypeError(`Worker pool "${name}": "${method}" got a transfer list but its input is not an object`);
      }
    } catch (error) {
      return Promise.reject(error);
    }
    return new Promise((resolve, reject) => {
      const task: Task = {
        method,
        input,
        options: runOptions,
        timeoutMs,
        resolve,
        reject,
        settled: false,
        draining: false,
        progressError: undefined,
        slot: undefined,
        timer: undefined,
        channel: undefined,
        onAbort: undefined,
      };
      if (signal) {
        task.onAbort = () => {
          const where = task.slot ? 'while running; the worker was terminated and replaced' : 'while queued';
          const error = new TaskCancelledError(`Worker pool "${name}": "${method}" was cancelled ${where}`, { cause: signal.reason });
          if (!task.slot) {
            const index = queue.indexOf(task);
            if (index >= 0) queue.splice(index, 1);
          }
          fail(task, error, true);
        };
        signal.addEventListener('abort', task.onAbort, { once: true });
      }
      queue.push(task);
      pump();
    });
  }

  function close(): Promise<void> {
    if (closing) return closing;
    closed = true;
    const pending = [...queue.splice(0), ...slots.flatMap((s) => (s.task ? [s.task] : []))];
    for (const task of pending) {
      fail(task, new PoolClosedError(`Worker pool "${name}" was closed before "${task.method}" settled`), false);
    }
    for (const slot of [...slots]) retire(slot, false);
    closing = Promise.all([...exits]).then(() => undefined);
    return closing;
  }

  function stats(): PoolStats {
    const busy = slots.filter((s) => s.task !== undefined).length;
    return { busy, idle: slots.length - busy, queued: queue.length, replaced, completed };
  }

  // `run` is checked against Api only at the type level; at runtime any method name is forwarded to the worker.
  return { run: run as unknown as WorkerPool<Api>['run'], size, stats, close };
}
