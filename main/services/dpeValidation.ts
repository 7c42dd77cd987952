/**
 * Validation of the DPE 3CL engine on a folder of ADEME XML records: computes every record from its
 * inputs (in the worker pool, or in-process), compares with the registered outputs and summarises
 * (models/audit/validation/metrics.ts). Also the baseline that the validation test guards: it only
 * moves up.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { summarize, type RecordComparison, type ValidationReport } from '../../models/audit/validation/metrics';
import { compareRecord } from '../../models/audit/validation/record';
import { createWorkerPool } from './workerPool';
import { tsxWorkerFactory } from './workerPool/tsxWorkerFactory';
import type { DpeWorkerApi } from '../../workers/dpe.worker';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const defaultCorpusDir = path.resolve(repoRoot, '../shared/reference/dpe/corpus');

export interface ValidationRun {
  report: ValidationReport;
  mode: 'worker-pool' | 'in-process';
  elapsedMs: number;
}

export function listRecords(dir: string): string[] {
  if (!existsSync(dir)) throw new Error(`folder not found: ${dir}`);
  const files = readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.xml')).sort();
  if (files.length === 0) throw new Error(`no .xml record in ${dir}`);
  return files;
}

const idOf = (file: string) => file.replace(/\.xml$/i, '');

export function compareInProcess(dir: string): RecordComparison[] {
  return listRecords(dir).map((f) => compareRecord(idOf(f), readFileSync(path.join(dir, f), 'utf8')));
}

export async function compareInPool(dir: string, size = 2): Promise<RecordComparison[]> {
  const files = listRecords(dir);
  const pool = createWorkerPool<DpeWorkerApi>({ factory: tsxWorkerFactory(path.join(repoRoot, 'workers/dpe.worker.ts')), size, name: 'dpe' });
  try {
    const batchSize = Math.ceil(files.length / (size * 4));
    const batches: { id: string; text: string }[][] = [];
    for (let i = 0; i < files.length; i += batchSize) {
      batches.push(files.slice(i, i + batchSize).map((f) => ({ id: idOf(f), text: readFileSync(path.join(dir, f), 'utf8') })));
    }
    const results = await Promise.all(batches.map((b) => pool.run('compareRecords', b)));
    return results.flat();
  } finally {
    await pool.close();
  }
}

export async function runDpeValidation(dir: string, options: { inProcess?: boolean; poolSize?: number } = {}): Promise<ValidationRun> {
  const t0 = Date.now();
  const comparisons = options.inProcess ? compareInProcess(dir) : await compareInPool(dir, options.poolSize);
  return { report: summarize(comparisons), mode: options.inProcess ? 'in-process' : 'worker-pool', elapsedMs: Date.now() - t0 };
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

export function formatReport(run: ValidationRun): string {
  const r = run.report;
  const lines = [
    `DPE 3CL validation: ${r.computed}/${r.records} records computed (${run.mode}, ${(run.elapsedMs / 1000).toFixed(1)} s)`,
    '',
    'metric          records  within 5 %  within 10 %  median |error|',
    ...r.metrics.map(
      (m) => `${m.metric.padEnd(15)} ${String(m.count).padStart(7)}  ${pct(m.within5Pct).padStart(10)}  ${pct(m.within10Pct).padStart(11)}  ${m.medianAbsErrorPct.toFixed(2).padStart(12)} %`,
    ),
    `label agreement: ${pct(r.labelAgreement)}`,
    '',
    'worst records (EP per m²): id, error, computed vs registered, first stage diverging by more than 5 %',
    ...r.worst.map(
      (w) => `  ${w.id.padEnd(16)} ${Number.isFinite(w.epErrorPct) ? w.epErrorPct.toFixed(1).padStart(7) + ' %' : '    n/a  '}  ${String(w.computedEpM2 ?? '-').padStart(6)} vs ${(w.registeredEpM2 ?? NaN).toFixed(0).padStart(6)}  ${w.stage}`,
    ),
  ];
  if (r.failures.length) lines.push('', `not computed (${r.failures.length}):`, ...r.failures.map((f) => `  ${f.id}: ${f.error}`));
  return lines.join('\n');
}

/** Baseline: floors per metric (share within 5 % and 10 %) and for the label agreement. */
export type Baseline = Record<string, number>;

export function baselineOf(report: ValidationReport): Baseline {
  const b: Baseline = { label_agreement: report.labelAgreement };
  for (const m of report.metrics) {
    b[`${m.metric}_within5`] = m.within5Pct;
    b[`${m.metric}_within10`] = m.within10Pct;
  }
  return b;
}

/** Names of the baseline values the report falls below. */
export function belowBaseline(report: ValidationReport, baseline: Baseline): string[] {
  const current = baselineOf(report);
  return Object.entries(baseline)
    .filter(([k, v]) => (current[k] ?? 0) + 1e-9 < v)
    .map(([k, v]) => `${k}: ${(current[k] ?? 0).toFixed(4)} < baseline ${v.toFixed(4)}`);
}

/** The new baseline: each value raised to the current one, never lowered. */
export function raisedBaseline(report: ValidationReport, baseline: Baseline): Baseline {
  const current = baselineOf(report);
  const out: Baseline = { ...baseline };
  for (const [k, v] of Object.entries(current)) out[k] = Math.max(baseline[k] ?? 0, Math.floor(v * 10000) / 10000);
  return out;
}
