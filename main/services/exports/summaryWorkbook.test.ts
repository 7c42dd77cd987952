import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { yearTimeline } from '../../../models/core/timeline';
import { tempDir } from '../projectStore/testing/tempDir';
import { flattenParameters, hourlyMeans, writeSummaryWorkbook } from './summaryWorkbook';

describe('summary workbook', () => {
  let tmp: ReturnType<typeof tempDir> | undefined;
  afterEach(() => tmp?.cleanup());

  it('averages sub-hourly steps over each hour', () => {
    expect([...hourlyMeans(Float64Array.from([1, 2, 3, 4, 10, Number.NaN, 20, 30]), { startUtcMs: 0, stepMinutes: 15, length: 8 })]).toEqual([2.5, 20]);
  });

  it('flattens the scenario into path / value rows', () => {
    expect(flattenParameters({ a: { b: 1, c: [true, 'x'] }, d: [] })).toEqual([
      ['a.b', 1],
      ['a.c.0', true],
      ['a.c.1', 'x'],
      ['d', '[]'],
    ]);
  });

  it('writes KPI, monthly, hourly and parameter sheets that read back', async () => {
    tmp = tempDir();
    const timeline = yearTimeline(2025, 30);
    const loadKw = new Float64Array(timeline.length).fill(2);
    const out = await writeSummaryWorkbook(
      { timeline, series: { loadKw, gridImportKw: loadKw }, kpis: { importKwh: 17_520, sohEnd: 97.5, custom: 'texte' }, scenarioName: 'S', computedAt: '2025-06-01T10:00:00.000Z', scenario: { period: { year: 2025 } } },
      path.join(tmp.dir, 'S.xlsx'),
    );
    expect(out.bytes).toBeGreaterThan(10_000);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out.path);
    const kpis = wb.getWorksheet('Indicateurs')!;
    expect(kpis.getRow(2).values).toEqual([undefined, 'Énergie soutirée', 17_520, 'kWh', 'importKwh']);
    expect(kpis.getRow(2).getCell(2).numFmt).toBe('#,##0.0');
    expect(kpis.getRow(4).getCell(2).value).toBe('texte');
    const monthly = wb.getWorksheet('Bilan mensuel')!;
    expect(monthly.getRow(1).values).toEqual([undefined, 'Mois', 'Consommation (kWh)', 'Soutirage réseau (kWh)']);
    // The year is 365 × 24 h × 2 kW, split by local month, whole.
    expect(monthly.getRow(14).getCell(2).value).toBeCloseTo(17_520, 6);
    const hourly = wb.getWorksheet('Séries horaires')!;
    expect(hourly.rowCount).toBe(1 + 8760);
    // First hour of 2025 UTC is 01:00 in Paris, written as the wall-clock time.
    expect((hourly.getRow(2).getCell(1).value as Date).toISOString()).toBe('2025-01-01T01:00:00.000Z');
    expect(hourly.getRow(2).getCell(2).value).toBe('+01:00');
    expect(wb.getWorksheet('Paramètres')!.getRow(2).values).toEqual([undefined, 'period.year', 2025]);
  });
});
