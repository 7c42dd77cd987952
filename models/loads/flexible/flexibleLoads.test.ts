import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localCalendar } from '../../calendar/localCalendar';
import { timelineBetween, type Timeline } from '../../core/timeline';
import { SheddableLoadState } from './sheddableLoadState';
import { ShiftableLoadState, asEarlyAsPossibleKw } from './shiftableLoadState';
import { shiftableLoadSchema } from './flexibleLoadSpecs';

const tl15: Timeline = { startUtcMs: Date.UTC(2026, 0, 5), stepMinutes: 15, length: 96 * 3 };
const spec = { powerKw: 10, maxDurationMinutes: 60, minGapMinutes: 30, priority: 1, reboundFraction: 0.5, reboundDelayMinutes: 30 };

describe('SheddableLoadState', () => {
  it('keeps overlapping rebounds of successive events within the load power (fast-check counterexample)', () => {
    const tl: Timeline = { startUtcMs: 0, stepMinutes: 15, length: 40 };
    const s = new SheddableLoadState({ ...spec, reboundFraction: 1.5, reboundDelayMinutes: 0, maxDurationMinutes: 45, minGapMinutes: 0 }, tl);
    const requests = [10, 10, 10, 0, 10, 10, 10, 0];
    for (let i = 0; i < tl.length; i++) {
      s.reboundKw(i);
      s.shed(i, requests[i] ?? 0);
    }
    s.finish();
    expect(Math.max(...s.reboundSeriesKw)).toBeLessThanOrEqual(10 + 1e-9);
    expect(s.reboundEnergyKwh + s.reboundBeyondEndKwh).toBeCloseTo(1.5 * s.shedEnergyKwh, 9);
  });

  it('limits an event to maxDurationMinutes and enforces the pause between events', () => {
    const s = new SheddableLoadState(spec, tl15);
    const shedAt: number[] = [];
    for (let i = 0; i < 12; i++) {
      s.reboundKw(i);
      if (s.shed(i, 10) > 0) shedAt.push(i);
    }
    // 4 steps of 15 min, pause 2 steps, 4 steps, pause...
    expect(shedAt).toEqual([0, 1, 2, 3, 6, 7, 8, 9]);
  });
  it('caps the shed power and returns what was shed', () => {
    const s = new SheddableLoadState(spec, tl15);
    expect(s.shed(0, 4)).toBe(4);
    expect(s.canShed(0)).toBe(true);
    expect(s.shed(0, 10)).toBe(6);
    expect(s.canShed(0)).toBe(false);
    expect(s.shed(0, 1)).toBe(0);
    expect(s.shedKw(0)).toBe(10);
  });
  it('gives back reboundFraction of the energy after the delay, at up to powerKw', () => {
    const s = new SheddableLoadState(spec, tl15);
    const rebound: number[] = [];
    for (let i = 0; i < 12; i++) {
      rebound.push(s.reboundKw(i));
      if (i < 4) s.shed(i, 10); // 10 kWh shed over one hour
    }
    // Event ends at step 4 (exclusive); 30 min delay → rebound from step 6: 5 kWh at 10 kW = 2 steps.
    expect(rebound).toEqual([0, 0, 0, 0, 0, 0, 10, 10, 0, 0, 0, 0]);
    expect(s.shedEnergyKwh).toBeCloseTo(10, 12);
    expect(s.reboundEnergyKwh).toBeCloseTo(5, 12);
  });
  it('refuses going back in time, and specs it cannot honour', () => {
    const s = new SheddableLoadState(spec, tl15);
    s.reboundKw(5);
    expect(() => s.canShed(4)).toThrow(/in order/);
    expect(() => new SheddableLoadState({ ...spec, maxDurationMinutes: 10 }, tl15)).toThrow(/shorter than the 15 min step/);
    expect(() => new SheddableLoadState({ ...spec, powerKw: -1 }, tl15)).toThrow('sheddable load: powerKw: powerKw must be > 0');
  });
  it('conserves rebound energy = fraction × shed energy (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 15, noNaN: true }), { minLength: 96, maxLength: 96 }),
        fc.double({ min: 0, max: 1.5, noNaN: true }),
        fc.integer({ min: 0, max: 180 }),
        fc.integer({ min: 15, max: 240 }),
        fc.integer({ min: 0, max: 120 }),
        (requests, fraction, delay, maxDur, gap) => {
          const tl: Timeline = { startUtcMs: 0, stepMinutes: 15, length: 96 };
          const s = new SheddableLoadState({ ...spec, reboundFraction: fraction, reboundDelayMinutes: delay, maxDurationMinutes: maxDur, minGapMinutes: gap }, tl);
          let run = 0;
          for (let i = 0; i < 96; i++) {
            s.reboundKw(i);
            const got = s.shed(i, requests[i]);
            expect(got).toBeLessThanOrEqual(10 + 1e-12);
            run = got > 0 ? run + 1 : 0;
            expect(run * 15).toBeLessThanOrEqual(maxDur);
          }
          s.finish();
          expect(s.reboundEnergyKwh + s.reboundBeyondEndKwh).toBeCloseTo(fraction * s.shedEnergyKwh, 9);
          for (const v of s.reboundSeriesKw) expect(v).toBeLessThanOrEqual(10 + 1e-9);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('ShiftableLoadState', () => {
  const week = timelineBetween(Date.UTC(2026, 0, 4, 23), Date.UTC(2026, 0, 11, 23), 60); // Mon 00:00 → Mon 00:00 local
  const cal = localCalendar(week);
  it('as-early-as-possible places each day’s energy at the window start', () => {
    const kw = asEarlyAsPossibleKw({ dailyEnergyKwh: 5, windowStartLocal: '10:00', windowEndLocal: '16:00', maxPowerKw: 2 }, cal);
    const day0 = Array.from(kw.subarray(0, 24));
    expect(day0.slice(9, 14)).toEqual([0, 2, 2, 1, 0]);
    expect(kw.reduce((a, b) => a + b, 0)).toBeCloseTo(35, 12);
  });
  it('a lazy dispatch that only honours mustRunKw still completes every window (overnight window)', () => {
    const st = new ShiftableLoadState({ dailyEnergyKwh: 6, windowStartLocal: '22:00', windowEndLocal: '06:00', maxPowerKw: 2 }, cal);
    for (let i = 0; i < week.length; i++) st.consume(i, 0);
    const kw = st.consumedSeriesKw;
    // Timeline opens at 00:00 inside the window started the evening before: 6 of 8 h present → 4.5 kWh owed.
    expect(kw.subarray(0, 6).reduce((a, b) => a + b, 0)).toBeCloseTo(4.5, 12);
    // A full night 22:00–06:00: the last 3 hours at 2 kW.
    expect(Array.from(kw.subarray(22, 30))).toEqual([0, 0, 0, 0, 0, 2, 2, 2]);
    for (let i = 0; i < week.length; i++) if (cal.localHour[i] >= 6 && cal.localHour[i] < 22) expect(kw[i]).toBe(0);
  });
  it('validates its spec with clear messages', () => {
    const r = shiftableLoadSchema.safeParse({ dailyEnergyKwh: 50, windowStartLocal: '10:00', windowEndLocal: '12:00', maxPowerKw: 3 });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toMatch(/exceeds maxPowerKw × window length/);
    expect(() => new ShiftableLoadState({ dailyEnergyKwh: 1, windowStartLocal: '25:00', windowEndLocal: '12:00', maxPowerKw: 3 }, cal)).toThrow(/windowStartLocal must be a local time/);
  });
  it('delivers exactly each day’s energy whatever the dispatch asks (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 5, noNaN: true }), { minLength: week.length, maxLength: week.length }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 1, max: 12 }), (asks, startH, lenWanted) => {
        const lenH = Math.min(lenWanted, 24 - startH); // windows inside the local day, so each day can be summed
        const start = `${String(startH).padStart(2, '0')}:00`;
        const end = `${String((startH + lenH) % 24).padStart(2, '0')}:00`;
        const st = new ShiftableLoadState({ dailyEnergyKwh: 1.5 * lenH, windowStartLocal: start, windowEndLocal: end, maxPowerKw: 2 }, cal);
        const perDay = new Float64Array(7);
        for (let i = 0; i < week.length; i++) {
          const max = st.maxKw(i);
          const must = st.mustRunKw(i);
          expect(must).toBeLessThanOrEqual(max + 1e-12);
          const got = st.consume(i, asks[i]);
          expect(got).toBeLessThanOrEqual(max + 1e-12);
          expect(got).toBeGreaterThanOrEqual(must - 1e-12);
          perDay[cal.localDayIndex[i]] += got;
        }
        for (const e of perDay) expect(e).toBeCloseTo(1.5 * lenH, 9);
      }),
      { numRuns: 100 },
    );
  });
});
