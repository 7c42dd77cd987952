/**
 * A project session driven through the API handlers, as the web harness and Electron drive it, for
 * service tests: a fresh folder per test, typed-enough calls that throw on an API error, and a wait
 * for a task's end event.
 */
import { afterEach, beforeEach } from 'vitest';
import type { ApiEvents } from '../../../../models/api/contract';
import { tempDir } from '../../projectStore/testing/tempDir';
import { ApiSession, createHandlers, dispatch, type HandlerMap } from '../handlers';
import { folderHost } from './testHost';

export interface ApiTestSession {
  call<T = never>(name: string, input?: unknown): Promise<T>;
  /** The handlers' answer as it is, to look at a refusal. */
  raw(name: string, input?: unknown): ReturnType<typeof dispatch>;
  readonly host: ReturnType<typeof folderHost>;
  readonly session: ApiSession;
}

/** Registers beforeEach/afterEach; `open` runs after the session starts (create or open a project). */
export function useApiSession(open: (call: ApiTestSession['call']) => Promise<unknown>): ApiTestSession {
  let tmp: ReturnType<typeof tempDir>;
  let handlers: HandlerMap;
  const state = {} as { host: ReturnType<typeof folderHost>; session: ApiSession };
  const call = async <T = never>(name: string, input?: unknown): Promise<T> => {
    const r = await dispatch(handlers, name, input);
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.value as T;
  };
  beforeEach(async () => {
    tmp = tempDir();
    state.host = folderHost(tmp.dir);
    state.session = new ApiSession(state.host);
    handlers = createHandlers(state.session);
    await open(call);
  });
  afterEach(async () => {
    await state.session.shutdown();
    tmp.cleanup();
  });
  return {
    call,
    raw: (name, input) => dispatch(handlers, name, input),
    get host() {
      return state.host;
    },
    get session() {
      return state.session;
    },
  };
}

export async function waitDone(events: Array<[string, unknown]>, taskId: string, timeoutMs = 120_000): Promise<ApiEvents['task.done']> {
  const start = Date.now();
  for (;;) {
    const done = events.find(([e, p]) => e === 'task.done' && (p as { taskId: string }).taskId === taskId);
    if (done) return done[1] as ApiEvents['task.done'];
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting for task.done');
    await new Promise((r) => setTimeout(r, 50));
  }
}
