/**
 * Runs a whole micro-grid scenario off the main thread: validate the document, assemble weather,
 * PV, loads and tariffs (models/sim/assemble), simulate, price it, and return the result with its
 * series transferred, not copied.
 */
import type { MessagePort } from 'node:worker_threads';
import { toStoredResult, type StoredMicrogridResult } from '../models/results/storedResult';
import { assembleScenario, type ResolvedReferences } from '../models/sim/assemble';
import { parseMicrogridScenario } from '../models/sim/scenarioSchema';
import { scenarioEconomics } from '../models/sim/scenarioEconomics';
import { simulate } from '../models/sim/simulate';
import { exposeWorkerApi, progressReporter, transferResult } from './runtime';

export interface RunScenarioInput {
  readonly scenario: unknown;
  readonly resolved?: ResolvedReferences;
}

const api = {
  async runScenario(payload: RunScenarioInput, progressPort?: MessagePort): Promise<StoredMicrogridResult> {
    const progress = progressReporter(progressPort);
    const parsed = parseMicrogridScenario(payload.scenario);
    if (!parsed.ok) {
      throw new Error(`Invalid scenario: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    }
    progress(0, 'assemble');
    const assembled = assembleScenario(parsed.value, payload.resolved ?? {});
    progress(0.2, 'simulate');
    const result = await simulate(assembled.input, { onProgress: (f) => progress(0.2 + 0.78 * f, 'simulate') });
    const economics = scenarioEconomics(parsed.value, result.kpis);
    progress(1, 'done');
    return transferResult(toStoredResult(result, assembled, economics));
  },
};

export type ScenarioWorkerApi = typeof api;
exposeWorkerApi(api);
