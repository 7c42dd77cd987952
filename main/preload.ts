/**
 * The sandboxed preload: exposes exactly the calls of the API contract as `window.ilot`, never
 * ipcRenderer itself. Names outside the contract are refused here and again in the main process.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CALL_NAMES, EVENT_NAMES, IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL } from '../models/api/channels';

const calls = new Set<string>(CALL_NAMES);
const events = new Set<string>(EVENT_NAMES);

contextBridge.exposeInMainWorld('ilot', {
  invoke(name: string, input: unknown) {
    if (!calls.has(name)) {
      return Promise.resolve({ ok: false, error: { code: 'not-found', message: `Unknown API call "${name}"` } });
    }
    return ipcRenderer.invoke(IPC_CALL_CHANNEL, name, input);
  },
  on(event: string, listener: (payload: unknown) => void) {
    if (!events.has(event)) throw new Error(`Unknown event "${event}"`);
    const wrapped = (_e: IpcRendererEvent, name: string, payload: unknown) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(IPC_EVENT_CHANNEL, wrapped);
    return () => ipcRenderer.removeListener(IPC_EVENT_CHANNEL, wrapped);
  },
});
