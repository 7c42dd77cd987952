import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import type { PoolTestApi } from '../../workers/testing/poolTestWorker';
import {
  createWorkerPool,
  PoolClosedError,
  TaskCancelledError,
  WorkerCrashedError,
  WorkerTimeoutError,
  type ProgressMessage,
  type WorkerFactory,
  type WorkerPool,
} from './workerPool';
import { tsxWorkerFactory } from './workerPool/tsxWorkerFactory';

const entry = fileURLToPath(new URL('../../workers/testing/poolTestWorker.ts', import.meta.url));
const hangingEntry = fileURLToPath(new URL('../../workers/testing/hangingEntryWorker.ts', import.meta.url));
const failingEntry = fileURLToPath(new URL('../../workers/testing/failingEntryWorker.ts', import.meta.url));
const closeScript = fileURLToPath(new URL('./workerPool/testing/closeThenExit.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

const open: WorkerPool<unknown>[] = [];
const created: Worker[] = [];

/** A tsx factory that also records every worker it creates, to check threads are gone after close(). */
function recordingFactory(file = entry): WorkerFactory {
  const inner = tsxWorkerFactory(file);
  return () => {
    const worker = inner();
    created.push(worker);
    return worker;
  };
}

function makePool(size: number, extra: { taskTimeoutMs?: number; startupTimeoutMs?: number; file?: string } = {}): WorkerPool<PoolTestApi> {
  const { file, ...timeouts } = extra;
  const pool = createWorkerPool<PoolTestApi>({ factory: recordingFactory(file), size, name: 'test-pool', ...timeouts });
  open.push(pool as WorkerPool<unknown>);
  return pool;
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((p) => p.close()));
});

describe('worker pool: results and progress', () => {
  it('types run() from the worker API: method names, input and result (checked by tsc)', () => {
    const pool = createWorkerPool<PoolTestApi>({ factory: recordingFactory(), size: 1 });
    open.push(pool as WorkerPool<unknown>);
    expectTypeOf(pool.run<'sum'>).parameter(1).toEqualTypeOf<{ values: Float64Array }>();
    expectTypeOf(pool.run<'sum'>).returns.toEqualTypeOf<Promise<{ sum: number; length: number }>>();
    expectTypeOf(pool.run<'series'>).returns.toEqualTypeOf<Promise<Float64Array>>();
    expectTypeOf(pool.run<'threadId'>).parameter(1).toEqualTypeOf<undefined>();
    // @ts-expect-error: no such method on PoolTestApi
    expectTypeOf(pool.run<'noSuchMethod'>).toBeFunction();
    // No call was made: workers are created lazily.
    expect(created).toHaveLength(0);
  });

  it('round-trips structured inputs and results', async () => {
    const pool = makePool(1);
    const input = { name: 'FlexMob’Ile', peakKw: 76, nested: { days: [1, 2, 3] }, when: new Date(Date.UTC(2024, 0, 1)) };
    expect(await pool.run('echo', input)).toEqual(input);
    expect(await pool.run('sum', { values: new Float64Array([1.5, 2.5, 3]) })).toEqual({ sum: 7, length: 3 });
    expect(pool.stats()).toMatchObject({ busy: 0, idle: 1, queued: 0, completed: 2, replaced: 0 });
  });

  it.each([0, 5])('forwards progress in order, ending at 1, before the result (delay %i ms between steps)', async (delayMs) => {
    const pool = makePool(1);
    const seen: ProgressMessage[] = [];
    let resolvedBeforeLast = false;
    const steps = await pool.run('progress', { steps: 20, delayMs }, { onProgress: (p) => seen.push(p) }).then((n) => {
      resolvedBeforeLast = seen.length < 20;
      return n;
    });
    expect(steps).toBe(20);
    expect(resolvedBeforeLast).toBe(false);
    expect(seen.map((p) => p.fraction)).toEqual(Array.from({ length: 20 }, (_, k) => (k + 1) / 20));
    expect(seen.map((p) => p.message)).toEqual(Array.from({ length: 20 }, (_, k) => `step ${k + 1}`));
    expect(seen.at(-1)?.fraction).toBe(1);
  });

  it('surfaces an onProgress callback that throws through the call, and keeps working', async () => {
    const pool = makePool(1);
    const call = pool.run('progress', { steps: 3, delayMs: 0 }, { onProgress: () => { throw new Error('chart not mounted'); } });
    await expect(call).rejects.toThrow('chart not mounted');
    expect(await pool.run('echo', 7)).toBe(7);
  });

  it('transfers a 1e6-element Float64Array result instead of copying it', async () => {
    const pool = makePool(1);
    const length = 1_000_000;
    const series = await pool.run('series', { length });
    expect(series).toBeInstanceOf(Float64Array);
    expect(series.length).toBe(length);
    expect(series.buffer.byteLength).toBe(8 * length);
    expect(series[0]).toBe(0);
    expect(series[123_457]).toBe(123_457 * 0.5);
    expect(series[length - 1]).toBe((length - 1) * 0.5);
    // The worker kept a reference to the array it returned: its buffer is detached there, so it was moved.
    expect(await pool.run('lastSeriesByteLength', undefined)).toBe(0);
  });

  it('transfers input buffers listed in options.transfer', async () => {
    const pool = makePool(1);
    const values = new Float64Array(1000).fill(0.25);
    const copied = new Float64Array(1000).fill(0.25);
    expect(await pool.run('sum', { values }, { transfer: [values.buffer] })).toEqual({ sum: 250, length: 1000 });
    expect(values.buffer.byteLength).toBe(0);
    expect(await pool.run('sum', { values: copied })).toEqual({ sum: 250, length: 1000 });
    expect(copied.buffer.byteLength).toBe(8000);
    // A SharedArrayBuffer in the list is shared, not transferred (postMessage would reject it there).
    const shared = new Float64Array(new SharedArrayBuffer(8 * 4)).fill(2);
    expect(await pool.run('sum', { values: shared }, { transfer: [shared.buffer] })).toEqual({ sum: 8, length: 4 });
    expect(shared.buffer.byteLength).toBe(32);
  });
});

