import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thinWindow } from './seriesWindow';

describe('thinWindow', () => {
  const timeline = { startUtcMs: Date.UTC(2025, 0, 1), stepMinutes: 1, length: 525_600 };
  it('keeps at most maxPoints and the mean energy of the window', () => {
    const v = Float64Array.from({ length: timeline.length }, (_, i) => Math.max(0, Math.sin((i / 1440) * 2 * Math.PI)) * 50);
    const w = thinWindow(timeline, { pv: v }, undefined, undefined, 2000);
    expect(w.timesUtcMs.length).toBeLessThanOrEqual(2000);
    expect(w.sourcePoints).toBe(525_600);
    const meanAll = v.reduce((a, b) => a + b, 0) / v.length;
    const meanThin = w.series.pv.reduce((a, b) => a + b, 0) / w.series.pv.length;
    expect(meanThin).toBeCloseTo(meanAll, 1);
  });

  it('cuts the requested window', () => {
    const v = Float64Array.from({ length: timeline.length }, (_, i) => i);
    const start = Date.UTC(2025, 5, 1);
    const w = thinWindow(timeline, { x: v }, start, start + 7 * 86_400_000, 100_000);
    expect(w.timesUtcMs[0]).toBe(start);
    expect(w.series.x.length).toBe(7 * 1440);
  });

  it('never returns more points than asked, whatever the window', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500_000 }), fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 10, max: 5000 }), (s, len, max) => {
        const w = thinWindow(timeline, { x: new Float64Array(timeline.length) }, timeline.startUtcMs + s * 60_000, timeline.startUtcMs + (s + len) * 60_000, max);
        expect(w.timesUtcMs.length).toBeLessThanOrEqual(max);
      }),
      { numRuns: 50 },
    );
  });
});
