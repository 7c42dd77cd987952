/** Handlers of models/api/importExportContract.ts, merged into createHandlers. */
import type { ApiSession } from './handlers';

export function importExportHandlers(session: ApiSession) {
  return {
    'imports.list': ({ kind }: { kind?: 'weather' | 'load' }) =>
      session.store.listImportedSeries(kind).map(({ id, kind: k, name, createdAt }) => ({ id, kind: k, name, createdAt })),
  };
}
