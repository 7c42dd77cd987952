import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillGaps } from './gapFill';
import type { MeterPoint } from './meterPoints';
import { STEP_QUALITY, resampleMeterPoints } from './resampleMeterPoints';

const STEPS = [10, 15, 30, 60] as const;

/** Contiguous points whose steps change but stay aligned on their own step (as meters do). */
const contiguousPoints = fc
  .array(fc.record({ step: fc.constantFrom(...STEPS), count: fc.integer({ min: 1, max: 8 }), watts: fc.array(fc.double({ min: 0, max: 50_000, noNaN: true }), { minLength: 8, maxLength: 8 }) }), { minLength: 1, maxLength: 6 })
  .map((blocks) => {
    const points: MeterPoint[] = [];
    let t = Date.UTC(2025, 0, 6, 0, 0);
    let line = 2;
    for (const b of blocks) {
      // Align to the block's step so points never straddle a coarser boundary oddly.
      t = Math.ceil(t / (b.step * 60_000)) * b.step * 60_000;
      for (let k = 0; k < b.count; k++) {
        points.push({ startUtcMs: t, endUtcMs: t + b.step * 60_000, avgPowerW: b.watts[k], line: line++, estimated: false });
        t += b.step * 60_000;
      }
    }
    return points;
  });

describe('resampleMeterPoints (properties)', () => {
  it('conserves the measured energy at any target step', () => {
    fc.assert(
      fc.property(contiguousPoints, fc.constantFrom(5, 10, 15, 30, 60), (points, step) => {
        const expected = points.reduce((s, p) => s + (p.avgPowerW / 1000) * ((p.endUtcMs - p.startUtcMs) / 3_600_000), 0);
        const r = resampleMeterPoints(points, step);
        expect(r.measuredEnergyKwh).toBeCloseTo(expected, 6);
        let sumMeasuredSteps = 0;
        let fullySampled = true;
        for (let i = 0; i < r.energyKwh.length; i++) {
          if (r.quality[i] === STEP_QUALITY.measured) sumMeasuredSteps += r.energyKwh[i];
          else fullySampled = false;
        }
        if (fullySampled) expect(sumMeasuredSteps).toBeCloseTo(expected, 6);
      }),
      { numRuns: 200 },
    );
  });
  it('a duplicated point never changes the series', () => {
    fc.assert(
      fc.property(contiguousPoints, fc.nat(), (points, pick) => {
        const dup = points[pick % points.length];
        const a = resampleMeterPoints(points, 10);
        const b = resampleMeterPoints([...points, { ...dup, avgPowerW: dup.avgPowerW + 1, line: 9999 }], 10);
        expect(Array.from(b.energyKwh)).toEqual(Array.from(a.energyKwh));
        expect(b.duplicates.count).toBe(1);
      }),
      { numRuns: 100 },
    );
  });
});

describe('fillGaps (properties)', () => {
  it('never changes a known step and leaves nothing unfilled when some step is known', () => {
    const series = fc.array(fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { freq: 3 }), { minLength: 1, maxLength: 24 * 30 });
    fc.assert(
      fc.property(series, fc.constantFrom(15, 30, 60), fc.constantFrom<'previousWeek' | 'interpolation'>('previousWeek', 'interpolation'), fc.integer({ min: 0, max: 600 }), (values, step, method, maxInterp) => {
        const energy = Float64Array.from(values, (v) => (v === null ? Number.NaN : v));
        const before = Float64Array.from(energy);
        const quality = new Uint8Array(energy.length);
        const unfilled = fillGaps(energy, quality, { startUtcMs: Date.UTC(2025, 9, 20), stepMinutes: step, length: energy.length }, { longGapMethod: method, maxInterpolationMinutes: maxInterp });
        let anyKnown = false;
        for (let i = 0; i < before.length; i++) {
          if (!Number.isNaN(before[i])) {
            anyKnown = true;
            expect(energy[i]).toBe(before[i]);
            expect(quality[i]).toBe(STEP_QUALITY.measured);
          }
        }
        expect(unfilled).toBe(anyKnown ? 0 : before.length);
        // Filled values stay within the range of the known ones (interpolation and copies cannot overshoot).
        const known = Array.from(before).filter((v) => !Number.isNaN(v));
        if (known.length) {
          const lo = Math.min(...known);
          const hi = Math.max(...known);
          for (const v of energy) expect(v >= lo - 1e-9 && v <= hi + 1e-9).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
