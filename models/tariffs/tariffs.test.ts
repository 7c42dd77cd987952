import { describe, expect, it } from 'vitest';
import { localCalendar } from '../calendar/localCalendar';
import { dateOfEpochDay, dayOfWeekMonday0, epochDayOfIsoDate, isoDateOfEpochDay } from '../calendar/parisTime';
import { frenchPublicHolidays } from '../calendar/publicHolidays';
import { timelineBetween, yearTimeline } from '../core/timeline';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DPE_3CL_ELECTRICITY_KG_PER_KWH, co2KgPerKwhSeries } from './co2Intensity';
import { offPeakHoursPerDay, offPeakRangesSchema } from './offPeakHours';
import { PERIOD, importPriceSeries } from './priceSeries';
import { TRVE_DEFAULT } from './regulatedPrices';
import { TEMPO_COLOR, checkTempoRules, parseTempoDaysCsv, tempoDaysFromTemperature } from './tempoCalendar';

const tl = yearTimeline(2026, 60);
const cal = localCalendar(tl);
const fegesTable = fileURLToPath(new URL('../../../shared/reference/dpe/doctrine/abaques/performance/feges.csv', import.meta.url));

/** A deterministic cold-winter temperature series with day-to-day variation. */
function temperatures(): Float64Array {
  const t = new Float64Array(tl.length);
  for (let i = 0; i < tl.length; i++) {
    const day = Math.floor(i / 24);
    t[i] = 11 - 9 * Math.cos((2 * Math.PI * (day - 15)) / 365) + 4 * Math.sin(day * 1.7) + 3 * Math.sin((2 * Math.PI * (i % 24)) / 24 - 2);
  }
  return t;
}

describe('off-peak ranges', () => {
  it('counts hours and validates ranges', () => {
    expect(offPeakHoursPerDay(['22:00-06:00'])).toBe(8);
    expect(offPeakHoursPerDay(['01:30-07:30', '12:30-14:30'])).toBe(8);
    expect(offPeakRangesSchema.safeParse(['22:00-06:00', '05:00-07:00']).error?.issues[0].message).toBe('offPeakRanges overlap each other');
    expect(offPeakRangesSchema.safeParse(['22h-6h']).error?.issues[0].message).toMatch(/HH:MM-HH:MM/);
  });
});

