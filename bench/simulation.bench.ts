/**
 * Micro-grid engine figures:
 *  - the Belle-Île demo for a year at 1-minute steps (525 600 steps) in one worker: the simulation
 *    itself (preparation + time loop, measured inside the worker, median of 3 after a warm-up run), the
 *    round trip through the pool, and the assembly of the series (weather, PV, loads) measured apart,
 *    cold (first call in the process) and warm (median of 3 more calls);
 *  - 1 000 hourly annual runs with different PV and storage sizes on a pool of 2 workers (sweep
 *    method, 20 calls of 50 variants), wall time once the workers are started.
 * Wall times depend on what else the machine runs; the CPU time of this process (all its threads) is
 * printed beside them as a load-independent check (it includes GC helper threads and message copies).
 */
import { fileURLToPath } from 'node:url';
import { createWorkerPool } from '../main/services/workerPool';
import { tsxWorkerFactory } from '../main/services/workerPool/tsxWorkerFactory';
import { belleIleScenario } from '../models/examples/belleIle';
import { assembleScenario } from '../models/sim/assemble';
import type { SweepVariant } from '../models/sim/sweep';
import type { SimulationWorkerApi } from '../workers/simulation.worker';
import type { BenchFigure } from './types';

const entry = fileURLToPath(new URL('../workers/simulation.worker.ts', import.meta.url));

const median = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1];

export async function run(): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];

  // 1. One year at 1-minute steps in one worker.
  let t = performance.now();
  const minute = assembleScenario(belleIleScenario(1));
  const assemblyMs = performance.now() - t;
  // The first assembly above is cold (every function starts in the interpreter); a pooled worker that
  // has run one scenario is warm, so the median of three more assemblies is printed beside it.
  const warmAssembly: number[] = [];
  for (let k = 0; k < 3; k++) {
    t = performance.now();
    assembleScenario(belleIleScenario(1));
    warmAssembly.push(performance.now() - t);
  }
  const single = createWorkerPool<SimulationWorkerApi>({ factory: tsxWorkerFactory(entry), size: 1, name: 'bench-sim' });
  try {
    await single.run('simulate', minute.input);
    const inside: number[] = [];
    const roundTrip: number[] = [];
    const cpu0 = process.cpuUsage();
    for (let k = 0; k < 3; k++) {
      t = performance.now();
      const r = await single.run('simulate', minute.input);
      roundTrip.push(performance.now() - t);
      inside.push(r.timings.prepareMs + r.timings.loopMs);
      if (r.kpis.departuresAtRequestedSocShare !== 1) throw new Error('a vehicle left without its requested energy');
    }
    const cpu = process.cpuUsage(cpu0);
    figures.push(
      { name: 'Belle-Île, 1 year at 1 min (525 600 steps), simulation in worker', value: median(inside), unit: 'ms', target: 300 },
      { name: 'same, process CPU time per run (round trip included)', value: (cpu.user + cpu.system) / 1000 / 3, unit: 'ms' },
      { name: 'same, round trip through the pool (input copied, result transferred)', value: median(roundTrip), unit: 'ms' },
      { name: 'same, assembly of the series (weather, PV, loads) on the main thread', value: assemblyMs, unit: 'ms' },
      { name: 'same, assembly again, median of 3 (warm JIT)', value: median(warmAssembly), unit: 'ms' },
    );
  } finally {
    await single.close();
  }

  // 2. 1 000 hourly annual runs on 2 workers.
  const hourly = assembleScenario(belleIleScenario(60)).input;
  const variants: SweepVariant[] = [];
  for (let a = 0; a < 40; a++) for (let b = 0; b < 25; b++) variants.push({ pvScale: 0.25 + a * 0.05, storageScale: 0.2 + b * 0.075 });
  const pool = createWorkerPool<SimulationWorkerApi>({ factory: tsxWorkerFactory(entry), size: 2, name: 'bench-sweep' });
  try {
    await Promise.all([pool.run('sweep', { base: hourly, variants: variants.slice(0, 2) }), pool.run('sweep', { base: hourly, variants: variants.slice(2, 4) })]);
    t = performance.now();
    const sweepCpu0 = process.cpuUsage();
    const chunks: Promise<unknown[]>[] = [];
    for (let k = 0; k < variants.length; k += 50) chunks.push(pool.run('sweep', { base: hourly, variants: variants.slice(k, k + 50) }));
    const results = (await Promise.all(chunks)).flat();
    const sweepMs = performance.now() - t;
    const sweepCpu = process.cpuUsage(sweepCpu0);
    if (results.length !== 1000) throw new Error(`sweep returned ${results.length} results`);
    figures.push(
      { name: '1 000 hourly annual runs (PV × storage sizes), pool of 2', value: sweepMs / 1000, unit: 's', target: 5 },
      { name: 'same, process CPU time / 2 cores', value: (sweepCpu.user + sweepCpu.system) / 1e6 / 2, unit: 's' },
    );
  } finally {
    await pool.close();
  }
  return figures;
}
