import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { yearTimeline } from '../core/timeline';
import { parseEpw } from './epw';
import { parseGenericCsv } from './genericCsv';
import { detectWeatherFormat, parseWeatherText } from './parseWeather';
import { parsePvgisCsv, parsePvgisJson } from './pvgis';
import { resampleWeather } from './resample';
import { spaPosition } from '../solar/spa';
import { toTypicalYear } from './typicalYear';
import { irradiationKwhM2, WeatherParseError, type WeatherSeries } from './weatherSeries';

const refDir = path.resolve(__dirname, '../../..', 'shared/reference/weather');
const base = path.join(refDir, 'pvgis_tmy_45.000_8.000_2005_2023');
const haveRef = existsSync(`${base}.csv`);
if (!haveRef) console.warn(`weather.test: reference weather not found in ${refDir}; sample-file tests skipped`);

function maxAbsDiff(a: Float64Array, b: Float64Array): number {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

describe.skipIf(!haveRef)('PVGIS CSV, PVGIS JSON and EPW of the same TMY give the same year', () => {
  const csvText = haveRef ? readFileSync(`${base}.csv`, 'utf8') : '';
  const jsonText = haveRef ? readFileSync(`${base}.json`, 'utf8') : '';
  const epwText = haveRef ? readFileSync(`${base}.epw`, 'utf8') : '';

  it('detects the three formats', () => {
    expect(detectWeatherFormat(csvText)).toBe('pvgis-csv');
    expect(detectWeatherFormat(jsonText)).toBe('pvgis-json');
    expect(detectWeatherFormat(epwText)).toBe('epw');
  });

  it('reads site, offset and 8760 hourly rows, UTC, from each', () => {
    const csv = parsePvgisCsv(csvText);
    const json = parsePvgisJson(jsonText);
    const epw = parseEpw(epwText);
    for (const r of [csv, json, epw]) {
      expect(r.startUtcMs.length).toBe(8760);
      expect(r.site).toEqual({ latDeg: 45, lonDeg: 8, elevationM: 250 });
      expect(r.irradianceTimeOffsetH).toBeCloseTo(0.1761, 6);
    }
    // First row 20180101:0000 → interval starting 2018-01-01T00:00Z; GHI row 09:00 = 149 W/m².
    expect(csv.startUtcMs[0]).toBe(Date.UTC(2018, 0, 1, 0));
    expect(epw.startUtcMs[9]).toBe(Date.UTC(2018, 0, 1, 9));
    expect(epw.ghiWm2[9]).toBe(149);
    expect(csv.ghiWm2[9]).toBe(149);
  });

  it('maps onto 2025 with max differences 0 W/m² (irradiance), 0 °C, ≤ 0.05 m/s (EPW rounds wind)', () => {
    const series = [parsePvgisCsv(csvText), parsePvgisJson(jsonText), parseEpw(epwText)].map((r) => toTypicalYear(r, 2025));
    const [csv, json, epw] = series;
    for (const other of [json, epw]) {
      expect(other.timeline).toEqual(csv.timeline);
      expect(maxAbsDiff(other.ghiWm2, csv.ghiWm2)).toBeLessThanOrEqual(0.005);
      expect(maxAbsDiff(other.dniWm2!, csv.dniWm2!)).toBeLessThanOrEqual(0.005);
      expect(maxAbsDiff(other.dhiWm2!, csv.dhiWm2!)).toBeLessThanOrEqual(0.005);
      expect(maxAbsDiff(other.tempC, csv.tempC)).toBeLessThanOrEqual(0.005);
      expect(maxAbsDiff(other.windMs!, csv.windMs!)).toBeLessThanOrEqual(0.05 + 1e-9);
    }
    // Annual GHI of the sample (sum of hourly means) as a sanity figure.
    expect(irradiationKwhM2(csv.ghiWm2, 60)).toBeGreaterThan(1200);
    expect(irradiationKwhM2(csv.ghiWm2, 60)).toBeLessThan(1700);
  });

  it('turns PVGIS instantaneous samples (HH:10:34) into step means: no 20-min shift, energy within 1 %', () => {
    const records = parsePvgisCsv(csvText);
    const meanHourAngle = (s: WeatherSeries): number => {
      let sw = 0;
      let swh = 0;
      for (let i = 0; i < s.timeline.length; i += 1) {
        const g = s.ghiWm2[i];
        if (g <= 0) continue;
        const h = spaPosition(s.timeline.startUtcMs + i * 3_600_000 + 1_800_000, records.site!).hourAngleDeg;
        sw += g;
        swh += g * ((((h + 540) % 360) + 360) % 360 - 180);
      }
      return swh / sw;
    };
    const raw = toTypicalYear(records, 2025, { instantsToMeans: false });
    const means = toTypicalYear(records, 2025);
    expect(meanHourAngle(raw)).toBeGreaterThan(4); // value at HH:10 read as the mean of HH:00–HH:60
    expect(Math.abs(meanHourAngle(means))).toBeLessThan(1.5);
    expect(Math.abs(irradiationKwhM2(means.ghiWm2, 60) / irradiationKwhM2(raw.ghiWm2, 60) - 1)).toBeLessThan(0.01);
    for (let i = 0; i < means.timeline.length; i++) expect(means.dhiWm2![i]).toBeLessThanOrEqual(means.ghiWm2[i] + 1e-9);
  });

  it('fills Feb 29 of a leap target year from Feb 28 and conserves everything else', () => {
    const s2024 = toTypicalYear(parsePvgisCsv(csvText), 2024, { instantsToMeans: false });
    expect(s2024.timeline).toEqual(yearTimeline(2024, 60));
    const feb28 = (31 + 27) * 24;
    for (let h = 0; h < 24; h++) expect(s2024.ghiWm2[feb28 + 24 + h]).toBe(s2024.ghiWm2[feb28 + h]);
  });

  it('parseWeatherText places a TMY on the requested year', () => {
    const s = parseWeatherText(epwText, { year: 2030 });
    expect(s.timeline.startUtcMs).toBe(Date.UTC(2030, 0, 1));
    expect(s.source.kind).toBe('epw');
  });

  it('resamples hourly → 1 min and 15 min conserving energy (< 0.1 %)', () => {
    const hourly = toTypicalYear(parsePvgisCsv(csvText), 2025);
    for (const step of [1, 15]) {
      const fine = resampleWeather(hourly, step);
      expect(fine.timeline.length).toBe((8760 * 60) / step);
      const e0 = irradiationKwhM2(hourly.ghiWm2, 60);
      const e1 = irradiationKwhM2(fine.ghiWm2, step);
      expect(Math.abs(e1 / e0 - 1)).toBeLessThan(1e-3);
      const back = resampleWeather(fine, 60);
      expect(maxAbsDiff(back.ghiWm2, hourly.ghiWm2)).toBeLessThan(1e-9);
    }
  });
});

describe('PVGIS / EPW errors name the line and column', () => {
  it('bad number in PVGIS CSV', () => {
    const text = 'Latitude (decimal degrees): 45.000\ntime(UTC),T2m,RH,G(h),Gb(n),Gd(h),IR(h),WS10m,WD10m,SP\n20180101:0000,abc,94,0,0,0,283,0.7,257,99870\n';
    expect(() => parsePvgisCsv(text)).toThrow(/line 3, column T2m/);
  });
  it('bad EPW hour', () => {
    const lines = ['LOCATION,x,-,x,src,0,45,8,1,250', ...Array(7).fill('X'), '2018,1,1,25,0,?,2,1,94,99870,9999,9999,283,0,0,0,1,1,1,1,257,0.7'];
    expect(() => parseEpw(lines.join('\n'))).toThrow(WeatherParseError);
    expect(() => parseEpw(lines.join('\n'))).toThrow(/line 9, column date/);
  });
  it('EPW of another source honours its time zone', () => {
    const row = (h: number) => `2018,1,1,${h},0,?,2,1,94,99870,9999,9999,283,${h * 10},0,0,1,1,1,1,257,0.7`;
    const lines = ['LOCATION,Paris,-,FRA,src,071560,48.7,2.4,1.0,89', ...Array(7).fill('X'), row(1), row(2)];
    const r = parseEpw(lines.join('\n'));
    expect(r.startUtcMs[0]).toBe(Date.UTC(2017, 11, 31, 23)); // hour 1 = 00:00–01:00 UTC+1
    expect(r.ghiWm2[1]).toBe(20);
  });
});

describe('generic CSV', () => {
  it('reads a French export: semicolons, decimal commas, Europe/Paris, end-of-interval stamps, Wh/m²', () => {
    const text = [
      'Date;Rayonnement (Wh/m2);Température (°C)',
      '26/03/2023 01:00;0;4,5',
      '26/03/2023 02:00;0;4,0', // 02:00 local does not exist (DST starts): read with the later offset
      '26/03/2023 04:00;12,5;3,5',
    ].join('\n');
    const r = parseGenericCsv(text, {
      time: { column: 'Date', format: 'DD/MM/YYYY HH:mm', timezone: 'Europe/Paris', stamp: 'end' },
      ghi: { column: 'Rayonnement (Wh/m2)', unit: 'Wh/m2' },
      temp: { column: 'Température (°C)', unit: 'C' },
      stepMinutes: 60,
    });
    expect(r.startUtcMs[0]).toBe(Date.UTC(2023, 2, 25, 23)); // 01:00 CET end → 00:00–01:00 CET = 23:00Z
    expect(r.startUtcMs[2]).toBe(Date.UTC(2023, 2, 26, 1)); // 04:00 CEST end → 01:00Z start
    expect(r.ghiWm2[2]).toBe(12.5);
    expect(r.tempC[1]).toBe(4);
  });

  it('reads comma-separated ISO stamps with kW/m² and K', () => {
    const text = 'time,ghi,t\n2025-06-01T10:00:00Z,0.8,300\n2025-06-01T10:15:00Z,0.6,301\n';
    const r = parseGenericCsv(text, { time: { column: 'time', format: 'iso' }, ghi: { column: 'ghi', unit: 'kW/m2' }, temp: { column: 't', unit: 'K' } });
    expect(r.stepMinutes).toBe(15);
    expect(r.ghiWm2[0]).toBe(800);
    expect(r.tempC[1]).toBeCloseTo(27.85, 10);
  });

  it('names line and column of a bad value, and a missing column', () => {
    const map = { time: { column: 'time', format: 'iso' }, ghi: { column: 'ghi' }, temp: { column: 't' } };
    expect(() => parseGenericCsv('time;ghi;t\n2025-06-01 10:00;1,0;x\n2025-06-01 11:00;1;2', map)).toThrow(/line 2, column t: "x" is not a number/);
    expect(() => parseGenericCsv('time;G;t\n2025-06-01 10:00;1;2', map)).toThrow(/column "ghi" \(ghi\) not in the header/);
    expect(() => parseGenericCsv('a\n', { ...map, time: { column: 'time', format: 'iso', stamp: 'sometimes' as 'start' } })).toThrow(/time\.stamp/);
  });
});

describe('resampling properties', () => {
  it('15-min → hourly is the mean of four quarters', () => {
    const tl = { startUtcMs: 0, stepMinutes: 15, length: 8 };
    const s: WeatherSeries = {
      timeline: tl,
      ghiWm2: Float64Array.from([0, 100, 200, 300, 400, 400, 400, 400]),
      tempC: new Float64Array(8),
      source: { kind: 'synthetic', label: 't' },
    };
    const h = resampleWeather(s, 60);
    expect(Array.from(h.ghiWm2)).toEqual([150, 400]);
    expect(() => resampleWeather(s, 7)).toThrow(/whole number/);
  });
});

describe('toTypicalYear on a series', () => {
  it('moves a 2024 series onto 2025, dropping Feb 29', () => {
    const tl = yearTimeline(2024, 60);
    const ghi = new Float64Array(tl.length).map((_, i) => i);
    const s: WeatherSeries = { timeline: tl, ghiWm2: ghi, tempC: new Float64Array(tl.length), source: { kind: 'csv', label: 'x' } };
    const moved = toTypicalYear(s, 2025);
    expect(moved.timeline).toEqual(yearTimeline(2025, 60));
    expect(moved.ghiWm2[59 * 24]).toBe(60 * 24); // 1 March 2025 00:00 ← 1 March 2024 00:00
  });
});

describe.skipIf(!haveRef)('sun-geometry resampling', () => {
  it('hourly → 1 min follows the sun inside each hour and keeps each hour’s energy', () => {
    const hourly = toTypicalYear(parsePvgisCsv(readFileSync(`${base}.csv`, 'utf8')), 2025);
    const fine = resampleWeather(hourly, 1, { irradiance: 'sun-geometry' });
    const back = resampleWeather(fine, 60);
    expect(maxAbsDiff(back.ghiWm2, hourly.ghiWm2)).toBeLessThan(1e-9);
    expect(maxAbsDiff(back.dniWm2!, hourly.dniWm2!)).toBeLessThan(1e-9);
    // On 21 June at noon hour the minute values vary smoothly instead of holding one value.
    const k = (171 * 24 + 11) * 60;
    expect(fine.ghiWm2[k]).not.toBe(fine.ghiWm2[k + 59]);
    // Annual irradiation unchanged within 0.1 %.
    expect(Math.abs(irradiationKwhM2(fine.ghiWm2, 1) / irradiationKwhM2(hourly.ghiWm2, 60) - 1)).toBeLessThan(1e-3);
  });
});
