import { fileURLToPath } from 'node:url';
import type { WorkerFactory } from '../workerPool';
import { tsxWorkerFactory } from '../workerPool/tsxWorkerFactory';

/** The territory worker run from its TypeScript source: CLI, tests and the web harness (Electron bundles it with ?nodeWorker). */
export function territoryWorkerFactory(): WorkerFactory {
  return tsxWorkerFactory(fileURLToPath(new URL('../../../workers/territory.worker.ts', import.meta.url)));
}
