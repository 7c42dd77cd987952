import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STEP_QUALITY } from '../loads/resampleMeterPoints';
import { importCo2SeriesCsv } from './co2Csv';
import { importPriceSeriesCsv, priceUnitOfHeader } from './priceCsv';
import { normalizeHourField } from './timedCsv';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const enc = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('price series CSV', () => {
  it('reads Horodate;Prix with offsets and the unit from the header, in EUR/kWh', () => {
    const csv = ['Horodate;Prix (€/MWh)', '2025-01-15T00:00:00+01:00;85,5', '2025-01-15T01:00:00+01:00;70', '2025-01-15T02:00:00+01:00;-12,25', ''].join('\n');
    const s = importPriceSeriesCsv(enc(csv));
    expect(s.sourceUnit).toBe('EUR/MWh');
    expect(s.timeline).toEqual({ startUtcMs: Date.UTC(2025, 0, 14, 23), stepMinutes: 60, length: 3 });
    expect([...s.values]).toEqual([0.0855, 0.07, -0.01225]);
    expect(s.stats.min).toBeCloseTo(-0.01225, 12);
    expect(s.stats.max).toBeCloseTo(0.0855, 12);
    expect(s.stats.mean).toBeCloseTo((0.0855 + 0.07 - 0.01225) / 3, 12);
    expect(s.gaps.count).toBe(0);
  });

  it('reads Date;Heure;Prix in naive Paris time across the autumn change (02:00 twice), with BOM and comma decimals', () => {
    const s = importPriceSeriesCsv(fixture('epex-2025-10-26-bom.csv'));
    expect(s.encoding).toBe('utf-8-bom');
    expect(s.timeline).toEqual({ startUtcMs: Date.UTC(2025, 9, 25, 22), stepMinutes: 60, length: 25 });
    // Row k holds 100 + k + 0.25 €/MWh; the two 02:00 rows are 01:00 and 02:00 UTC in that order.
    for (let k = 0; k < 25; k++) expect(s.values[k]).toBeCloseTo((100.25 + k) / 1000, 12);
    expect(s.duplicates.count).toBe(0);
  });

  it('reads the spring change day in local time: 23 hourly rows, no gap', () => {
    const rows = ['Date;Heure;Prix (EUR/MWh)'];
    for (let h = 0; h < 24; h++) if (h !== 2) rows.push(`2025-03-30;${h}h00;${h}`);
    const s = importPriceSeriesCsv(enc(rows.join('\r\n')));
    expect(s.timeline).toEqual({ startUtcMs: Date.UTC(2025, 2, 29, 23), stepMinutes: 60, length: 23 });
    expect(s.values[2]).toBe(0.003); // 03:00 local = 01:00 UTC
    expect(s.gaps.count).toBe(0);
  });

  it('refuses a local time of the skipped spring hour, naming line and column', () => {
    const csv = 'Date;Heure;Prix (€/MWh)\n2025-03-30;01:00;50\n2025-03-30;02:00;50\n';
    expect(() => importPriceSeriesCsv(enc(csv))).toThrow("line 3, column 1 (Date): local time '2025-03-30 02:00' does not exist in Europe/Paris (spring clock change)");
  });

  it('names the line and column of a bad value and of a price in the wrong unit', () => {
    expect(() => importPriceSeriesCsv(enc('Horodate;Prix (€/MWh)\n2025-01-01T00:00:00+01:00;12\n2025-01-01T01:00:00+01:00;abc\n'))).toThrow(
      "line 3, column 2 (Prix (€/MWh)): 'abc' is not a number",
    );
    expect(() => importPriceSeriesCsv(enc('Horodate;Prix (€/kWh)\n2025-01-01T00:00:00+01:00;0,2\n2025-01-01T01:00:00+01:00;85\n'))).toThrow(
      /^line 3, column 2 \(Prix \(€\/kWh\)\): price 85\.000 EUR\/kWh is beyond ±10 EUR\/kWh \(is the file in €\/MWh\?\)/,
    );
    expect(() => importPriceSeriesCsv(enc('Horodate;Prix (€/MWh)\nhier;12\n'))).toThrow(/^line 2, column 1 \(Horodate\): 'hier' is not a timestamp/);
  });

  it('needs the unit from the header or the option; the option wins', () => {
    const csv = '2025-06-01T00:00:00+02:00;0,15\n2025-06-01T00:30:00+02:00;0,25\n';
    expect(() => importPriceSeriesCsv(enc(csv))).toThrow(/price unit is not given/);
    const s = importPriceSeriesCsv(enc(csv), { unit: 'EUR/kWh' });
    expect(s.timeline.stepMinutes).toBe(30);
    expect([...s.values]).toEqual([0.15, 0.25]);
    expect([...importPriceSeriesCsv(enc(`Horodate;Prix (€/MWh)\n${csv}`), { unit: 'EUR/kWh' }).values]).toEqual([0.15, 0.25]);
    expect(priceUnitOfHeader('Prix TTC EUR/kWh')).toBe('EUR/kWh');
    expect(priceUnitOfHeader('Tarif (c€/kWh)')).toBe('cEUR/kWh');
    expect(priceUnitOfHeader('Prix (euros / MWh)')).toBe('EUR/MWh');
  });

  it('reports and fills gaps: missing rows and empty values, by interpolation when short', () => {
    const rows = ['Horodate;Prix (€/MWh)'];
    for (let h = 0; h < 8; h++) {
      if (h === 3) continue; // missing row
      rows.push(`2025-02-01T${String(h).padStart(2, '0')}:00:00Z;${h === 5 ? '' : 10 * h}`);
    }
    const s = importPriceSeriesCsv(enc(rows.join('\n')));
    expect(s.emptyValueCount).toBe(1);
    expect(s.gaps.count).toBe(2);
    expect(s.gaps.ranges.map((r) => [r.startUtcMs, r.minutes, r.filledBy])).toEqual([
      [Date.UTC(2025, 1, 1, 3), 60, 'interpolation'],
      [Date.UTC(2025, 1, 1, 5), 60, 'interpolation'],
    ]);
    expect(s.values[3]).toBeCloseTo(0.03, 12);
    expect(s.values[5]).toBeCloseTo(0.05, 12);
    expect(s.quality[3]).toBe(STEP_QUALITY.interpolated);
    expect(s.unfilledSteps).toBe(0);
  });

  it('accepts hour fields written in several ways', () => {
    expect(normalizeHourField('0h30')).toBe('00:30');
    expect(normalizeHourField('00 - 01')).toBe('00:00');
    expect(normalizeHourField('13:00 - 14:00')).toBe('13:00');
    expect(normalizeHourField('7:15:00')).toBe('07:15:00');
    expect(normalizeHourField('midi')).toBeUndefined();
  });
});

