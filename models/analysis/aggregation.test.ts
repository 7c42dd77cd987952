import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localCalendar } from '../calendar/localCalendar';
import { yearTimeline } from '../core/timeline';
import { dayHourMatrix } from './heatmap';
import { monthlyEnergyBalance } from './monthlyBalance';
import { typicalDaysByMonth } from './typicalDay';
import { extractWindow, stepTimesUtcMs, windowRange } from './window';

// 2025 in Europe/Paris: summer time from Sunday 30 March 02:00 to Sunday 26 October 03:00
// (Directive 2000/84/EC, last Sundays of March and October at 01:00 UTC).
const year = yearTimeline(2025, 60);
const calendar = localCalendar(year);

describe('monthly energy balance', () => {
  it('counts the hours of each local month, DST included, for a constant 1 kW', () => {
    const b = monthlyEnergyBalance(year, { loadKw: new Float64Array(year.length).fill(1) }, calendar);
    const m = Array.from(b.monthlyKwh.loadKw!);
    // January: 743 local hours of 2025 (it starts at 01:00 local) + the last UTC hour, which is 1 January 2026 00:00 local.
    expect(m[0]).toBe(744);
    expect(m[1]).toBe(672);
    expect(m[2]).toBe(743); // 23-hour day on 30 March
    expect(m[9]).toBe(745); // 25-hour day on 26 October
    expect(b.annualKwh.loadKw).toBe(8760);
  });

  it('monthly sums equal the annual total for any series and step', () => {
    fc.assert(
      fc.property(fc.constantFrom(15, 30, 60), fc.integer({ min: 1, max: 2 ** 31 }), (step, seed) => {
        const tl = yearTimeline(2024, step);
        let s = seed;
        const v = new Float64Array(tl.length);
        for (let i = 0; i < v.length; i++) {
          s = (s * 1103515245 + 12345) % 2147483648;
          v[i] = (s / 2147483648) * 80;
        }
        const b = monthlyEnergyBalance(tl, { pvKw: v });
        const sum = b.monthlyKwh.pvKw!.reduce((a, x) => a + x, 0);
        let direct = 0;
        for (let i = 0; i < v.length; i++) direct += (v[i] * step) / 60;
        expect(sum).toBeCloseTo(direct, 6);
        expect(b.annualKwh.pvKw).toBeCloseTo(direct, 6);
      }),
      { numRuns: 6 },
    );
  });

  it('ignores the state of charge, which is not an energy flow', () => {
    const b = monthlyEnergyBalance(year, { storageSocPct: new Float64Array(year.length).fill(50) }, calendar);
    expect(b.monthlyKwh.storageSocPct).toBeUndefined();
  });
});

describe('typical day per month', () => {
  it('averages by LOCAL hour: UTC+1 in January, UTC+2 in July', () => {
    const utcHour = Float64Array.from({ length: year.length }, (_, i) => i % 24);
    const days = typicalDaysByMonth(year, { loadKw: utcHour }, calendar);
    expect(days).toHaveLength(12);
    expect(days[0].hours.loadKw![5]).toBeCloseTo(4, 12);
    expect(days[6].hours.loadKw![5]).toBeCloseTo(3, 12);
    expect(days[6].hours.loadKw![0]).toBeCloseTo(22, 12);
    expect(days[6].samplesPerHour[12]).toBe(31);
    // March: 31 days, but hour 2 does not exist on the 30th.
    expect(days[2].samplesPerHour[2]).toBe(30);
  });

  it('gives the mean power of each hour of the month', () => {
    const v = new Float64Array(year.length);
    // Local noon of every July day at 3 kW: 10:00 UTC.
    for (let i = 0; i < year.length; i++) if (calendar.localMonth[i] === 6 && calendar.localHour[i] === 12) v[i] = 3;
    const d = typicalDaysByMonth(year, { pvKw: v }, calendar)[6];
    expect(d.hours.pvKw![12]).toBe(3);
    expect(d.hours.pvKw![11]).toBe(0);
  });
});

describe('day × hour matrix', () => {
  it('has one row per local day, NaN for the hour skipped in March, the mean of the two October 02:00 hours', () => {
    const index = Float64Array.from({ length: year.length }, (_, i) => i);
    const m = dayHourMatrix(year, index, calendar);
    // 365 local days of 2025 plus 1 January 2026 00:00 local (the last UTC hour).
    expect(m.days).toBe(366);
    expect(m.values.length).toBe(366 * 24);
    expect(m.values[0]).toBeNaN(); // 1 January 00:00 local is 31 December 23:00 UTC, outside the year
    expect(m.values[1]).toBe(0);
    const march30 = 31 + 28 + 29; // day index of 30 March
    expect(m.values[march30 * 24 + 2]).toBeNaN();
    expect(m.values[march30 * 24 + 3]).toBe(m.values[march30 * 24 + 1] + 1);
    const oct26 = 31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 25;
    const twoAm = m.values[oct26 * 24 + 2];
    // 02:00 local happens twice (00:00 and 01:00 UTC): its cell is the mean of two consecutive indices.
    expect(twoAm - Math.floor(twoAm)).toBe(0.5);
    expect(m.min).toBe(0);
    expect(m.max).toBe(year.length - 1);
  });
});

describe('time windows', () => {
  it('cuts a week out of a year as views on the same memory', () => {
    const tl = yearTimeline(2025, 15);
    const pv = Float64Array.from({ length: tl.length }, (_, i) => i);
    const start = Date.UTC(2025, 6, 7);
    const w = extractWindow(tl, { pvKw: pv }, start, start + 7 * 86_400_000);
    expect(w.timeline.length).toBe(7 * 96);
    expect(w.timeline.startUtcMs).toBe(start);
    expect(w.series.pvKw![0]).toBe(w.fromIndex);
    expect(w.series.pvKw!.buffer).toBe(pv.buffer);
    expect(stepTimesUtcMs(w.timeline)[1]).toBe(start + 15 * 60_000);
  });

  it('clamps to the timeline and includes a partly covered step', () => {
    const tl = yearTimeline(2025, 60);
    expect(windowRange(tl, Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 2))).toEqual({ from: 0, to: 0 });
    expect(windowRange(tl, Date.UTC(2025, 0, 1, 0, 30), Date.UTC(2025, 0, 1, 2, 10))).toEqual({ from: 0, to: 3 });
    expect(windowRange(tl, Date.UTC(2025, 11, 31), Date.UTC(2027, 0, 1))).toEqual({ from: 8736, to: 8760 });
  });
});

describe('calendar cache', () => {
  it('shares one calendar between views of the same timeline', async () => {
    const { cachedLocalCalendar } = await import('./calendarCache');
    const tl = yearTimeline(2023, 60);
    const a = cachedLocalCalendar(tl);
    expect(cachedLocalCalendar({ ...tl })).toBe(a);
    expect(cachedLocalCalendar(yearTimeline(2023, 30))).not.toBe(a);
    expect(a.localMonth[0]).toBe(0);
  });
});
