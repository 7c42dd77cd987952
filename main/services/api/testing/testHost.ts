import { join } from 'node:path';
import type { ApiEventName, ApiEvents } from '../../../../models/api/contract';
import { freePath } from '../handlers';
import type { ApiHost } from '../host';
import { scenarioWorkerFactory } from '../../simulation/tsxScenarioWorker';
import { territoryWorkerFactory } from '../../territory/tsxTerritoryWorker';

/** A host for tests and the web harness: files go to a folder, no dialogs. */
export function folderHost(root: string, kind: ApiHost['kind'] = 'web-harness'): ApiHost & { events: Array<[ApiEventName, unknown]> } {
  const events: Array<[ApiEventName, unknown]> = [];
  return {
    kind,
    version: '0.1.0',
    appDataDir: join(root, 'app-data'),
    projectsDir: join(root, 'Projets Ilot'),
    events,
    chooseSavePath(suggestedName) {
      return Promise.resolve(freePath(join(root, 'Projets Ilot'), suggestedName));
    },
    chooseOpenPath() {
      return Promise.resolve(null);
    },
    scenarioWorkerFactory: scenarioWorkerFactory(),
    territoryWorkerFactory: territoryWorkerFactory(),
    emit<E extends ApiEventName>(event: E, payload: ApiEvents[E]) {
      events.push([event, payload]);
    },
  };
}
