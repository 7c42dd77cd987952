/**
 * Runs a whole micro-grid scenario off the main thread (models/sim/runScenario: validate, assemble
 * weather, PV, loads and tariffs, simulate, price) and returns it in the form the project file
 * stores, its series transferred, not copied.
 */
import type { MessagePort } from 'node:worker_threads';
import { toStoredResult, type StoredMicrogridResult } from '../models/results/storedResult';
import { runScenario, type ScenarioRunInput } from '../models/sim/runScenario';
import { exposeWorkerApi, progressReporter, transferResult } from './runtime';

export type RunScenarioInput = ScenarioRunInput;

const api = {
  async runScenario(payload: RunScenarioInput, progressPort?: MessagePort): Promise<StoredMicrogridResult> {
    const progress = progressReporter(progressPort);
    const run = await runScenario(payload, (f, message) => progress(message === 'assembly' ? 0 : 0.02 + 0.97 * f, message));
    progress(1, 'done');
    return transferResult(toStoredResult(run, run.assembled, run.economics));
  },
};

export type ScenarioWorkerApi = typeof api;
exposeWorkerApi(api);
