/** Handlers of models/api/territoryContract.ts, merged into createHandlers. */
import type { ApiSession } from './handlers';

export function territoryHandlers(session: ApiSession) {
  return {
    'territories.list': ({ kind }: { kind?: 'portfolio' | 'acc-operation' }) =>
      session.store.listDocuments('territory', kind).map(({ id, kind: k, name, updatedAt }) => ({ id, kind: k ?? '', name, updatedAt })),
  };
}
