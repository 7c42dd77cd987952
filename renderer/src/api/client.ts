/**
 * The renderer's only door to the Node side: `window.ilot`, typed with the contract and unwrapped
 * into IlotApiError so screens can show field messages.
 */
import type { ApiCallName, ApiEventName, ApiEvents, ApiInput, ApiOutput, IlotBridge } from '../../../models/api/contract';
import { IlotApiError } from '../../../models/api/errors';

declare global {
  interface Window {
    ilot: IlotBridge;
  }
}

export async function call<K extends ApiCallName>(name: K, input: ApiInput<K>): Promise<ApiOutput<K>> {
  const result = await window.ilot.invoke(name, input);
  if (!result.ok) throw new IlotApiError(result.error);
  return result.value as ApiOutput<K>;
}

export function on<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void {
  return window.ilot.on(event, listener as (payload: unknown) => void);
}

export { IlotApiError };
