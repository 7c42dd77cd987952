/**
 * Test-only worker entry for main/services/workerPool.test.ts and bench/workerPool.bench.ts: each method
 * exercises one behaviour of the pool (results, progress, transfer, errors, crashes, hangs).
 */
import { threadId, type MessagePort } from 'node:worker_threads';
import { exposeWorkerApi, progressReporter, transferResult } from '../runtime';

let lastSeries: Float64Array | undefined;

const api = {
  echo<T>(input: T): T {
    return input;
  },

  threadId(): number {
    return threadId;
  },

  /** Resolves after `ms` without blocking the thread, reporting its threadId and wall-clock window. */
  async sleep(input: { ms: number }): Promise<{ threadId: number; startMs: number; endMs: number }> {
    const startMs = Date.now();
    await new Promise((resolve) => setTimeout(resolve, input.ms));
    return { threadId, startMs, endMs: Date.now() };
  },

  /** Blocks the thread for `ms` (busy wait), like a real simulation loop. */
  busy(input: { ms: number }): { threadId: number } {
    const end = Date.now() + input.ms;
    while (Date.now() < end) {
      // spin
    }
    return { threadId };
  },

  /** Reports `steps` progress fractions k/steps with a message, then returns the step count. */
  async progress(input: { steps: number; delayMs: number }, port?: MessagePort): Promise<number> {
    const report = progressReporter(port);
    for (let k = 1; k <= input.steps; k++) {
      if (input.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, input.delayMs));
      report(k / input.steps, `step ${k}`);
    }
    return input.steps;
  },

  /** A series where value i is i * 0.5, transferred to the caller; kept here to check that its buffer was detached. */
  series(input: { length: number }): Float64Array {
    const values = new Float64Array(input.length);
    for (let i = 0; i < values.length; i++) values[i] = i * 0.5;
    lastSeries = values;
    return transferResult(values);
  },

  /** byteLength of the last series' buffer on this side: 0 once transferred, the full size if it was copied. */
  lastSeriesByteLength(): number {
    return lastSeries?.buffer.byteLength ?? -1;
  },

  /** Sum of an input series and its length as seen here (checks input transfer). */
  sum(input: { values: Float64Array }): { sum: number; length: number } {
    let sum = 0;
    for (let i = 0; i < input.values.length; i++) sum += input.values[i];
    return { sum, length: input.values.length };
  },

  /** Returns the input series, transferred back (the bench's transfer round trip, no allocation here). */
  bounce(input: { values: Float64Array }): Float64Array {
    return transferResult(input.values);
  },

  throws(input: { message: string }): never {
    throw new Error(input.message);
  },

  /** Ends the thread with `code` while the call is pending. */
  exitThread(input: { code: number }): Promise<never> {
    process.exit(input.code);
  },

  /** Throws from a timer, outside the comlink call: an uncaught exception that kills the thread. */
  throwLater(input: { message: string }): Promise<never> {
    setTimeout(() => {
      throw new Error(input.message);
    }, 10);
    return new Promise<never>(() => {});
  },

  /** Never returns and never yields to the event loop. */
  spin(): never {
    for (;;) {
      // infinite loop on purpose
    }
  },
};

export type PoolTestApi = typeof api;

exposeWorkerApi(api);
