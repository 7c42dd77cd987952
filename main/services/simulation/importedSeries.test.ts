/**
 * Round trip of imported price and CO2 series through the API: import → scenario referencing them → simulation in
 * the worker → energy cost and CO2 equal to Σ import kWh × price (× intensity) computed here independently from the
 * files' rows.
 */
import { describe, expect, it } from 'vitest';
import type { SeriesPreview } from '../../../models/api/importExportContract';
import { useApiSession, waitDone } from '../api/testing/apiSession';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const pad = (n: number) => String(n).padStart(2, '0');

/** Price of a local (month 1–12, day, hour), €/MWh: distinct enough that a one-hour or one-day shift shows. */
const priceMwh = (month: number, day: number, hour: number) => 40 + 3 * hour + 0.5 * day + month;

/** 2024 (a leap year) hourly day-ahead prices in naive Paris time, French decimals: 'Date;Heure;Prix (€/MWh)'. */
function priceFile2024(): string {
  const rows = ['Date;Heure;Prix (€/MWh)'];
  for (let t = Date.UTC(2023, 11, 31, 23); t < Date.UTC(2024, 11, 31, 23); t += 3_600_000) {
    const offsetH = t >= Date.UTC(2024, 2, 31, 1) && t < Date.UTC(2024, 9, 27, 1) ? 2 : 1;
    const local = new Date(t + offsetH * 3_600_000);
    const [mo, d, h] = [local.getUTCMonth() + 1, local.getUTCDate(), local.getUTCHours()];
    rows.push(`${pad(d)}/${pad(mo)}/2024;${pad(h)}:00 - ${pad((h + 1) % 24)}:00;${String(priceMwh(mo, d, h)).replace('.', ',')}`);
  }
  return rows.join('\r\n');
}

