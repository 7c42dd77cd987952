/**
 * The territory worker (workers/territory.worker.ts) seen from the API handlers: one worker thread,
 * started on the first call, that runs the flexibility studies and the ACC computations so the
 * main process (Electron's IPC and menus) never waits on them.
 *
 * One thread, not one per core: the worker memoises the year of envelopes of the last portfolios
 * and the year of curves of the last operations, and an activation or a new allocation key must
 * land on the worker that holds them. Calls queue in order behind a running study.
 *
 * Failures reach the renderer as typed API errors: the models' validation errors as they were
 * raised in the worker, a crash or a timeout of the thread as `internal` with a reason the UI can
 * translate ('worker-crashed', 'worker-timeout'), a call cut by shutdown as `cancelled`. The pool
 * replaces a dead worker, so the next call works.
 */
import { IlotApiError, type ApiResult } from '../../../models/api/errors';
import type { TerritoryWorkerApi } from '../../../workers/territory.worker';
import { createWorkerPool, PoolClosedError, WorkerCrashedError, WorkerTimeoutError, type FirstArg, type WorkerFactory, type WorkerPool } from '../workerPool';

type Method = keyof TerritoryWorkerApi & string;
type Value<K extends Method> = Awaited<ReturnType<TerritoryWorkerApi[K]>> extends ApiResult<infer T> ? T : never;

/** The longest study we expect (a few hundred sites at 15-min steps) is minutes, not tens of minutes. */
const TASK_TIMEOUT_MS = 10 * 60_000;

export class TerritoryWorkers {
  private readonly pool: WorkerPool<TerritoryWorkerApi>;

  constructor(factory: WorkerFactory, options: { taskTimeoutMs?: number } = {}) {
    this.pool = createWorkerPool<TerritoryWorkerApi>({ factory, size: 1, name: 'territory', taskTimeoutMs: options.taskTimeoutMs ?? TASK_TIMEOUT_MS });
  }

  /** Runs one method in the worker; resolves with its value or rejects with an IlotApiError. */
  async run<K extends Method>(method: K, input: FirstArg<TerritoryWorkerApi[K]>): Promise<Value<K>> {
    let result: ApiResult<unknown>;
    try {
      result = (await this.pool.run(method, input)) as ApiResult<unknown>;
    } catch (error) {
      throw toApiError(method, error);
    }
    if (!result.ok) throw new IlotApiError(result.error);
    return result.value as Value<K>;
  }

  stats() {
    return this.pool.stats();
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

/** Error of a worker call (not a model's validation error) as an API error; logged with its cause. */
export function toApiError(method: string, error: unknown): IlotApiError {
  if (error instanceof IlotApiError) return error;
  if (error instanceof PoolClosedError) return new IlotApiError({ code: 'cancelled', message: `The computation (${method}) was stopped because the project or the application is closing` });
  if (error instanceof WorkerCrashedError) {
    console.error(`[ilot] territory worker crashed during ${method}`, error);
    return new IlotApiError({ code: 'internal', reason: 'worker-crashed', message: `The computation (${method}) stopped unexpectedly: its worker thread crashed. The application is still running; try again.` });
  }
  if (error instanceof WorkerTimeoutError) {
    console.error(`[ilot] territory worker timed out during ${method}`, error);
    return new IlotApiError({ code: 'internal', reason: 'worker-timeout', message: `The computation (${method}) took longer than ${Math.round(error.timeoutMs / 60_000)} min and was stopped. Try again with fewer sites or a longer step.` });
  }
  console.error(`[ilot] territory computation ${method} failed`, error);
  return new IlotApiError({ code: 'internal', message: `The computation (${method}) failed: ${error instanceof Error ? error.message : String(error)}` });
}
