import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { yearTimeline, type Timeline } from '../../core/timeline';
import { localCalendar, type LocalCalendar } from '../../calendar/localCalendar';
import { addDailyShiftableBlocks, type DailyShiftableBlock } from './dailyShiftableBlocks';

/** The plain search (the assembly's former inline version), the reference of the early exit. */
function reference(blocks: readonly DailyShiftableBlock[], calendar: LocalCalendar, pvKw: Float64Array, loadKw: Float64Array): void {
  const tl = calendar.timeline;
  const n = tl.length;
  const dtH = tl.stepMinutes / 60;
  for (const s of blocks) {
    const runSteps = Math.max(1, Math.round(s.energyKwhPerDay / s.powerKw / dtH));
    const kw = s.energyKwhPerDay / (runSteps * dtH);
    let dayStart = 0;
    while (dayStart < n) {
      let dayEnd = dayStart;
      while (dayEnd < n && calendar.localDayIndex[dayEnd] === calendar.localDayIndex[dayStart]) dayEnd++;
      const earliest = s.earliestStartHour * 60;
      const latest = s.latestEndHour * 60 - runSteps * tl.stepMinutes;
      let best = -1;
      let bestPv = -1;
      for (let i = dayStart; i + runSteps <= dayEnd; i++) {
        const m = calendar.localMinuteOfDay[i];
        if (m < earliest || m > latest) continue;
        let pv = 0;
        for (let k = 0; k < runSteps; k++) pv += Math.min(pvKw[i + k], kw);
        if (pv > bestPv + 1e-9) {
          bestPv = pv;
          best = i;
        }
      }
      if (best >= 0) for (let k = 0; k < runSteps; k++) loadKw[best + k] += kw;
      dayStart = dayEnd;
    }
  }
}

function pvSeries(tl: Timeline, peakKw: number, cloud: number[], seedShift: number): Float64Array {
  return Float64Array.from({ length: tl.length }, (_, i) => {
    const hour = ((i * tl.stepMinutes) / 60 + seedShift) % 24;
    const day = Math.floor((i * tl.stepMinutes) / 1440);
    const sun = Math.max(0, Math.sin(((hour - 6) / 12) * Math.PI));
    return peakKw * sun * cloud[day % cloud.length];
  });
}

describe('addDailyShiftableBlocks', () => {
  it('places the blocks exactly as the plain search (property: PV sizes, clouds, blocks, steps)', () => {
    const calendars = new Map<number, LocalCalendar>();
    fc.assert(
      fc.property(
        fc.constantFrom(5, 15, 60),
        fc.double({ min: 0, max: 80, noNaN: true }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 9 }),
        fc.array(
          fc.record({
            energyKwhPerDay: fc.double({ min: 0.5, max: 60, noNaN: true }),
            powerKw: fc.double({ min: 0.5, max: 12, noNaN: true }),
            earliestStartHour: fc.integer({ min: 0, max: 12 }),
            latestEndHour: fc.integer({ min: 13, max: 24 }),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        fc.integer({ min: 0, max: 3 }),
        (step, peakKw, cloud, blocks, shift) => {
          if (!calendars.has(step)) calendars.set(step, localCalendar(yearTimeline(2025, step)));
          const cal = calendars.get(step)!;
          const pv = pvSeries(cal.timeline, peakKw, cloud, shift);
          const base = Float64Array.from({ length: cal.timeline.length }, (_, i) => 3 + (i % 7));
          const got = Float64Array.from(base);
          const want = Float64Array.from(base);
          addDailyShiftableBlocks(blocks, cal, pv, got);
          reference(blocks, cal, pv, want);
          expect(Array.from(got)).toEqual(Array.from(want));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps searching while a later start can still beat the best by more than the tie margin', () => {
    // PV just under the block power in the morning, at it from 13:00 local: the later window wins by 0.2 kW·h/h.
    const cal = localCalendar({ startUtcMs: Date.UTC(2025, 0, 6), stepMinutes: 60, length: 48 });
    const pv = Float64Array.from({ length: 48 }, (_, i) => ((i % 24) + 1 >= 9 ? ((i % 24) + 1 >= 13 ? 2 : 1.9) : 0));
    const got = new Float64Array(48);
    const want = new Float64Array(48);
    const block = [{ energyKwhPerDay: 4, powerKw: 2, earliestStartHour: 9, latestEndHour: 18 }];
    addDailyShiftableBlocks(block, cal, pv, got);
    reference(block, cal, pv, want);
    expect(Array.from(got)).toEqual(Array.from(want));
    expect(got[12]).toBe(2); // 13:00 local (UTC+1)
    expect(got[8]).toBe(0);
  });

  it('puts a 20 kWh, 6 kW laundry run on the sunny hours, and at the earliest hour without PV', () => {
    const cal = localCalendar({ startUtcMs: Date.UTC(2025, 5, 2), stepMinutes: 15, length: 96 * 2 });
    const pv = Float64Array.from({ length: 192 }, (_, i) => (i < 96 ? Math.max(0, 20 * Math.sin((((i / 4 + 2) % 24) - 6) / 12 * Math.PI)) : 0));
    const load = new Float64Array(192);
    addDailyShiftableBlocks([{ energyKwhPerDay: 20, powerKw: 6, earliestStartHour: 9, latestEndHour: 18 }], cal, pv, load);
    const day1 = Array.from(load.slice(0, 96)).map((v, i) => (v > 0 ? i : -1)).filter((i) => i >= 0);
    const day2 = Array.from(load.slice(96)).map((v, i) => (v > 0 ? i : -1)).filter((i) => i >= 0);
    // 20 kWh at 6 kW = 13 quarter hours (rounded), 6.15 kW each.
    expect(day1).toHaveLength(13);
    expect(load[day1[0]]).toBeCloseTo(20 / (13 / 4), 12);
    // Day 1: the block covers local noon (UTC+2 → step 40 is 12:00 local); day 2: starts at 09:00 local.
    expect(day1[0]).toBeLessThanOrEqual(40);
    expect(day1[12]).toBeGreaterThanOrEqual(40);
    expect(day2[0]).toBe(4 * 9 - 8);
  });
});
