/**
 * One scenario end to end: validate the document (scenarioSchema.ts), assemble the series
 * (assemble.ts), simulate, evaluate the economics. Shared by the worker and the CLI.
 */
import { assembleScenario, type AssembledScenario, type ResolvedReferences } from './assemble';
import { parseMicrogridScenario, type MicrogridScenario } from './scenarioSchema';
import { scenarioEconomics, type ScenarioEconomics } from './scenarioEconomics';
import { simulate } from './simulate';
import type { SimulationResult } from './types';

export interface ScenarioRunInput {
  /** The scenario document as stored (validated here). */
  readonly scenario: unknown;
  readonly resolved?: ResolvedReferences;
}

export interface ScenarioRunResult extends SimulationResult {
  readonly scenario: MicrogridScenario;
  readonly economics: ScenarioEconomics;
  readonly notes: readonly string[];
  readonly assemblyMs: number;
  /** The assembled input (weather, prepared series, notes), for storing the result with its sources. */
  readonly assembled: AssembledScenario;
}

export class ScenarioValidationError extends Error {
  readonly issues: readonly { path: string; message: string }[];
  constructor(issues: readonly { path: string; message: string }[]) {
    super(issues.map((i) => `${i.path || '(document)'}: ${i.message}`).join('; '));
    this.name = 'ScenarioValidationError';
    this.issues = issues;
  }
}

export async function runScenario(input: ScenarioRunInput, onProgress?: (fraction: number, message: string) => void): Promise<ScenarioRunResult> {
  const parsed = parseMicrogridScenario(input.scenario);
  if (!parsed.ok) throw new ScenarioValidationError(parsed.issues);
  const t0 = performance.now();
  onProgress?.(0, 'assembly');
  const assembled = assembleScenario(parsed.value, input.resolved);
  const assemblyMs = performance.now() - t0;
  const result = await simulate(assembled.input, { onProgress: (f) => onProgress?.(f, 'simulation') });
  return { ...result, scenario: parsed.value, economics: scenarioEconomics(parsed.value, result.kpis), notes: assembled.notes, assemblyMs, assembled };
}