describe('importPriceSeries', () => {
  it('base: one price, all HP', () => {
    const p = importPriceSeries({ kind: 'base' }, tl, cal);
    expect(p.eurPerKwh[100]).toBe(0.194); // TRVE Base from 1 Feb 2026, up to 6 kVA
    expect(importPriceSeries({ kind: 'base', subscription: { powerKva: 9, eurPerYear: 200 } }, tl, cal).eurPerKwh[0]).toBe(0.1927);
    expect(importPriceSeries({ kind: 'base', eurPerKwh: 0.25 }, tl, cal).eurPerKwh[0]).toBe(0.25);
    expect(p.period.every((v) => v === PERIOD.hp)).toBe(true);
  });
  it('HP/HC: 22:00–06:00 local in winter and summer, 2 920 HC hours in 2026', () => {
    const p = importPriceSeries({ kind: 'hphc', subscription: { powerKva: 9, eurPerYear: 250 } }, tl, cal);
    let hcHours = 0;
    for (let i = 0; i < tl.length; i++) {
      hcHours += p.period[i];
      const h = cal.localHour[i];
      expect(p.period[i]).toBe(h >= 22 || h < 6 ? 1 : 0);
      expect(p.eurPerKwh[i]).toBe(p.period[i] ? TRVE_DEFAULT.hphc.hcEurPerKwh : TRVE_DEFAULT.hphc.hpEurPerKwh);
    }
    expect(hcHours).toBe(2920);
    // 15 January 21:00 UTC = 22:00 CET (HC); 15 July 21:00 UTC = 23:00 CEST (HC); 15 July 19:00 UTC = 21:00 CEST (HP).
    expect(p.period[(Date.UTC(2026, 0, 15, 21) - tl.startUtcMs) / 3_600_000]).toBe(1);
    expect(p.period[(Date.UTC(2026, 6, 15, 19) - tl.startUtcMs) / 3_600_000]).toBe(0);
    expect(p.subscriptionEurPerYear).toBe(250);
  });
  it('HP/HC ranges off the step grid: time-weighted price, majority period', () => {
    const p = importPriceSeries({ kind: 'hphc', hpEurPerKwh: 0.3, hcEurPerKwh: 0.1, offPeakRanges: ['01:30-07:30', '12:15-14:15'] }, tl, cal);
    const at = (h: number) => cal.localHour.findIndex((x, i) => x === h && cal.localDayIndex[i] === 10);
    expect(p.eurPerKwh[at(1)]).toBeCloseTo(0.2, 12); // 01:00–02:00, half HC
    expect(p.eurPerKwh[at(3)]).toBe(0.1);
    expect(p.eurPerKwh[at(7)]).toBeCloseTo(0.2, 12);
    expect(p.eurPerKwh[at(12)]).toBeCloseTo(0.1 * 0.75 + 0.3 * 0.25, 12);
    expect(p.period[at(12)]).toBe(PERIOD.hc);
    expect(p.eurPerKwh[at(14)]).toBeCloseTo(0.1 * 0.25 + 0.3 * 0.75, 12);
    expect(p.period[at(14)]).toBe(PERIOD.hp);
    // Over a day, the mean price weights 8 HC hours and 16 HP hours exactly.
    let sum = 0;
    for (let i = 0; i < tl.length; i++) if (cal.localDayIndex[i] === 10) sum += p.eurPerKwh[i];
    expect(sum).toBeCloseTo(8 * 0.1 + 16 * 0.3, 9);
  });
  it('rejects bad specs with the field named', () => {
    expect(() => importPriceSeries({ kind: 'base', eurPerKwh: 195 }, tl, cal)).toThrow('tariff: eurPerKwh: eurPerKwh must be <= 10 EUR/kWh (is it in EUR/MWh?)');
    expect(() => importPriceSeries({ kind: 'hphc', offPeakRanges: [] }, tl, cal)).toThrow('tariff: offPeakRanges: offPeakRanges needs at least one range');
    expect(() => importPriceSeries({ kind: 'flat' } as never, tl, cal)).toThrow(/kind must be one of/);
    expect(() => importPriceSeries({ kind: 'tempo' }, tl, cal)).toThrow(/need the tempC series/);
  });
});