describe('worker pool: scheduling', () => {
  it('runs 2 tasks of 300 ms in parallel on a pool of size 2 in under 550 ms', async () => {
    const pool = makePool(2);
    // Start both threads first: tsx start-up (a few hundred ms) is not what this test measures.
    const warm = await Promise.all([pool.run('sleep', { ms: 50 }), pool.run('sleep', { ms: 50 })]);
    expect(new Set(warm.map((r) => r.threadId)).size).toBe(2);
    const t0 = performance.now();
    const results = await Promise.all([pool.run('busy', { ms: 300 }), pool.run('busy', { ms: 300 })]);
    const elapsedMs = performance.now() - t0;
    expect(new Set(results.map((r) => r.threadId)).size).toBe(2);
    expect(elapsedMs).toBeLessThan(550);
  });

  it('queues calls beyond its size and runs them first in, first out', async () => {
    const pool = makePool(1);
    const calls = [0, 1, 2, 3].map(() => pool.run('sleep', { ms: 60 }));
    expect(pool.stats()).toMatchObject({ busy: 1, queued: 3 });
    const results = await Promise.all(calls);
    for (let k = 1; k < results.length; k++) expect(results[k].startMs).toBeGreaterThanOrEqual(results[k - 1].endMs);
    expect(pool.stats()).toMatchObject({ busy: 0, idle: 1, queued: 0, completed: 4 });
  });

  it('creates workers lazily, never more than its size', async () => {
    const pool = makePool(2);
    expect(pool.size).toBe(2);
    expect(pool.stats()).toMatchObject({ busy: 0, idle: 0 });
    await Promise.all(Array.from({ length: 6 }, () => pool.run('sleep', { ms: 20 })));
    expect(pool.stats()).toMatchObject({ busy: 0, idle: 2, completed: 6 });
  });

  it('rejects invalid pool and call options with a message naming the field', async () => {
    expect(() => createWorkerPool({ factory: recordingFactory(), size: 0 })).toThrow(/size must be an integer/);
    expect(() => createWorkerPool({ factory: recordingFactory(), taskTimeoutMs: -1 })).toThrow(/taskTimeoutMs must be a positive number/);
    expect(() => createWorkerPool({ factory: recordingFactory(), startupTimeoutMs: Infinity })).toThrow(/startupTimeoutMs must be finite/);
    const pool = makePool(1);
    await expect(pool.run('echo', 1, { timeoutMs: 0 })).rejects.toThrow(/timeoutMs of "echo"/);
    await expect(pool.run('echo', 1, { transfer: [new ArrayBuffer(8)] })).rejects.toThrow(/input is not an object/);
    expect(() => tsxWorkerFactory('/no/such/worker.ts')).toThrow(/worker entry file not found: \/no\/such\/worker.ts/);
  });
});

