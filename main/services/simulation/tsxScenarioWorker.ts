import { fileURLToPath } from 'node:url';
import type { WorkerFactory } from '../workerPool';
import { tsxWorkerFactory } from '../workerPool/tsxWorkerFactory';

/** The scenario worker run from its TypeScript source: CLI, tests, benches and the web harness. */
export function scenarioWorkerFactory(): WorkerFactory {
  return tsxWorkerFactory(fileURLToPath(new URL('../../../workers/scenario.worker.ts', import.meta.url)));
}
