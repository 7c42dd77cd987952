import type { ApiEventName, ApiEvents } from '../../../models/api/contract';
import type { WorkerFactory } from '../workerPool';

/**
 * What differs between the Electron app and the web harness: where files go, how the user picks a
 * path, and how events reach the window. The handlers are the same for both.
 */
export interface ApiHost {
  readonly kind: 'electron' | 'web-harness';
  readonly version: string;
  /** Settings and the recent-projects list live here. */
  readonly appDataDir: string;
  /** Default folder for new projects and example copies. */
  readonly projectsDir: string;
  /** Native save dialog in Electron; the harness picks a free name in projectsDir. Null when cancelled. */
  chooseSavePath(suggestedName: string): Promise<string | null>;
  /** Native open dialog in Electron; null when cancelled or unsupported. */
  chooseOpenPath(): Promise<string | null>;
  emit<E extends ApiEventName>(event: E, payload: ApiEvents[E]): void;
  /** Native better-sqlite3 binding for the Electron build (see README, packaging). */
  readonly sqliteNativeBinding?: string;
  /** Starts a worker thread running workers/scenario.worker.ts (electron-vite ?nodeWorker, or tsx). */
  readonly scenarioWorkerFactory?: WorkerFactory;
  /** Starts a worker thread running workers/territory.worker.ts (flexibility study, ACC runs). */
  readonly territoryWorkerFactory?: WorkerFactory;
}