describe('Tempo', () => {
  const tempC = temperatures();
  const days = tempoDaysFromTemperature(cal, tempC);
  it('assigns 22 red, 43 white and the rest blue over a year, following the rules', () => {
    const count = [0, 0, 0];
    for (const c of days.colors) count[c]++;
    expect(days.colors.length).toBe(366); // the Tempo day of 31 Dec 2025 covers 1 Jan 01:00–06:00
    expect(count).toEqual([301, 43, 22]);
    expect(checkTempoRules(days)).toEqual([]);
    const holidays = new Set([...frenchPublicHolidays(2026), ...frenchPublicHolidays(2025)].map((h) => h.epochDay));
    days.colors.forEach((c, d) => {
      const ed = days.firstEpochDay + d;
      const { month1 } = dateOfEpochDay(ed);
      if (c === TEMPO_COLOR.red) {
        expect(month1 >= 11 || month1 <= 3).toBe(true);
        expect(dayOfWeekMonday0(ed)).toBeLessThanOrEqual(4);
        expect(holidays.has(ed)).toBe(false);
      }
      if (c === TEMPO_COLOR.white) expect(dayOfWeekMonday0(ed)).not.toBe(6);
    });
  });
  it('puts red on the coldest eligible days of each Tempo year, prorated (13 Jan–Mar + 9 Nov–Dec)', () => {
    const mean = (d: number) => {
      let s = 0;
      let k = 0;
      for (let i = 0; i < tl.length; i++) {
        const ed = cal.firstLocalEpochDay + cal.localDayIndex[i] - (cal.localMinuteOfDay[i] < 360 ? 1 : 0);
        if (ed === days.firstEpochDay + d) {
          s += tempC[i];
          k++;
        }
      }
      return k >= 23 ? s / k : Number.POSITIVE_INFINITY; // Tempo days cut by the timeline stay blue
    };
    // Within each Tempo year (September–August), every eligible non-red day is at least as warm as its warmest red day.
    const tempoYear = (d: number) => {
      const { year, month1 } = dateOfEpochDay(days.firstEpochDay + d);
      return month1 >= 9 ? year : year - 1;
    };
    const redsByYear = new Map<number, number[]>();
    for (let d = 0; d < days.colors.length; d++) {
      if (days.colors[d] !== TEMPO_COLOR.red) continue;
      redsByYear.set(tempoYear(d), [...(redsByYear.get(tempoYear(d)) ?? []), d]);
    }
    expect([...redsByYear.entries()].map(([y, r]) => [y, r.length])).toEqual([
      [2025, 13],
      [2026, 9],
    ]);
    for (let d = 0; d < days.colors.length; d++) {
      const ed = days.firstEpochDay + d;
      const { month1 } = dateOfEpochDay(ed);
      const eligible = (month1 >= 11 || month1 <= 3) && dayOfWeekMonday0(ed) <= 4 && !frenchPublicHolidays(dateOfEpochDay(ed).year).some((h) => h.epochDay === ed);
      const warmestRed = Math.max(...(redsByYear.get(tempoYear(d)) ?? []).map(mean));
      if (eligible && days.colors[d] !== TEMPO_COLOR.red) expect(mean(d)).toBeGreaterThanOrEqual(warmestRed - 1e-12);
    }
  });
  it('prices by colour and by the 06:00–22:00 HP period; the Tempo day starts at 06:00', () => {
    const p = importPriceSeries({ kind: 'tempo' }, tl, cal, { tempC });
    const firstRed = days.colors.indexOf(TEMPO_COLOR.red);
    const redDay = days.firstEpochDay + firstRed;
    const at = (epochDay: number, hour: number) => cal.localDayIndex.findIndex((d, i) => d === epochDay - cal.firstLocalEpochDay && cal.localHour[i] === hour);
    expect(p.eurPerKwh[at(redDay, 10)]).toBe(TRVE_DEFAULT.tempo.red.hpEurPerKwh);
    expect(p.eurPerKwh[at(redDay, 23)]).toBe(TRVE_DEFAULT.tempo.red.hcEurPerKwh);
    expect(p.eurPerKwh[at(redDay + 1, 3)]).toBe(TRVE_DEFAULT.tempo.red.hcEurPerKwh); // still the red Tempo day
    expect(p.tempoColor?.[at(redDay, 5)]).toBe(days.colors[firstRed - 1]); // 05:00 belongs to the previous Tempo day
  });
  it('uses an imported day list and names the first missing day', () => {
    const week = timelineBetween(Date.UTC(2026, 0, 5, 5), Date.UTC(2026, 0, 7, 5), 60); // Mon 06:00 → Wed 06:00 local
    const wcal = localCalendar(week);
    const list = parseTempoDaysCsv('date;couleur\n2026-01-05;ROUGE\n06/01/2026;blanc\n');
    const p = importPriceSeries({ kind: 'tempo', days: { source: 'list', days: list } }, week, wcal);
    expect(p.tempoColor?.[0]).toBe(TEMPO_COLOR.red);
    expect(p.tempoColor?.[30]).toBe(TEMPO_COLOR.white);
    expect(() => importPriceSeries({ kind: 'tempo', days: { source: 'list', days: list.slice(0, 1) } }, week, wcal)).toThrow('no colour given for 2026-01-06');
    expect(() => parseTempoDaysCsv('2026-01-05;VERT')).toThrow(/line 1/);
    expect(checkTempoRules({ firstEpochDay: epochDayOfIsoDate('2026-01-10'), colors: Uint8Array.from([2, 1]) })).toEqual([
      '2026-01-10: red outside Monday–Friday working days of 1 Nov–31 Mar',
      '2026-01-11: white on a Sunday',
    ]);
    expect(isoDateOfEpochDay(epochDayOfIsoDate('2026-01-10'))).toBe('2026-01-10');
  });
});

