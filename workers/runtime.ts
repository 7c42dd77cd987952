/**
 * Shared plumbing for worker entry points: expose an API over comlink on a Node worker thread,
 * report progress through a MessagePort the pool hands over, and transfer typed-array results.
 *
 * Convention for every worker method: `method(input, progressPort?)` → Promise<result>.
 * The pool creates one MessageChannel per call and transfers one end as `progressPort`.
 */
import { expose, transfer } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { parentPort, type MessagePort } from 'node:worker_threads';

export type ProgressFn = (fraction: number, message?: string) => void;

export interface ProgressMessage {
  readonly fraction: number;
  readonly message?: string;
}

/** Exposes `api` to the parent thread. Call once at the top level of a worker entry file. */
export function exposeWorkerApi(api: object): void {
  if (!parentPort) throw new Error('exposeWorkerApi must run inside a worker thread');
  expose(api, nodeEndpoint(parentPort));
}

/**
 * A progress callback posting to the port, throttled to changes of at least 1 % (or a new message),
 * so a hot loop can call it every step without flooding the channel.
 */
export function progressReporter(port: MessagePort | undefined): ProgressFn {
  if (!port) return () => {};
  let last = -1;
  let lastMessage: string | undefined;
  return (fraction, message) => {
    if (fraction - last < 0.01 && fraction < 1 && message === lastMessage) return;
    last = fraction;
    lastMessage = message;
    const payload: ProgressMessage = message === undefined ? { fraction } : { fraction, message };
    port.postMessage(payload);
  };
}

/** Marks every ArrayBuffer reachable in `value` (typed arrays, nested objects and arrays) for transfer. */
export function transferResult<T>(value: T): T {
  const buffers = new Set<ArrayBuffer>();
  const visit = (v: unknown, depth: number): void => {
    if (v === null || typeof v !== 'object' || depth > 6) return;
    if (ArrayBuffer.isView(v)) {
      if (v.buffer instanceof ArrayBuffer) buffers.add(v.buffer);
      return;
    }
    if (v instanceof ArrayBuffer) {
      buffers.add(v);
      return;
    }
    for (const child of Array.isArray(v) ? v : Object.values(v)) visit(child, depth + 1);
  };
  visit(value, 0);
  return transfer(value, [...buffers]);
}
