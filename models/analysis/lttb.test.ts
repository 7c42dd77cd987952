import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lttb, lttbIndices, lttbMulti } from './lttb';

const series = (minLength: number) =>
  fc
    .array(fc.double({ min: -1000, max: 1000, noNaN: true }), { minLength, maxLength: 400 })
    .map((ys) => ({ x: Float64Array.from(ys, (_, i) => i * 15), y: Float64Array.from(ys) }));

describe('LTTB (Steinarsson 2013, Algorithm 4.1)', () => {
  it('keeps the peak of a hand-checked bucket', () => {
    // n = 5, threshold 3: one bucket {1, 2, 3}, anchors (0, 0) and the last point (4, 0).
    const r = lttb(Float64Array.of(0, 1, 2, 3, 4), Float64Array.of(0, 1, 5, 2, 0), 3);
    expect(Array.from(r.x)).toEqual([0, 2, 4]);
    expect(Array.from(r.y)).toEqual([0, 5, 0]);
    // Anchors (0, 0) and (4, 8): the line y = 2x; point 1 is 1.5 away, point 3 is 1 away.
    expect(Array.from(lttbIndices(Float64Array.of(0, 1, 2, 3, 4), Float64Array.of(0, 3.5, 4, 5, 8), 3))).toEqual([0, 1, 4]);
  });

  it('returns the data untouched when it is already short enough, and refuses a threshold below 3', () => {
    const x = Float64Array.of(1, 2, 3);
    expect(Array.from(lttb(x, x, 10).y)).toEqual([1, 2, 3]);
    expect(() => lttb(x, x, 2)).toThrow(/threshold/);
    expect(() => lttb(x, Float64Array.of(1), 3)).toThrow(/y has 1/);
  });

  it('keeps first and last points, one point per bucket, and in each bucket the point farthest from the line joining its anchors', () => {
    fc.assert(
      fc.property(series(3), fc.integer({ min: 3, max: 120 }), ({ x, y }, threshold) => {
        const n = x.length;
        const idx = lttbIndices(x, y, threshold);
        expect(idx.length).toBe(Math.min(n, threshold));
        expect(idx[0]).toBe(0);
        expect(idx[idx.length - 1]).toBe(n - 1);
        if (n <= threshold) return;
        const every = (n - 2) / (threshold - 2);
        for (let b = 0; b < threshold - 2; b++) {
          const start = Math.floor(b * every) + 1;
          const end = Math.floor((b + 1) * every) + 1;
          const chosen = idx[b + 1];
          expect(chosen).toBeGreaterThanOrEqual(start);
          expect(chosen).toBeLessThan(end);
          // Anchors: the previous kept point and the mean of the next bucket (last point for the last bucket).
          const a = idx[b];
          let cx = x[n - 1];
          let cy = y[n - 1];
          if (b < threshold - 3) {
            const ns = end;
            const ne = Math.min(n, Math.floor((b + 2) * every) + 1);
            cx = 0;
            cy = 0;
            for (let j = ns; j < ne; j++) {
              cx += x[j];
              cy += y[j];
            }
            cx /= ne - ns;
            cy /= ne - ns;
          }
          const vertical = (j: number) => Math.abs(y[j] - (y[a] + ((cy - y[a]) * (x[j] - x[a])) / (cx - x[a])));
          for (let j = start; j < end; j++) expect(vertical(chosen)).toBeGreaterThanOrEqual(vertical(j) - 1e-6 * (1 + vertical(j)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never loses a spike that stands out of its bucket', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 50, maxLength: 2000 }),
        fc.nat(),
        fc.integer({ min: 5, max: 40 }),
        fc.boolean(),
        (ys, where, threshold, down) => {
          const y = Float64Array.from(ys);
          const spikeAt = 1 + (where % (y.length - 2));
          y[spikeAt] = down ? -1e4 : 1e4;
          const x = Float64Array.from(y, (_, i) => i);
          expect(Array.from(lttbIndices(x, y, threshold))).toContain(spikeAt);
        },
      ),
    );
  });

  it('thins several series on one x axis within the budget and keeps the spike of each', () => {
    const n = 10_080;
    const x = Float64Array.from({ length: n }, (_, i) => i * 60_000);
    const a = Float64Array.from({ length: n }, (_, i) => Math.sin(i / 200));
    const b = Float64Array.from({ length: n }, (_, i) => Math.cos(i / 300));
    a[1234] = 50;
    b[7777] = -50;
    const r = lttbMulti(x, [a, b], 2000);
    expect(r.x.length).toBeLessThanOrEqual(2000);
    expect(r.x.length).toBeGreaterThan(1800);
    expect(Array.from(r.indices)).toContain(1234);
    expect(Array.from(r.indices)).toContain(7777);
    expect(r.ys[0][Array.from(r.indices).indexOf(1234)]).toBe(50);
    for (let k = 1; k < r.x.length; k++) expect(r.x[k]).toBeGreaterThan(r.x[k - 1]);
  });

  it('fills most of the budget even when the series peak at the same instants', () => {
    const n = 10_080;
    const x = Float64Array.from({ length: n }, (_, i) => i);
    const base = Float64Array.from({ length: n }, (_, i) => Math.sin(i / 500) + 0.1 * Math.sin(i * 1.7));
    const ys = Array.from({ length: 10 }, (_, k) => base.map((v) => v * (k + 1)));
    const r = lttbMulti(x, ys, 2000);
    expect(r.x.length).toBeLessThanOrEqual(2000);
    expect(r.x.length).toBeGreaterThan(1500);
  });

  it('thins a year at 1-minute steps quickly', () => {
    const n = 525_600;
    const x = Float64Array.from({ length: n }, (_, i) => i);
    const y = Float64Array.from({ length: n }, (_, i) => Math.sin(i / 1440) * 100 + (i % 97));
    const t0 = performance.now();
    const r = lttb(x, y, 2000);
    const ms = performance.now() - t0;
    expect(r.x.length).toBe(2000);
    expect(ms).toBeLessThan(500);
  });
});
