/**
 * Worker entry of the micro-grid engine. Methods follow workers/runtime.ts: `method(input, progressPort?)`,
 * typed-array results transferred, not copied.
 *  - simulate(input): the dispatch core on prepared series (models/sim/simulate.ts);
 *  - simulateScenario({ scenario, resolved }): validation + assembly + simulation + economics, for the
 *    app's simulation service and the CLI;
 *  - sweep({ base, variants }): many sizes of one prepared year, KPIs only (benches, sizing studies).
 * Invalid scenarios reject with an Error whose message lists `path: message` per issue.
 */
import type { MessagePort } from 'node:worker_threads';
import { simulate } from '../models/sim/simulate';
import { runScenario, type ScenarioRunInput, type ScenarioRunResult } from '../models/sim/runScenario';
import { runSweep, type SweepResult, type SweepVariant } from '../models/sim/sweep';
import type { SimulationInput, SimulationResult } from '../models/sim/types';
import { exposeWorkerApi, progressReporter, transferResult } from './runtime';

export const simulationWorkerApi = {
  async simulate(input: SimulationInput, progressPort?: MessagePort): Promise<SimulationResult> {
    const progress = progressReporter(progressPort);
    const result = await simulate(input, { onProgress: (f) => progress(f, 'simulation') });
    return transferResult(result);
  },

  async simulateScenario(input: ScenarioRunInput, progressPort?: MessagePort): Promise<ScenarioRunResult> {
    const progress = progressReporter(progressPort);
    const result = await runScenario(input, (f, message) => progress(f, message));
    return transferResult(result);
  },

  async sweep(input: { base: SimulationInput; variants: SweepVariant[] }, progressPort?: MessagePort): Promise<SweepResult[]> {
    const progress = progressReporter(progressPort);
    return runSweep(input.base, input.variants, (f) => progress(f, 'sweep'));
  },
};

export type SimulationWorkerApi = typeof simulationWorkerApi;

exposeWorkerApi(simulationWorkerApi);