describe('worker pool: failures', () => {
  it('rejects with the error a worker method throws and keeps the same worker', async () => {
    const pool = makePool(1);
    const before = await pool.run('threadId', undefined);
    await expect(pool.run('throws', { message: 'load curve has 8759 values, expected 8760' })).rejects.toThrow(
      'load curve has 8759 values, expected 8760',
    );
    expect(await pool.run('threadId', undefined)).toBe(before);
    expect(pool.stats()).toMatchObject({ replaced: 0, completed: 3 });
  });

  it('rejects with WorkerCrashedError when the worker calls process.exit(3), then replaces it', async () => {
    const pool = makePool(1);
    const before = await pool.run('threadId', undefined);
    const error = await pool.run('exitThread', { code: 3 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkerCrashedError);
    expect((error as WorkerCrashedError).message).toMatch(/"test-pool".*"exitThread".*exited with code 3/);
    expect((error as WorkerCrashedError).exitCode).toBe(3);
    const after = await pool.run('threadId', undefined);
    expect(after).not.toBe(before);
    expect(pool.stats()).toMatchObject({ replaced: 1, idle: 1 });
  });

  it('rejects with WorkerCrashedError on an uncaught exception in a worker timer, then works again', async () => {
    const pool = makePool(1);
    const error = await pool.run('throwLater', { message: 'boom in a timer' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkerCrashedError);
    expect((error as Error).message).toMatch(/"test-pool".*"throwLater".*crashed: boom in a timer/);
    expect(await pool.run('echo', 'still here')).toBe('still here');
  });

  it('rejects with WorkerTimeoutError within timeout + 1 s for an infinite loop, and recovers', async () => {
    const pool = makePool(1, { taskTimeoutMs: 400 });
    await pool.run('threadId', undefined);
    const t0 = performance.now();
    const error = await pool.run('spin', undefined).catch((e: unknown) => e);
    const elapsedMs = performance.now() - t0;
    expect(error).toBeInstanceOf(WorkerTimeoutError);
    expect((error as Error).message).toMatch(/"spin" exceeded its 400 ms timeout/);
    expect(elapsedMs).toBeGreaterThanOrEqual(395);
    expect(elapsedMs).toBeLessThan(1400);
    // The per-call timeout overrides the pool's.
    await expect(pool.run('spin', undefined, { timeoutMs: 150 })).rejects.toThrow(/exceeded its 150 ms timeout/);
    expect(await pool.run('echo', 42)).toBe(42);
    expect(pool.stats()).toMatchObject({ replaced: 2 });
  });

  it('rejects a call on a worker whose entry file fails to load, without respawning in a loop', async () => {
    const pool = makePool(1, { file: failingEntry });
    const error = await pool.run('echo', 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkerCrashedError);
    expect((error as Error).message).toContain('failing entry: broken at start-up');
    // The replacement fails the same way while idle and is dropped, not replaced again.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(pool.stats()).toMatchObject({ busy: 0, idle: 0, replaced: 1 });
  });

  it('does not charge thread start-up to the call timeout, and treats a worker that never starts as crashed', async () => {
    // A fresh worker under tsx takes hundreds of ms to load; a 150 ms call timeout must still let the first call through.
    const pool = makePool(1, { taskTimeoutMs: 150 });
    expect(await pool.run('echo', 'first')).toBe('first');
    const stuck = makePool(1, { taskTimeoutMs: 100, startupTimeoutMs: 1000, file: hangingEntry });
    const t0 = performance.now();
    const error = await stuck.run('echo', 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkerCrashedError);
    expect((error as Error).message).toMatch(/"test-pool": the worker running "echo" did not start within 1000 ms/);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(995);
  });

  it('reports a factory that throws as a WorkerCrashedError naming the method', async () => {
    const pool = createWorkerPool<PoolTestApi>({
      factory: () => {
        throw new Error('no such bundle');
      },
      size: 1,
      name: 'broken',
    });
    open.push(pool as WorkerPool<unknown>);
    await expect(pool.run('echo', 1)).rejects.toThrow(/"broken": could not start a worker for "echo": no such bundle/);
  });
});

describe('worker pool: cancellation and close', () => {
  it('cancels a running task: rejects quickly, replaces the worker, later calls work', async () => {
    const pool = makePool(1);
    const before = await pool.run('threadId', undefined);
    const controller = new AbortController();
    const call = pool.run('spin', undefined, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('user pressed stop')), 100);
    const t0 = performance.now();
    const error = await call.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TaskCancelledError);
    expect((error as Error).message).toMatch(/"spin" was cancelled while running/);
    expect(((error as Error).cause as Error).message).toBe('user pressed stop');
    expect(performance.now() - t0).toBeLessThan(500);
    expect(await pool.run('threadId', undefined)).not.toBe(before);
    expect(pool.stats()).toMatchObject({ replaced: 1 });
  });

  it('rejects at once without running when the signal is already aborted', async () => {
    const pool = makePool(1);
    await expect(pool.run('echo', 1, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(TaskCancelledError);
    expect(pool.stats()).toMatchObject({ busy: 0, idle: 0, queued: 0, completed: 0 });
    expect(created).toHaveLength(0);
  });

  it('cancels a queued task without touching the running one', async () => {
    const pool = makePool(1);
    const running = pool.run('sleep', { ms: 200 });
    const controller = new AbortController();
    const queued = pool.run('echo', 'never', { signal: controller.signal });
    expect(pool.stats().queued).toBe(1);
    controller.abort();
    await expect(queued).rejects.toThrow(/"echo" was cancelled while queued/);
    expect(pool.stats().queued).toBe(0);
    await expect(running).resolves.toMatchObject({ threadId: expect.any(Number) });
    expect(pool.stats()).toMatchObject({ replaced: 0 });
  });

  it('close() rejects running and queued calls with PoolClosedError and terminates every thread', async () => {
    const pool = makePool(2);
    await Promise.all([pool.run('sleep', { ms: 10 }), pool.run('sleep', { ms: 10 })]);
    const calls = [pool.run('spin', undefined), pool.run('sleep', { ms: 10_000 }), pool.run('echo', 'queued')];
    const outcomes = Promise.allSettled(calls);
    await pool.close();
    for (const outcome of await outcomes) {
      expect(outcome.status).toBe('rejected');
      expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(PoolClosedError);
    }
    expect(created.length).toBe(2);
    // A Worker's threadId becomes -1 once its thread has exited.
    expect(created.map((w) => w.threadId)).toEqual([-1, -1]);
    await expect(pool.run('echo', 1)).rejects.toBeInstanceOf(PoolClosedError);
    expect(pool.stats()).toMatchObject({ busy: 0, idle: 0, queued: 0 });
  });

  it('leaves nothing alive after close(): a process using the pool exits by itself', async () => {
    const result = await runScript([]);
    expect(result).toEqual({ exited: true, code: 0, stdout: 'closed 2 PoolClosedError PoolClosedError PoolClosedError\n' });
    // Control: without close() the live workers keep the same script running.
    const control = await runScript(['--no-close'], 2500);
    expect(control.exited).toBe(false);
  });
});

afterEach(() => {
  created.length = 0;
});

function runScript(args: string[], waitMs = 20_000): Promise<{ exited: boolean; code: number | null; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', closeScript, ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({ exited: false, code: null, stdout });
    }, waitMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ exited: true, code, stdout });
    });
  });
}
