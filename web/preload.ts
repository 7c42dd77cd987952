/**
 * Browser preload of the web harness (development and tests only, never packaged): implements
 * `window.ilot` over HTTP to the harness server, so the renderer cannot tell it from Electron.
 */
import type { ApiEventName, IlotBridge } from '../models/api/contract';
import type { ApiResult } from '../models/api/errors';

const params = new URLSearchParams(location.search);
const token = params.get('token') ?? sessionStorage.getItem('ilot-token') ?? '';
sessionStorage.setItem('ilot-token', token);

const listeners = new Map<ApiEventName, Set<(payload: unknown) => void>>();
let source: EventSource | null = null;

function ensureEvents(): void {
  if (source) return;
  source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
  source.onmessage = (message) => {
    const { event, payload } = JSON.parse(message.data as string) as { event: ApiEventName; payload: unknown };
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };
}

const bridge: IlotBridge = {
  async invoke(name, input) {
    const response = await fetch(`/api/call/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-ilot-token': token },
      body: JSON.stringify(input ?? {}),
    });
    if (!response.ok && response.status !== 200) {
      return { ok: false, error: { code: 'internal', message: `Harness HTTP ${response.status}` } } satisfies ApiResult<unknown>;
    }
    return (await response.json()) as ApiResult<unknown>;
  },
  on(event, listener) {
    ensureEvents();
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => set.delete(listener);
  },
};

Object.defineProperty(window, 'ilot', { value: Object.freeze(bridge), writable: false });
