import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProject, exportProjectJson, type ProjectStore } from './index';
import { tempDir } from './testing/tempDir';

const port = { name: 'Port', commune: 'Le Palais', latDeg: 47.35, lonDeg: -3.15, elevationM: 10 };

describe('project store', () => {
  let tmp: ReturnType<typeof tempDir>;
  let store: ProjectStore;
  beforeEach(() => {
    tmp = tempDir();
    store = createProject(tmp.path('p.ilot'), { name: 'Projet' }).store;
  });
  afterEach(() => {
    store.close();
    tmp.cleanup();
  });

  it('records every change in the audit trail with old and new values', () => {
    store.updateHeader({ client: 'Mairie', notes: 'Visite le 3 mars' });
    const site = store.createSite(port);
    store.updateSite(site.id, { latDeg: 47.36 });
    const history = store.history(10);
    expect(history[0]).toMatchObject({ entity: 'site', entityId: site.id, field: 'latDeg', oldValue: 47.35, newValue: 47.36 });
    expect(history[1]).toMatchObject({ entity: 'site', field: '*', oldValue: null });
    expect(history.filter((h) => h.entity === 'project').map((h) => h.field).sort()).toEqual(['client', 'notes']);
  });

  it('skips no-op updates', () => {
    store.updateHeader({ name: 'Projet' });
    expect(store.history(10)).toHaveLength(0);
  });

  it('undoes changes one at a time, back to the beginning', () => {
    const site = store.createSite(port);
    store.updateSite(site.id, { name: 'Quai' });
    store.deleteSite(site.id);
    expect(store.listSites()).toHaveLength(0);
    store.undo();
    expect(store.listSites().map((s) => s.name)).toEqual(['Quai']);
    store.undo();
    expect(store.getSite(site.id).name).toBe('Port');
    store.undo();
    expect(store.listSites()).toHaveLength(0);
    expect(store.undo()).toBeNull();
  });

  it('restores a deleted site with its assets', () => {
    const site = store.createSite(port);
    store.db
      .prepare("INSERT INTO assets (id, site_id, kind, name, data, created_at, updated_at) VALUES ('pv1', ?, 'pv', 'Toiture', '{\"kWp\":76}', 'x', 'x')")
      .run(site.id);
    store.deleteSite(site.id);
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM assets').get()).toEqual({ n: 0 });
    store.undo();
    expect(store.db.prepare('SELECT data FROM assets').get()).toEqual({ data: '{"kWp":76}' });
  });

  it('stores results with their series and marks them stale when inputs change', () => {
    const site = store.createSite(port);
    const scenario = store.createScenario({ kind: 'microgrid', name: 'Base', siteId: site.id, data: { pvKwp: 76 } });
    const load = Float64Array.from({ length: 8760 }, (_, i) => Math.sin(i / 10));
    store.saveScenarioResult(scenario.id, {
      timeline: { startUtcMs: Date.UTC(2025, 0, 1), stepMinutes: 60, length: 8760 },
      kpis: { selfConsumptionRate: 0.8 },
      series: { loadKw: load },
    });
    const result = store.getScenarioResult(scenario.id);
    expect(result?.stale).toBe(false);
    expect(result?.series.loadKw).toEqual(load);
    expect(store.listScenarios()[0]).toMatchObject({ hasResult: true, stale: false });
    store.updateScenario(scenario.id, { data: { pvKwp: 100 } });
    expect(store.listScenarios()[0].stale).toBe(true);
    store.undo();
    expect(store.listScenarios()[0].stale).toBe(false);
    store.updateSite(site.id, { latDeg: 48 });
    expect(store.getScenarioResult(scenario.id, [])?.stale).toBe(true);
  });

  it('duplicates a scenario without its results', () => {
    const scenario = store.createScenario({ kind: 'microgrid', name: 'Base', data: { a: 1 } });
    const copy = store.duplicateScenario(scenario.id, 'Sans stockage');
    expect(copy).toMatchObject({ name: 'Sans stockage', data: { a: 1 } });
    expect(store.getScenarioResult(copy.id)).toBeNull();
  });

  it('exports the whole document as JSON', () => {
    store.createSite(port);
    const json = exportProjectJson(store);
    expect(json).toMatchObject({ format: 'ilot-project', project: { name: 'Projet' }, sites: [{ name: 'Port' }] });
  });
});

describe('imported series', () => {
  it('round-trips a weather year with its channels', () => {
    const tmp = tempDir();
    const { store } = createProject(tmp.path('w.ilot'), { name: 'W' });
    const ghi = Float64Array.from({ length: 8760 }, (_, i) => (i % 24) * 10);
    const saved = store.saveImportedSeries({
      kind: 'weather',
      name: 'PVGIS TMY',
      timeline: { startUtcMs: Date.UTC(2025, 0, 1), stepMinutes: 60, length: 8760 },
      channels: { ghiWm2: ghi, tempC: new Float64Array(8760).fill(12) },
      meta: { source: 'pvgis-csv' },
    });
    expect(store.listImportedSeries('weather').map((s) => s.name)).toEqual(['PVGIS TMY']);
    const back = store.getImportedSeries(saved.id);
    expect(back?.channels.ghiWm2).toEqual(ghi);
    expect(back?.meta).toEqual({ source: 'pvgis-csv' });
    store.close();
    tmp.cleanup();
  });
});
