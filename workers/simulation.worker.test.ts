import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createWorkerPool } from '../main/services/workerPool';
import { tsxWorkerFactory } from '../main/services/workerPool/tsxWorkerFactory';
import { belleIleScenario } from '../models/examples/belleIle';
import { fixture } from '../models/sim/testFixtures';
import type { SimulationWorkerApi } from './simulation.worker';

const entry = fileURLToPath(new URL('./simulation.worker.ts', import.meta.url));
const pool = createWorkerPool<SimulationWorkerApi>({ factory: tsxWorkerFactory(entry), size: 1, name: 'simulation-test' });
afterAll(() => pool.close());

describe('simulation worker', () => {
  it('runs the core on prepared series and returns typed arrays', async () => {
    const r = await pool.run('simulate', fixture({ pvKw: [0, 10, 10, 0], loadKw: [2, 2, 2, 5], strategy: { kind: 'optimal', horizonHours: 24 } }));
    expect(r.series.gridImportKw).toBeInstanceOf(Float64Array);
    expect(r.series.gridImportKw.length).toBe(4);
    expect(r.kpis.pvKwh).toBeCloseTo(20, 12);
  }, 60_000);

  it('runs a scenario document with progress, and rejects an invalid one naming the field', async () => {
    const fractions: number[] = [];
    const r = await pool.run('simulateScenario', { scenario: JSON.parse(JSON.stringify(belleIleScenario(60))) }, { onProgress: (p) => fractions.push(p.fraction) });
    expect(r.kpis.departuresAtRequestedSocShare).toBe(1);
    expect(r.economics.capexEur).toBeGreaterThan(0);
    expect(fractions.at(-1)).toBe(1);
    await expect(pool.run('simulateScenario', { scenario: { ...belleIleScenario(60), period: { year: 2025, stepMinutes: 7 } } })).rejects.toThrow(/period.stepMinutes/);
  }, 60_000);

  it('sweeps sizes and returns one KPI set per variant', async () => {
    const base = fixture({ pvKw: [0, 10, 10, 0], loadKw: [2, 2, 2, 5], strategy: { kind: 'self-consumption' } });
    const res = await pool.run('sweep', { base, variants: [{ pvScale: 1, storageScale: 1 }, { pvScale: 2, storageScale: 0.5 }] });
    expect(res.map((x) => x.kpis.pvKwh)).toEqual([20, 40]);
  }, 60_000);
});
