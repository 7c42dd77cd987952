/** One MessageChannel per call carrying ProgressMessage from the worker's `progressReporter` to `onProgress`. */
import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { ProgressMessage } from './types';

export interface ProgressChannel {
  /** The end handed (transferred) to the worker as the method's second argument. */
  readonly workerPort: MessagePort;
  /**
   * Stops delivery and closes the channel. With `drain`, first delivers the messages the worker already
   * posted: they travel on another port than the comlink result, so without draining the last ones
   * (fraction 1 in particular) could arrive after the result and be lost or reordered after completion.
   */
  close(drain: boolean): void;
}

function isProgressMessage(value: unknown): value is ProgressMessage {
  if (value === null || typeof value !== 'object') return false;
  const { fraction, message } = value as { fraction?: unknown; message?: unknown };
  return typeof fraction === 'number' && (message === undefined || typeof message === 'string');
}

/** `deliver` may throw (it is caller code): the error goes to `onDeliverError`, also for messages delivered by `close(true)`. */
export function openProgressChannel(deliver: (p: ProgressMessage) => void, onDeliverError: (error: unknown) => void): ProgressChannel {
  const { port1, port2 } = new MessageChannel();
  let open = true;
  const safeDeliver = (data: unknown): void => {
    // A worker posting something else on the port is ignored rather than passed to UI code typed for ProgressMessage.
    if (!open || !isProgressMessage(data)) return;
    try {
      deliver(data);
    } catch (error) {
      onDeliverError(error);
    }
  };
  port1.on('message', safeDeliver);
  return {
    workerPort: port2,
    close(drain) {
      if (!open) return;
      if (drain) {
        // Messages the worker posted before its result are already queued on port1 (postMessage enqueues synchronously).
        for (let m = receiveMessageOnPort(port1); m !== undefined && open; m = receiveMessageOnPort(port1)) safeDeliver(m.message);
      }
      open = false;
      port1.off('message', safeDeliver);
      port1.close();
    },
  };
}
