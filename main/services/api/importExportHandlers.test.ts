import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportedLoadView, LoadPreview, WeatherPreview } from '../../../models/api/importExportContract';
import { yearTimeline } from '../../../models/core/timeline';
import { tempDir } from '../projectStore/testing/tempDir';
import { ApiSession, createHandlers, dispatch, type HandlerMap } from './handlers';
import { resolveReferences } from '../simulation/simulationService';
import { folderHost } from './testing/testHost';
import { dailyShapeW, r63Text } from './testing/enedisR63Year';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const refWeather = path.resolve(__dirname, '../../../..', 'shared/reference/weather');

/** Calendar 2025 in Paris, with 3 h missing on 12 March (local 10:00–13:00): longer than 2 h, so filled from the previous week. */
const year2025 = r63Text({
  fromUtcMs: Date.UTC(2024, 11, 31, 23),
  toUtcMs: Date.UTC(2025, 11, 31, 23),
  gap: { fromUtcMs: Date.UTC(2025, 2, 12, 9), toUtcMs: Date.UTC(2025, 2, 12, 12) },
});

describe('import and export calls', () => {
  let tmp: ReturnType<typeof tempDir>;
  let session: ApiSession;
  let handlers: HandlerMap;
  let scenarioId: string;
  const call = (name: string, input?: unknown) => dispatch(handlers, name, input);
  const value = async <T>(name: string, input?: unknown): Promise<T> => {
    const r = await call(name, input);
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.value as T;
  };

  beforeEach(async () => {
    tmp = tempDir();
    session = new ApiSession(folderHost(tmp.dir));
    handlers = createHandlers(session);
    await value('projects.create', { name: 'Imports' });
    scenarioId = (await value<{ id: string }>('scenarios.create', { kind: 'microgrid', name: 'Village', template: 'blank' })).id;
  });
  afterEach(async () => {
    await session.shutdown();
    tmp.cleanup();
  });

  it('previews an Enedis R63 year without saving: gap report, DST days, curve, fit on the scenario year', async () => {
    const preview = await value<LoadPreview>('imports.loadPreview', { fileName: 'r63.csv', base64: b64(year2025), scenarioId });
    expect(preview.format).toBe('enedis-r63-csv');
    expect(preview.prm).toBe('09876543210123');
    expect(preview.sourceStepsMinutes).toEqual([30]);
    expect(preview.stepMinutes).toBe(15); // the scenario's step
    expect(preview.gaps.count).toBe(1);
    expect(preview.gaps.totalMinutes).toBe(180);
    expect(preview.gaps.ranges[0]).toMatchObject({ startUtcMs: Date.UTC(2025, 2, 12, 9), endUtcMs: Date.UTC(2025, 2, 12, 12), filledBy: 'previousWeek' });
    expect(preview.dstDays).toEqual([
      { date: '2025-03-30', hours: 23 },
      { date: '2025-10-26', hours: 25 },
    ]);
    expect(preview.curveUnit).toBe('dayKwh');
    expect(preview.curve.length).toBe(365);
    // A weekday of 15 h at 1.5 kW and 9 h at 0.6 kW = 27.9 kWh; the 25 h day has one more night hour.
    expect(preview.curve[10].value).toBeCloseTo(27.9, 6);
    const oct26 = preview.curve.find((p) => p.tUtcMs === Date.UTC(2025, 9, 25, 22));
    expect(oct26?.value).toBeCloseTo(28.5, 6);
    expect(preview.fit).toMatchObject({ year: 2025, stepMinutes: 15, steps: yearTimeline(2025, 15).length, missingSteps: 0 });
    expect(await value('imports.list', {})).toEqual([]);
  });

  it('commits a load curve of the scenario length in mean kW, which the simulation service resolves', async () => {
    const committed = await value<{ id: string; name: string }>('imports.loadCommit', { fileName: 'r63.csv', base64: b64(year2025), scenarioId, name: 'Compteur 2025' });
    const stored = session.store.getImportedSeries(committed.id)!;
    expect(stored.kind).toBe('load');
    expect(stored.timeline).toEqual(yearTimeline(2025, 15));
    const kw = stored.channels.loadKw;
    expect(kw.length).toBe(yearTimeline(2025, 15).length);
    // Same weekday alignment: the 2025 file on the 2025 scenario is the file itself.
    const i = (Date.UTC(2025, 5, 3, 12) - Date.UTC(2025, 0, 1)) / (15 * 60_000);
    expect(kw[i]).toBeCloseTo(dailyShapeW(Date.UTC(2025, 5, 3, 12)) / 1000, 9);
    expect(kw.every((v) => Number.isFinite(v))).toBe(true);
    const resolved = resolveReferences(session.store, { loads: { source: 'imported', referenceId: committed.id } });
    expect(resolved.loadKw).toEqual(kw);
    expect((stored.meta as { gaps: { count: number } }).gaps.count).toBe(1);
    expect(await value('imports.list', { kind: 'load' })).toMatchObject([{ id: committed.id, name: 'Compteur 2025', kind: 'load' }]);
    const view = await value<ImportedLoadView>('imports.loadView', { id: committed.id });
    expect(view).toMatchObject({ name: 'Compteur 2025', year: 2025, stepMinutes: 15, prm: '09876543210123', gapCount: 1, curveUnit: 'dayKwh', peakKw: 1.5 });
    expect(view.curve).toHaveLength(366); // local days touched by the UTC year: 1 Jan to 1 Jan 00:00 local
    // The last local day holds one hour of the UTC year: left out rather than drawn as a dive. The first
    // lacks its first local hour (00:00–01:00, 0.6 kW): 23 h measured (27.3 kWh), scaled to 24 h.
    expect(view.curve[365].value).toBeNull();
    expect(view.curve[0].value).toBeCloseTo((27.3 * 24) / 23, 9);
    expect(view.curve[1].value).toBeCloseTo(27.9, 9);
    expect(view.annualKwh).toBeCloseTo(kw.reduce((a, v) => a + v / 4, 0), 6);
    expect(await call('imports.loadView', { id: 'nope' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('refuses to commit a file shorter than a year, and a malformed file with its line and column', async () => {
    const short = r63Text({ fromUtcMs: Date.UTC(2025, 2, 1), toUtcMs: Date.UTC(2025, 3, 1) });
    const preview = await value<{ fit: { missingSteps: number } }>('imports.loadPreview', { fileName: 'mars.csv', base64: b64(short), scenarioId });
    expect(preview.fit.missingSteps).toBeGreaterThan(0);
    const refused = await call('imports.loadCommit', { fileName: 'mars.csv', base64: b64(short), scenarioId, name: 'Mars' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(!refused.ok && refused.error.message).toMatch(/^mars\.csv: the file covers 31 days/);

    const lines = year2025.split('\n');
    lines[5] = lines[5].replace(';PT30M;', ';PT7X;');
    const bad = await call('imports.loadPreview', { fileName: 'abimé.csv', base64: b64(lines.join('\n')), scenarioId });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error.code).toBe('validation');
    expect(bad.error.message).toBe("abimé.csv: line 6, column 11 (Pas): 'PT7X' is not a step such as PT10M, PT15M, PT30M or PT60M");
    expect(bad.error.issues?.[0].path).toBe('base64');
    expect(await value('imports.list', {})).toEqual([]);
    const garbage = await call('imports.loadPreview', { fileName: 'x.csv', base64: 'not base64!', scenarioId });
    expect(!garbage.ok && garbage.error.issues?.[0].path).toBe('base64');
  });

  it.skipIf(!existsSync(refWeather))('previews and commits a PVGIS TMY on the scenario timeline (reference data)', async () => {
    const csv = readFileSync(path.join(refWeather, 'pvgis_tmy_45.000_8.000_2005_2023.csv'));
    const input = { fileName: 'tmy.csv', base64: csv.toString('base64'), scenarioId };
    const preview = await value<WeatherPreview>('imports.weatherPreview', input);
    expect(preview.format).toBe('pvgis-csv');
    expect(preview.typicalYear).toBe(true);
    expect(preview.site).toMatchObject({ latDeg: 45, lonDeg: 8 });
    expect(preview.months).toHaveLength(12);
    const sum = preview.months.reduce((a, m) => a + m.ghiKwhM2, 0);
    expect(sum).toBeCloseTo(preview.annualGhiKwhM2, 6);
    expect(preview.months[5].ghiKwhM2).toBeGreaterThan(preview.months[11].ghiKwhM2 * 3);
    expect(await value('imports.list', {})).toEqual([]);
    const committed = await value<{ id: string }>('imports.weatherCommit', { ...input, name: 'TMY 45N 8E' });
    const stored = session.store.getImportedSeries(committed.id)!;
    expect(stored.timeline).toEqual(yearTimeline(2025, 15));
    expect(stored.channels.ghiWm2.length).toBe(yearTimeline(2025, 15).length);
    expect(stored.meta).toMatchObject({ sourceKind: 'pvgis-csv' });
  });

  it('imports a generic weather CSV given its column mapping (French decimals, UTC stamps)', async () => {
    const rows = ['date;ghi;temp'];
    for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2026, 0, 1); t += 3_600_000) {
      const h = new Date(t).getUTCHours();
      rows.push(`${new Date(t).toISOString().slice(0, 16).replace('T', ' ')};${h >= 10 && h < 15 ? '500,0' : '0'};10,5`);
    }
    const csvMapping = { time: { column: 'date', format: 'YYYY-MM-DD HH:mm', timezone: 'UTC' }, ghi: { column: 'ghi' }, temp: { column: 'temp' } };
    const input = { fileName: 'station.csv', base64: b64(rows.join('\n')), scenarioId, csvMapping };
    const preview = await value<WeatherPreview>('imports.weatherPreview', input);
    expect(preview.format).toBe('csv');
    expect(preview.typicalYear).toBe(false);
    // 365 days × 5 h × 0.5 kW/m², conserved by the 60 → 15 min resampling.
    expect(preview.annualGhiKwhM2).toBeCloseTo(912.5, 9);
    expect(preview.meanTempC).toBeCloseTo(10.5, 12);
    const committed = await value<{ id: string }>('imports.weatherCommit', { ...input, name: 'Station' });
    expect(session.store.getImportedSeries(committed.id)!.channels.tempC.length).toBe(yearTimeline(2025, 15).length);
    const bad = await call('imports.weatherPreview', { ...input, csvMapping: { ...csvMapping, ghi: { column: 'rayonnement' } } });
    expect(!bad.ok && bad.error.message).toMatch(/^station\.csv: line 1, column rayonnement: column "rayonnement" \(ghi\) not in the header/);
  });

  it('refuses a weather file of unknown format naming the file', async () => {
    const r = await call('imports.weatherPreview', { fileName: 'meteo.txt', base64: b64('a;b\n1;2\n'), scenarioId });
    expect(!r.ok && r.error).toMatchObject({ code: 'validation' });
    expect(!r.ok && r.error.message).toMatch(/^meteo\.txt: not a PVGIS TMY/);
  });

  it('exports CSV (French and international) and XLSX next to the project file after a run', async () => {
    const noResult = await call('results.exportCsv', { scenarioId, separator: 'fr' });
    expect(!noResult.ok && noResult.error.code).toBe('not-found');
    const timeline = yearTimeline(2025, 60);
    const pvKw = new Float64Array(timeline.length).map((_, i) => (i % 24 >= 8 && i % 24 < 16 ? 10.25 : 0));
    const loadKw = new Float64Array(timeline.length).fill(4);
    session.store.saveScenarioResult(scenarioId, { timeline, kpis: { selfConsumptionRate: 0.625, importKwh: 1234.5 }, series: { pvKw, loadKw } });

    const fr = await value<{ path: string; bytes: number }>('results.exportCsv', { scenarioId, separator: 'fr' });
    expect(path.dirname(fr.path)).toBe(path.join(path.dirname(session.store.file), 'Exports'));
    expect(path.basename(fr.path)).toMatch(/^Village - \d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync(fr.path);
    expect(bytes.length).toBe(fr.bytes);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('Début du pas (heure de Paris);Production PV (kW);Consommation (kW)');
    expect(lines[1 + 8]).toBe('2025-01-01T09:00:00+01:00;10,25;4');

    const again = await value<{ path: string }>('results.exportCsv', { scenarioId, separator: 'intl', names: ['loadKw'] });
    expect(again.path).not.toBe(fr.path);
    expect(path.basename(again.path)).toMatch(/ \(2\)\.csv$/);
    expect(readFileSync(again.path, 'utf8').split('\r\n').slice(0, 2)).toEqual(['time_local,loadKw (kW)', '2025-01-01T01:00:00+01:00,4']);
    const unknown = await call('results.exportCsv', { scenarioId, separator: 'intl', names: ['nope'] });
    expect(!unknown.ok && unknown.error.issues?.[0].path).toBe('names');

    const xlsx = await value<{ path: string; bytes: number }>('results.exportXlsx', { scenarioId });
    expect(xlsx.path).toMatch(/\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx.path);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Indicateurs', 'Bilan mensuel', 'Séries horaires', 'Paramètres']);
    const kpi = wb.getWorksheet('Indicateurs')!;
    expect(kpi.getRow(2).values).toEqual([undefined, 'Taux d’autoconsommation', 0.625, '%', 'selfConsumptionRate']);
    expect(kpi.getRow(2).getCell(2).numFmt).toBe('0.0%');
    const monthly = wb.getWorksheet('Bilan mensuel')!;
    // January, local months: 31 days × 8 h × 10.25 kW, less the first local hour of 1 January (UTC 23:00 on 31 Dec is not in the year).
    expect(monthly.getRow(2).getCell(2).value).toBeCloseTo(31 * 8 * 10.25, 6);
    expect(wb.getWorksheet('Séries horaires')!.rowCount).toBe(1 + 8760);
  });
});