describe('imported price series', () => {
  // The CSV itself is read by models/imports/priceCsv (tested there); here, a 15-min series priced per hour.
  it('averages 15 min prices into hourly steps and refuses a step the series does not cover', () => {
    const s = { startUtcMs: Date.UTC(2025, 11, 31, 23), stepMinutes: 15, eurPerKwh: [0.1, 0.12, 0.08, 0.1, 0.0605, 0.0605, 0.0605, 0.0605] };
    const t2 = timelineBetween(Date.UTC(2025, 11, 31, 23), Date.UTC(2026, 0, 1, 1), 60);
    const p = importPriceSeries({ kind: 'series', ...s }, t2, localCalendar(t2));
    expect(p.eurPerKwh[0]).toBeCloseTo(0.1, 12);
    expect(p.eurPerKwh[1]).toBeCloseTo(0.0605, 12);
    const t3 = timelineBetween(Date.UTC(2025, 11, 31, 23), Date.UTC(2026, 0, 1, 2), 60);
    expect(() => importPriceSeries({ kind: 'series', ...s }, t3, localCalendar(t3))).toThrow(/covers .* not the step starting 2026-01-01T01:00/);
  });
});

describe('CO2 intensity', () => {
  it.skipIf(!existsSync(fegesTable))('3CL electricity factors match the doctrine table (reference data)', () => {
    const rows = readFileSync(fegesTable, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.startsWith('electricite;'));
    const byUse = Object.fromEntries(rows.map((l) => [l.split(';')[1], Number(l.split(';')[2])]));
    expect(DPE_3CL_ELECTRICITY_KG_PER_KWH).toEqual({ heating: byUse.chauffage, hotWater: byUse.ecs, cooling: byUse.refroidissement, lighting: byUse.eclairage, auxiliaries: byUse.auxiliaire });
  });
  it('constant (3CL specific-use default), monthly by local month, and series', () => {
    expect(co2KgPerKwhSeries({ kind: 'constant' }, tl, cal)[0]).toBe(0.069);
    expect(co2KgPerKwhSeries({ kind: 'constant', kgPerKwh: 0.03 }, tl, cal)[5]).toBe(0.03);
    const monthly = Array.from({ length: 12 }, (_, m) => 0.01 * (m + 1));
    const m = co2KgPerKwhSeries({ kind: 'monthly', kgPerKwh: monthly }, tl, cal);
    expect(m[0]).toBe(0.01);
    expect(m[tl.length - 1]).toBe(0.01); // 31 Dec 23:00 UTC is 1 January 00:00 local
    expect(m[tl.length - 2]).toBe(0.12);
    expect(() => co2KgPerKwhSeries({ kind: 'monthly', kgPerKwh: [1] }, tl, cal)).toThrow('co2: kgPerKwh: kgPerKwh must hold 12 monthly values, January first');
    expect(() => co2KgPerKwhSeries({ kind: 'constant', kgPerKwh: 52 }, tl, cal)).toThrow(/is it in g/);
    const day = timelineBetween(Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 2), 60);
    const s = co2KgPerKwhSeries({ kind: 'series', startUtcMs: Date.UTC(2026, 0, 1), stepMinutes: 30, kgPerKwh: Array.from({ length: 48 }, (_, k) => k / 1000) }, day, localCalendar(day));
    expect(s[0]).toBeCloseTo(0.0005, 12);
  });
});