describe('imported price and CO2 series through the API', () => {
  const api = useApiSession((call) => call('projects.create', { name: 'Prix dynamiques' }));
  const { call, raw } = api;

  it('simulates a 2025 scenario on 2024 spot prices and a half-hourly CO2 series: cost = Σ import × price', async () => {
    const scenario = await call<{ id: string; data: Record<string, unknown> }>('scenarios.create', { kind: 'microgrid', name: 'Spot', template: 'blank' });
    await call('scenarios.update', { id: scenario.id, data: { ...scenario.data, period: { year: 2025, stepMinutes: 60 } } });

    const priceCsv = priceFile2024();
    const preview = await call<SeriesPreview>('imports.pricePreview', { fileName: 'epex-2024.csv', base64: b64(priceCsv), scenarioId: scenario.id });
    expect(preview).toMatchObject({ kind: 'price', unit: 'EUR/kWh', sourceUnit: 'EUR/MWh', stepMinutes: 60, rowCount: 8784, unfilledSteps: 0 });
    expect(preview.gaps.count).toBe(0);
    expect(preview.dstDays).toEqual([
      { date: '2024-03-31', hours: 23 },
      { date: '2024-10-27', hours: 25 },
    ]);
    expect(preview.firstRows[0]).toEqual({ tUtcMs: Date.UTC(2023, 11, 31, 23), value: priceMwh(1, 1, 0) / 1000 });
    expect(preview.stats.max).toBeCloseTo(priceMwh(12, 31, 23) / 1000, 12);
    expect(preview.fit).toMatchObject({ year: 2025, stepMinutes: 60, steps: 8760, missingSteps: 0, mappedSteps: 8760, sourceYears: [2024], feb29FromFeb28: false });
    expect(preview.fit.notes.join()).toMatch(/read from the series' year 2024/);
    expect(preview.curveUnit).toBe('day');
    expect(await call('imports.list', {})).toEqual([]);
    const price = await call<{ id: string }>('imports.priceCommit', { fileName: 'epex-2024.csv', base64: b64(priceCsv), scenarioId: scenario.id, name: 'EPEX 2024' });

    // CO2: 2025 in UTC, 30-min rows, 40 g/kWh on the hour and 60 g/kWh at half past: 50 g/kWh hourly.
    const co2Rows = ['Horodate;Taux de CO2 (g/kWh)'];
    for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2026, 0, 1); t += 1_800_000) co2Rows.push(`${new Date(t).toISOString()};${new Date(t).getUTCMinutes() ? 60 : 40}`);
    const co2 = await call<{ id: string }>('imports.co2Commit', { fileName: 'co2.csv', base64: b64(co2Rows.join('\n')), scenarioId: scenario.id, name: 'CO2 2025' });
    expect((await call<Array<{ kind: string; name: string }>>('imports.list', { kind: 'price' })).map((s) => s.name)).toEqual(['EPEX 2024']);
    expect((await call<Array<{ kind: string; name: string }>>('imports.list', { kind: 'co2' })).map((s) => s.name)).toEqual(['CO2 2025']);

    const current = await call<{ data: Record<string, unknown> & { grid: Record<string, unknown> } }>('scenarios.get', { id: scenario.id });
    await call('scenarios.update', {
      id: scenario.id,
      data: { ...current.data, grid: { ...current.data.grid, tariff: { kind: 'imported', referenceId: price.id }, co2: { kind: 'imported', referenceId: co2.id } } },
    });
    const { taskId } = await call<{ taskId: string }>('simulation.run', { scenarioId: scenario.id });
    const done = await waitDone(api.host.events, taskId);
    expect(done.status, done.message).toBe('done');

    const result = api.session.store.getScenarioResult(scenario.id)!;
    const importKw = result.series.gridImportKw;
    expect(importKw.length).toBe(8760);
    let cost = 0;
    let co2Kg = 0;
    let importKwh = 0;
    for (let i = 0; i < 8760; i++) {
      const t = Date.UTC(2025, 0, 1) + i * 3_600_000;
      const offsetH = t >= Date.UTC(2025, 2, 30, 1) && t < Date.UTC(2025, 9, 26, 1) ? 2 : 1;
      const local = new Date(t + offsetH * 3_600_000);
      const [mo, d] = [local.getUTCMonth() + 1, local.getUTCDate()];
      let h = local.getUTCHours();
      if (mo === 3 && d === 31 && h === 2) h = 3; // 2024-03-31 02:00 did not exist: the hour after is read
      cost += importKw[i] * (priceMwh(mo, d, h) / 1000);
      co2Kg += importKw[i] * 0.05;
      importKwh += importKw[i];
    }
    expect(importKwh).toBeGreaterThan(1000);
    expect(result.kpis.importKwh).toBeCloseTo(importKwh, 6);
    expect(result.kpis.energyCostEur).toBeCloseTo(cost, 6);
    expect(result.kpis.co2Kg).toBeCloseTo(co2Kg, 6);
  }, 120_000);

  it('refuses a price series that does not cover the scenario year, and a scenario whose series was deleted', async () => {
    const scenario = await call<{ id: string }>('scenarios.create', { kind: 'microgrid', name: 'Court', template: 'blank' });
    const week = ['Horodate;Prix (€/kWh)'];
    for (let h = 0; h < 24 * 7; h++) week.push(`${new Date(Date.UTC(2025, 5, 1) + h * 3_600_000).toISOString()};0,2`);
    const input = { fileName: 'semaine.csv', base64: b64(week.join('\n')), scenarioId: scenario.id };
    const preview = await call<SeriesPreview>('imports.pricePreview', input);
    expect(preview.fit.missingSteps).toBe(preview.fit.steps - 4 * 24 * 7);
    const refused = await raw('imports.priceCommit', { ...input, name: 'Semaine' });
    expect(!refused.ok && refused.error.message).toMatch(/^semaine\.csv: the price series leaves \d+ of the 35040 steps of the scenario's year 2025 without a value/);
    const badUnit = await raw('imports.pricePreview', { ...input, unit: 'EUR/Wh' });
    expect(!badUnit.ok && badUnit.error.issues?.[0]).toMatchObject({ path: 'unit' });
    const bad = await raw('imports.co2Preview', { fileName: 'co2.csv', base64: b64('Horodate;gCO2/kWh\n2025-01-01T00:00Z;50\n2025-01-01T01:00Z;cinquante\n'), scenarioId: scenario.id });
    expect(!bad.ok && bad.error.message).toBe("co2.csv: line 3, column 2 (gCO2/kWh): 'cinquante' is not a number");
  });
});
