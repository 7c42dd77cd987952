/** Errors of the worker pool. Each message names the pool and the method so a log line is enough to act on. */

/** The worker thread died during the call: uncaught exception (in a timer, say), `process.exit`, out of memory. */
export class WorkerCrashedError extends Error {
  override readonly name = 'WorkerCrashedError';
  /** The thread's exit code when it exited; undefined when it reported an uncaught error first. */
  readonly exitCode: number | undefined;
  constructor(message: string, options: { cause?: unknown; exitCode?: number } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.exitCode = options.exitCode;
  }
}

/** The call ran longer than its timeout; its worker was terminated and replaced. */
export class WorkerTimeoutError extends Error {
  override readonly name = 'WorkerTimeoutError';
  constructor(
    message: string,
    readonly timeoutMs: number,
  ) {
    super(message);
  }
}

/** The call's AbortSignal fired before it settled. */
export class TaskCancelledError extends Error {
  override readonly name = 'TaskCancelledError';
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
  }
}

/** The pool was closed before the call settled, or `run` was called on a closed pool. */
export class PoolClosedError extends Error {
  override readonly name = 'PoolClosedError';
}
