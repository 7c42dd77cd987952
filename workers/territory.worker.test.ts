import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createWorkerPool, type WorkerPool } from '../main/services/workerPool';
import { tsxWorkerFactory } from '../main/services/workerPool/tsxWorkerFactory';
import { malaunayOperationDoc, demoPortfolioDoc } from '../main/services/api/territoryHandlers';
import type { ApiResult } from '../models/api/errors';
import type { TerritoryWorkerApi } from './territory.worker';

const factory = tsxWorkerFactory(path.join(__dirname, 'territory.worker.ts'));
const pools: Array<WorkerPool<TerritoryWorkerApi>> = [];
const newPool = () => {
  const pool = createWorkerPool<TerritoryWorkerApi>({ factory, size: 1, name: 'territory-test' });
  pools.push(pool);
  return pool;
};
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

function value<T>(r: ApiResult<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

describe('territory worker', () => {
  const demo = demoPortfolioDoc();
  const portfolio = { key: 'demo', name: demo.name, data: demo.data };
  const window = { label: 'Pointe', startUtcMs: Date.UTC(2025, 0, 15, 16), hours: 3 };

  it('studies a portfolio, then activates a window on the memoised envelopes like a fresh worker does', async () => {
    const warm = newPool();
    const study = value(await warm.run('flexStudy', portfolio));
    expect(study.summary.sites).toHaveLength(10);
    expect(study.byKind.kinds.length).toBeGreaterThan(0);
    expect(study.computeMs).toBeGreaterThan(0);
    const started = performance.now();
    const memoised = value(await warm.run('flexActivate', { ...portfolio, ...window }));
    const memoMs = performance.now() - started;
    // A fresh worker has no memo: it recomputes the envelopes from the document and must agree.
    const fresh = value(await newPool().run('flexActivate', { ...portfolio, ...window }));
    expect(memoised).toEqual(fresh);
    expect(memoised.portfolio.deliveredKw).toHaveLength(3);
    expect(memoMs).toBeLessThan(study.computeMs);
  }, 120_000);

  it('answers the models’ validation errors as data with their field paths', async () => {
    const pool = newPool();
    const outside = await pool.run('flexActivate', { ...portfolio, ...window, startUtcMs: Date.UTC(2031, 0, 1) });
    expect(outside.ok).toBe(false);
    if (!outside.ok) expect(outside.error).toMatchObject({ code: 'validation', issues: [{ path: 'startUtcMs' }] });

    const empty = await pool.run('accRun', { name: 'Vide', dataJson: JSON.stringify({ participants: [] }) });
    expect(!empty.ok && empty.error.issues?.[0].path).toBe('data.participants');
    const badStep = await pool.run('accRun', { name: 'Pas', dataJson: JSON.stringify({ ...malaunayOperationDoc(), stepMinutes: 20 }) });
    expect(!badStep.ok && badStep.error.issues?.[0].path).toBe('data.stepMinutes');
  }, 60_000);

  it('runs an operation, a new key on the same curves, its key file, and an imported curve', async () => {
    const pool = newPool();
    const doc = malaunayOperationDoc();
    const run = value(await pool.run('accRun', { name: 'Malaunay', dataJson: JSON.stringify(doc) }));
    const staticRun = value(await pool.run('accRun', { name: 'Malaunay', dataJson: JSON.stringify({ ...doc, key: 'static' }) }));
    expect(staticRun.key).toBe('static');
    expect(staticRun.operation.producedKwh).toBeCloseTo(run.operation.producedKwh, 6);
    expect(staticRun.operation.selfConsumedKwh).toBeLessThan(run.operation.selfConsumedKwh);
    // The year of curves was memoised: the second run only allocates.
    expect(staticRun.computeMs).toBeLessThan(run.computeMs);

    const file = value(await pool.run('accKeysFile', { name: 'Malaunay', dataJson: JSON.stringify(doc) }));
    expect(file.rows).toBe(17_520);
    expect(file.key).toBe('default');
    expect(file.csv.split('\n')[0]).toBe(file.header);

    const rows = ['Horodate;kWh'];
    for (let t = 0; t < 17_520; t++) rows.push(`${new Date(Date.UTC(2025, 0, 1) + t * 1_800_000).toISOString()};${t % 2 ? '1,5' : '0,5'}`);
    const prm = doc.participants.find((p) => p.role === 'consumer')!.prm;
    const imported = value(await pool.run('accImportCurve', { dataJson: JSON.stringify(doc), prm, text: rows.join('\n'), file: 'mesures.csv' }));
    const curve = imported.participants.find((p) => p.prm === prm)!.curve;
    expect(curve.kind === 'imported' && curve.kwh.slice(0, 4)).toEqual([0.5, 1.5, 0.5, 1.5]);
    const short = await pool.run('accImportCurve', { dataJson: JSON.stringify(doc), prm, text: rows.slice(0, 11).join('\n'), file: '' });
    expect(!short.ok && short.error.message).toMatch(/17510 steps of the operation's year are missing/);
  }, 120_000);
});