describe('CO2 intensity CSV', () => {
  it('reads an RTE eCO2mix export: tabs, Windows-1252, local time, empty 15-min rows, one missing value, the disclaimer', () => {
    const s = importCo2SeriesCsv(fixture('eco2mix-2025-03-30-cp1252.tsv'));
    expect(s.format).toBe('rte-eco2mix');
    expect(s.encoding).toBe('windows-1252');
    expect(s.sourceUnit).toBe('g/kWh');
    expect(s.valueHeader).toBe('Taux de CO2 (g/kWh)');
    // 23 local hours of 30-min values: 00:00 local (23:00 UTC the day before) to 23:30 local.
    expect(s.timeline).toEqual({ startUtcMs: Date.UTC(2025, 2, 29, 23), stepMinutes: 30, length: 46 });
    expect(s.values[0]).toBeCloseTo(0.02, 12);
    expect(s.values[1]).toBeCloseTo(0.0205, 12);
    // 03:00 local = 01:00 UTC = index 4
    expect(s.values[4]).toBeCloseTo(0.023, 12);
    // 10:30 local (08:30 UTC, index 19) was empty: interpolated between 10:00 (30) and 11:00 (31).
    expect(s.gaps.ranges).toEqual([{ startUtcMs: Date.UTC(2025, 2, 30, 8, 30), endUtcMs: Date.UTC(2025, 2, 30, 9), minutes: 30, filledBy: 'interpolation' }]);
    expect(s.values[19]).toBeCloseTo(0.0305, 12);
    expect(s.rowCount).toBe(23 * 4);
    expect(s.emptyValueCount).toBe(23 * 2 + 1);
  });

  it('reads a generic Horodate;gCO2/kWh file and a kg one; refuses grams given as kg', () => {
    const g = importCo2SeriesCsv(enc('Horodate;gCO2/kWh\n2025-01-01 00:00;52\n2025-01-01 00:15;48\n'));
    expect(g.format).toBe('csv');
    expect(g.timeline).toEqual({ startUtcMs: Date.UTC(2024, 11, 31, 23), stepMinutes: 15, length: 2 });
    expect([...g.values]).toEqual([0.052, 0.048]);
    const kg = importCo2SeriesCsv(enc('Horodate;kgCO2e/kWh\n2025-01-01T00:00Z;0,06\n2025-01-01T01:00Z;0,05\n'));
    expect(kg.sourceUnit).toBe('kg/kWh');
    expect([...kg.values]).toEqual([0.06, 0.05]);
    expect(() => importCo2SeriesCsv(enc('Horodate;kgCO2/kWh\n2025-01-01T00:00Z;55\n'))).toThrow(/^line 2, column 2 \(kgCO2\/kWh\): CO2 intensity 55 kg\/kWh is above 2 kg\/kWh \(is the file in g\/kWh\?\)/);
  });

  it('refuses rows off the step grid, naming the line', () => {
    expect(() => importCo2SeriesCsv(enc('Horodate;gCO2/kWh\n2025-01-01T00:00Z;50\n2025-01-01T00:30Z;50\n2025-01-01T00:45Z;50\n2025-01-01T01:10Z;50\n'))).toThrow(
      /^line 5, column 1 \(Horodate\): time is not on the file's 15-min grid/,
    );
  });

  it('refuses a file with no CO2 column', () => {
    expect(() => importCo2SeriesCsv(enc('Date;Heure;Consommation\n2025-01-01;00:00;5\n'))).toThrow(/^line 1, column 1: no CO2 intensity column found/);
  });
});
