import { describe, expect, it } from 'vitest';
import { utcToParisNaiveMs } from '../calendar/parisTime';
import { yearTimeline, type Timeline } from '../core/timeline';
import { SeriesCoverageError, seriesOnTimeline, timelineMapping } from './seriesOnTimeline';

/** Deterministic, irregular load (kW) so averages are not trivially equal. */
function loadOn(tl: Timeline): Float64Array {
  const out = new Float64Array(tl.length);
  for (let i = 0; i < tl.length; i++) out[i] = 3 + 2 * Math.sin(i * 0.37) + ((i * 7919) % 13) / 10;
  return out;
}
const energyKwh = (kw: Float64Array, stepMinutes: number) => kw.reduce((a, v) => a + (v * stepMinutes) / 60, 0);
const localHour = (utcMs: number) => new Date(utcToParisNaiveMs(utcMs)).getUTCHours();
const stepStart = (tl: Timeline, i: number) => tl.startUtcMs + i * tl.stepMinutes * 60_000;

describe('imported series on a scenario timeline', () => {
  it('conserves the energy of a load to 1e-9 when the step changes, coarser or finer (same year)', () => {
    const src = yearTimeline(2025, 15);
    const kw = loadOn(src);
    const e0 = energyKwh(kw, 15);
    for (const step of [1, 5, 10, 30, 60]) {
      const { values, notes } = seriesOnTimeline({ timeline: src, values: kw }, yearTimeline(2025, step), 'loads.referenceId');
      expect(Math.abs(energyKwh(values, step) - e0) / e0).toBeLessThan(1e-9);
      expect(notes.join()).toMatch(/series at 15 min/);
      expect(notes.join()).not.toMatch(/read from the series' year/);
    }
    // 10-min steps straddle 15-min source steps: 00:10–00:20 = half of each of the first two quarters.
    const ten = seriesOnTimeline({ timeline: src, values: kw }, yearTimeline(2025, 10), 'x').values;
    expect(ten[1]).toBeCloseTo((kw[0] + kw[1]) / 2, 12);
  });

  it('gives known values for prices: hourly prices repeated on 15 min, quarter-hour prices averaged per hour', () => {
    const day: Timeline = { startUtcMs: Date.UTC(2025, 5, 1), stepMinutes: 60, length: 24 };
    const hourly = Float64Array.from({ length: 24 }, (_, h) => h / 100);
    const q = seriesOnTimeline({ timeline: day, values: hourly }, { startUtcMs: day.startUtcMs, stepMinutes: 15, length: 96 }, 'grid.tariff.referenceId').values;
    expect(q[4 * 13 + 2]).toBe(0.13);
    const quarters: Timeline = { startUtcMs: day.startUtcMs, stepMinutes: 15, length: 96 };
    const qp = Float64Array.from({ length: 96 }, (_, k) => k);
    const h = seriesOnTimeline({ timeline: quarters, values: qp }, day, 'grid.tariff.referenceId').values;
    expect(h[0]).toBe(1.5);
    expect(h[23]).toBe(93.5);
  });

  it('maps another year by month, day and local time, also across both years’ clock changes', () => {
    // Series 2025 at 60 min whose value is its own local hour; scenario 2026 at 30 min.
    const src = yearTimeline(2025, 60);
    const values = Float64Array.from({ length: src.length }, (_, i) => localHour(stepStart(src, i)));
    const target = yearTimeline(2026, 30);
    const { values: out, notes } = seriesOnTimeline({ timeline: src, values }, target, 'grid.co2.referenceId');
    expect(notes[0]).toMatch(/^grid\.co2\.referenceId: all of the scenario's 17520 steps \(year 2026\) read from the series' year 2025/);
    let wrong = 0;
    for (let i = 0; i < target.length; i++) {
      const t = stepStart(target, i);
      const expected = localHour(t);
      // 2025-03-30 02:xx local does not exist in the series: the hour after is read.
      const skipped = utcToParisNaiveMs(t) >= Date.UTC(2026, 2, 30, 2) && utcToParisNaiveMs(t) < Date.UTC(2026, 2, 30, 3);
      if (out[i] !== (skipped ? 3 : expected)) wrong++;
    }
    expect(wrong).toBe(0);
    // The scenario's own 25-hour day (2026-10-25) reads 02:00 twice.
    const i0 = (Date.UTC(2026, 9, 25, 0) - target.startUtcMs) / 1_800_000; // 02:00 CEST
    const i1 = (Date.UTC(2026, 9, 25, 1) - target.startUtcMs) / 1_800_000; // 02:00 CET
    expect([out[i0], out[i1]]).toEqual([2, 2]);
  });

  it('tells the two occurrences of the series’ repeated autumn hour apart', () => {
    // Series 2025 hourly valued by index: on 2025-10-26, 02:00 CEST is 00:00 UTC and 02:00 CET is 01:00 UTC.
    const src = yearTimeline(2025, 60);
    const values = Float64Array.from({ length: src.length }, (_, i) => i);
    const target = yearTimeline(2026, 60);
    const out = seriesOnTimeline({ timeline: src, values }, target, 'x').values;
    const first = (Date.UTC(2025, 9, 26, 0) - src.startUtcMs) / 3_600_000;
    // 2026-10-26 is an ordinary day: 01:00, 02:00, 03:00 local read 01:00 CEST, 02:00 CEST (first) and 03:00 CET.
    const k = (Date.UTC(2026, 9, 26, 0) - target.startUtcMs) / 3_600_000; // 01:00 local
    expect([out[k], out[k + 1], out[k + 2]]).toEqual([first - 1, first, first + 2]);
  });

  it('handles 29 February both ways', () => {
    const src2025 = yearTimeline(2025, 60);
    const byDay = Float64Array.from({ length: src2025.length }, (_, i) => new Date(utcToParisNaiveMs(stepStart(src2025, i))).getUTCDate());
    const leap = seriesOnTimeline({ timeline: src2025, values: byDay }, yearTimeline(2028, 60), 'loads.referenceId');
    const feb29 = (Date.UTC(2028, 1, 29, 12) - Date.UTC(2028, 0, 1)) / 3_600_000;
    expect(leap.values[feb29]).toBe(28);
    expect(leap.values[feb29 + 24]).toBe(1);
    expect(leap.notes.join('\n')).toMatch(/29 February taken from 28 February/);
    const plan = timelineMapping(src2025, yearTimeline(2028, 60), 'loads.referenceId');
    expect([plan.mappedSteps, plan.feb29FromFeb28Pieces, plan.sourceYears]).toEqual([8784, 24, [2025, 2026]]);
    const src2024 = yearTimeline(2024, 60);
    const byDay24 = Float64Array.from({ length: src2024.length }, (_, i) => new Date(utcToParisNaiveMs(stepStart(src2024, i))).getUTCDate());
    const common = seriesOnTimeline({ timeline: src2024, values: byDay24 }, yearTimeline(2025, 60), 'loads.referenceId').values;
    const mar1 = (Date.UTC(2025, 2, 1, 12) - Date.UTC(2025, 0, 1)) / 3_600_000;
    expect([common[mar1 - 24], common[mar1]]).toEqual([28, 1]);
  });

  it('refuses a series that does not cover the year, naming the field', () => {
    const half: Timeline = { startUtcMs: Date.UTC(2025, 0, 1), stepMinutes: 60, length: 24 * 180 };
    const values = new Float64Array(half.length).fill(0.2);
    expect(() => seriesOnTimeline({ timeline: half, values }, yearTimeline(2025, 60), 'grid.tariff.referenceId')).toThrow(SeriesCoverageError);
    expect(() => seriesOnTimeline({ timeline: half, values }, yearTimeline(2025, 60), 'grid.tariff.referenceId')).toThrow(
      /^grid\.tariff\.referenceId: the imported series \(2025-01-01 01:00 to 2025-06-30 02:00, local time\) leaves \d+ of the scenario's 8760 steps without a value, the first at 2025-06-30 02:00/,
    );
    const withHole = new Float64Array(yearTimeline(2025, 60).length).fill(1);
    withHole[100] = Number.NaN;
    expect(() => seriesOnTimeline({ timeline: yearTimeline(2025, 60), values: withHole }, yearTimeline(2025, 15), 'loads.referenceId')).toThrow(/leaves 4 of the scenario's 35040 steps/);
  });

  it('wraps the last hour of a local-time year onto its first (a file from local midnight to midnight)', () => {
    const localYear: Timeline = { startUtcMs: Date.UTC(2024, 11, 31, 23), stepMinutes: 60, length: 8760 };
    const values = Float64Array.from({ length: 8760 }, (_, i) => i);
    const { values: out, notes } = seriesOnTimeline({ timeline: localYear, values }, yearTimeline(2025, 60), 'grid.tariff.referenceId');
    expect(out[0]).toBe(1);
    expect(out[8758]).toBe(8759);
    expect(out[8759]).toBe(0); // 2026-01-01 00:00 local reads 2025-01-01 00:00 local
    expect(notes[0]).toMatch(/^grid\.tariff\.referenceId: 1 of the scenario's 8760 steps/);
  });
});
