import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Timeline } from '../core/timeline';
import type { SeriesName } from './resultView';
import { SANKEY_EDGES, SANKEY_SINKS, SANKEY_SOURCES, SINK_SERIES, SOURCE_SERIES, annualSankeyFlows } from './sankey';

describe('annual Sankey flows', () => {
  it('attributes a hand-checked hour', () => {
    // PV 10 kW of which 1 curtailed; 6 kW served, 2 kW into storage, 1 kW exported.
    const tl: Timeline = { startUtcMs: 0, stepMinutes: 60, length: 1 };
    const one = (v: number) => Float64Array.of(v);
    const r = annualSankeyFlows(tl, { pvKw: one(10), curtailedKw: one(1), servedKw: one(6), storageChargeKw: one(2), gridExportKw: one(1) });
    const flow = (s: string, k: string) => r.flows.find((f) => f.source === s && f.sink === k)!.kwh;
    expect(flow('pv', 'curtailment')).toBe(1);
    expect(flow('pv', 'load')).toBe(6);
    expect(flow('pv', 'storage')).toBe(2);
    expect(flow('pv', 'gridExport')).toBe(1);
    expect(r.unallocatedKwh).toBe(0);
  });

  it('counts PV first against the load, then storage, then the grid (15-minute steps give kWh = kW / 4)', () => {
    const tl: Timeline = { startUtcMs: 0, stepMinutes: 15, length: 2 };
    const r = annualSankeyFlows(tl, {
      pvKw: Float64Array.of(4, 0),
      servedKw: Float64Array.of(10, 8),
      storageDischargeKw: Float64Array.of(2, 3),
      gridImportKw: Float64Array.of(4, 5),
    });
    const flow = (s: string, k: string) => r.flows.find((f) => f.source === s && f.sink === k)!.kwh;
    expect(flow('pv', 'load')).toBe(1);
    expect(flow('storage', 'load')).toBe(1.25);
    expect(flow('grid', 'load')).toBe(2.25);
    expect(r.unallocatedKwh).toBe(0);
  });

  it('closes: what leaves each source and enters each sink equals its series, sources = sinks, nothing unallocated', () => {
    const step = fc.array(fc.double({ min: 0, max: 50, noNaN: true }), { minLength: SANKEY_EDGES.length, maxLength: SANKEY_EDGES.length });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 48 }), fc.constantFrom(1, 15, 60), (steps, stepMinutes) => {
        // Build series that close at every step from random flows on the allowed edges.
        const n = steps.length;
        const series: Partial<Record<SeriesName, Float64Array>> = {};
        for (const s of SANKEY_SOURCES) series[SOURCE_SERIES[s]] = new Float64Array(n);
        for (const k of SANKEY_SINKS) series[SINK_SERIES[k]] = new Float64Array(n);
        steps.forEach((flows, i) =>
          SANKEY_EDGES.forEach(([s, k], e) => {
            series[SOURCE_SERIES[s]]![i] += flows[e];
            series[SINK_SERIES[k]]![i] += flows[e];
          }),
        );
        const r = annualSankeyFlows({ startUtcMs: 0, stepMinutes, length: n }, series);
        const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
        const scale = 1e-9 * (1 + total(Object.values(r.sourceKwh)));
        expect(r.unallocatedKwh).toBeLessThan(scale);
        expect(Math.abs(total(Object.values(r.sourceKwh)) - total(Object.values(r.sinkKwh)))).toBeLessThan(scale);
        for (const s of SANKEY_SOURCES)
          expect(Math.abs(total(r.flows.filter((f) => f.source === s).map((f) => f.kwh)) - r.sourceKwh[s])).toBeLessThan(scale);
        for (const k of SANKEY_SINKS) expect(Math.abs(total(r.flows.filter((f) => f.sink === k).map((f) => f.kwh)) - r.sinkKwh[k])).toBeLessThan(scale);
        for (const f of r.flows) expect(f.kwh).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });

  it('reports what does not close instead of hiding it', () => {
    const tl: Timeline = { startUtcMs: 0, stepMinutes: 60, length: 1 };
    const r = annualSankeyFlows(tl, { pvKw: Float64Array.of(5), servedKw: Float64Array.of(3) });
    expect(r.unallocatedKwh).toBe(2);
    expect(() => annualSankeyFlows(tl, { pvKw: Float64Array.of(5, 1) })).toThrow(/pvKw has 2 values/);
  });
});
