import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { malaunayResults } from '../../../models/examples/malaunay';
import { tempDir } from '../projectStore/testing/tempDir';
import { ApiSession, createHandlers, dispatch, type HandlerMap } from './handlers';
import { folderHost } from './testing/testHost';

const EXAMPLES = resolve(import.meta.dirname, '../../../resources/examples/territory');

describe('territory handlers (flexibility portfolio, collective self-consumption)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let session: ApiSession;
  let handlers: HandlerMap;
  const call = async (name: string, input?: unknown) => {
    const r = await dispatch(handlers, name, input);
    return r;
  };
  const ok = async <T>(name: string, input?: unknown): Promise<T> => {
    const r = await dispatch(handlers, name, input);
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.value as T;
  };

  beforeAll(async () => {
    tmp = tempDir();
    session = new ApiSession(folderHost(tmp.dir));
    handlers = createHandlers(session);
    await ok('projects.openExample', { id: 'malaunay' });
  });
  afterAll(async () => {
    await session.shutdown();
    tmp.cleanup();
  });

  it('fills the Malaunay example with a portfolio and the ACC operation', async () => {
    const list = await ok<Array<{ kind: string; name: string }>>('territories.list', {});
    expect(list.map((d) => d.kind).sort()).toEqual(['acc-operation', 'portfolio']);
  });

  it('runs the Malaunay operation like the model example, then exports the static key file', async () => {
    const [op] = await ok<Array<{ id: string }>>('territories.list', { kind: 'acc-operation' });
    const run = await ok<{ operation: { producedKwh: number; selfConsumedKwh: number }; participants: unknown[]; perimeter: { eligible: boolean } }>('acc.run', { id: op.id });
    const reference = malaunayResults();
    expect(run.operation.producedKwh).toBeCloseTo(reference.producedKwh, 3);
    expect(run.operation.selfConsumedKwh).toBeCloseTo(reference.result.operation.selfConsumedKwh, 3);
    expect(run.participants).toHaveLength(25);
    expect(run.perimeter.eligible).toBe(true);

    const doc = await ok<{ data: Record<string, unknown> }>('acc.get', { id: op.id });
    await ok('acc.update', { id: op.id, data: { ...doc.data, key: 'static' } });
    const staticRun = await ok<{ key: string; operation: { selfConsumedKwh: number } }>('acc.run', { id: op.id });
    expect(staticRun.key).toBe('static');
    // A static key cannot pass on what a consumer does not use: less is self-consumed.
    expect(staticRun.operation.selfConsumedKwh).toBeLessThan(run.operation.selfConsumedKwh);

    const out = resolve(tmp.dir, 'keys.csv');
    const exported = await ok<{ path: string; rows: number }>('acc.exportKeys', { id: op.id, path: out });
    const lines = readFileSync(exported.path, 'utf8').trim().split('\n');
    expect(lines[0].split(';')).toHaveLength(1 + 19);
    expect(lines[0].startsWith('Horodate;30000000000201;')).toBe(true);
    expect(lines).toHaveLength(1 + 17520);
    const cells = lines[1].split(';');
    expect(cells[0]).toBe('2025-01-01T01:00:00+01:00'); // the year's timeline starts at 00:00 UTC
    const sum = cells.slice(1).reduce((s, c) => s + Number(c.replace(',', '.')), 0);
    expect(sum).toBeGreaterThan(99.9);
    expect(sum).toBeLessThanOrEqual(100);

    // Undo brings the default key back.
    await ok('project.undo', {});
    expect((await ok<{ data: { key: string } }>('acc.get', { id: op.id })).data.key).toBe('default');
  });

  it('imports a measured curve for a consumer (Horodate;kWh, Paris time) and refuses an incomplete one', async () => {
    const created = await ok<{ id: string }>('acc.create', { name: 'Import', template: 'malaunay' });
    const rows = ['Horodate;kWh'];
    const start = Date.UTC(2025, 0, 1);
    for (let t = 0; t < 17_520; t++) rows.push(`${new Date(start + t * 1_800_000).toISOString()};${(t % 48 >= 16 && t % 48 < 36 ? 2.5 : 0.5).toFixed(1).replace('.', ',')}`);
    const doc = await ok<{ data: { participants: Array<{ prm: string; curve: { kind: string; kwh?: number[] } }> } }>('acc.importCurve', { id: created.id, prm: '30000000000201', text: rows.join('\n'), file: 'mesures.csv' });
    const imported = doc.data.participants.find((p) => p.prm === '30000000000201')!;
    expect(imported.curve.kind).toBe('imported');
    expect(imported.curve.kwh?.[16]).toBe(2.5);
    const run = await ok<{ participants: Array<{ prm: string; consumedKwh: number }> }>('acc.run', { id: created.id });
    expect(run.participants.find((p) => p.prm === '30000000000201')!.consumedKwh).toBeCloseTo(365 * (20 * 2.5 + 28 * 0.5), 6);
    const short = await call('acc.importCurve', { id: created.id, prm: '30000000000202', text: rows.slice(0, 100).join('\n') });
    expect(!short.ok && short.error.message).toMatch(/17421 steps of the operation's year are missing/);
  });

  it('refuses a bad operation with the field path and keeps the saved one', async () => {
    const [op] = await ok<Array<{ id: string }>>('territories.list', { kind: 'acc-operation' });
    const doc = await ok<{ data: { participants: Array<Record<string, unknown>> } }>('acc.get', { id: op.id });
    const participants = doc.data.participants.map((p, i) => (i === 2 ? { ...p, prm: '123' } : p));
    const bad = await call('acc.update', { id: op.id, data: { ...doc.data, participants } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.issues?.[0].path).toBe('data.participants.2.prm');
    expect((await ok<{ data: { participants: Array<{ prm: string }> } }>('acc.get', { id: op.id })).data.participants[2].prm).toBe('30000000000103');
  });

  it('previews a sites CSV with line-numbered errors and imports only on request', async () => {
    const bad = await ok<{ sites: unknown[]; errors: string[] }>('flex.previewCsv', { path: resolve(EXAMPLES, 'sites-avec-erreurs.csv') });
    expect(bad.sites).toHaveLength(1);
    expect(bad.errors.map((e) => e.slice(0, 7))).toEqual(['line 3:', 'line 4:', 'line 5:']);

    const created = await ok<{ id: string; data: { sites: unknown[] } }>('flex.create', { name: 'Communes' });
    expect(created.data.sites).toHaveLength(0);
    const text = readFileSync(resolve(EXAMPLES, 'sites-communes.csv'), 'utf8');
    const preview = await ok<{ sites: Array<{ annualKwh: number }>; errors: string[] }>('flex.previewCsv', { text });
    expect(preview.errors).toEqual([]);
    expect(preview.sites[0].annualKwh).toBe(82_000);
    expect((await ok<{ data: { sites: unknown[] } }>('flex.get', { id: created.id })).data.sites).toHaveLength(0);
    const imported = await ok<{ data: { sites: unknown[] } }>('flex.importCsv', { id: created.id, text });
    expect(imported.data.sites).toHaveLength(6);
    const again = await call('flex.importCsv', { id: created.id, text });
    expect(!again.ok && again.error.message).toMatch(/already in the portfolio/);
  });

  it('studies the demo portfolio and activates a custom window', async () => {
    const [pf] = await ok<Array<{ id: string }>>('territories.list', { kind: 'portfolio' });
    const study = await ok<{ summary: { sites: unknown[]; value: { totalEur: number } }; byKind: { kinds: string[]; downP50Kw: number[][][] } }>('flex.study', { id: pf.id });
    expect(study.summary.sites).toHaveLength(10);
    expect(study.byKind.kinds).toContain('heating');
    expect(study.byKind.downP50Kw[0]).toHaveLength(4);
    expect(study.summary.value.totalEur).toBeGreaterThan(0);
    const started = performance.now();
    const act = await ok<{ portfolio: { hours: number; meanKw: number; deliveredKw: number[] } }>('flex.activate', { id: pf.id, startUtcMs: Date.UTC(2025, 0, 15, 16), hours: 3 });
    expect(performance.now() - started).toBeLessThan(2000); // the study is cached
    expect(act.portfolio.hours).toBe(3);
    expect(act.portfolio.deliveredKw).toHaveLength(3);
    expect(act.portfolio.meanKw).toBeGreaterThan(0);
    const outside = await call('flex.activate', { id: pf.id, startUtcMs: Date.UTC(2030, 0, 1), hours: 3 });
    expect(!outside.ok && outside.error.code).toBe('validation');
  }, 60_000);
});
