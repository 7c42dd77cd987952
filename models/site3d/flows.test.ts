import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FLOW_EDGES, splitFlows, type FlowEnd } from './flows';

function edge(out: Float64Array, from: FlowEnd, to: FlowEnd): number {
  return out[FLOW_EDGES.findIndex(([a, b]) => a === from && b === to)];
}

describe('splitFlows (self-consumption merit order)', () => {
  const out = new Float64Array(FLOW_EDGES.length);

  it('midday surplus: PV feeds the buildings, then the cars, then the battery, then exports', () => {
    const residual = splitFlows({ pvKw: 60, loadKw: 20, evKw: 10, storageKw: 25, gridKw: -5 }, out);
    expect(residual).toBeCloseTo(0, 12);
    expect(edge(out, 'pv', 'load')).toBe(20);
    expect(edge(out, 'pv', 'cars')).toBe(10);
    expect(edge(out, 'pv', 'storage')).toBe(25);
    expect(edge(out, 'pv', 'grid')).toBe(5);
    expect(out.reduce((s, v) => s + v, 0)).toBe(60);
  });

  it('evening peak: battery and V2G feed the buildings, the grid the rest', () => {
    splitFlows({ pvKw: 0, loadKw: 50, evKw: -14, storageKw: -30, gridKw: 6 }, out);
    expect(edge(out, 'storage', 'load')).toBe(30);
    expect(edge(out, 'cars', 'load')).toBe(14);
    expect(edge(out, 'grid', 'load')).toBe(6);
  });

  it('off-peak night: the grid charges the cars and the battery', () => {
    splitFlows({ pvKw: 0, loadKw: 12, evKw: 20, storageKw: 40, gridKw: 72 }, out);
    expect(edge(out, 'grid', 'load')).toBe(12);
    expect(edge(out, 'grid', 'cars')).toBe(20);
    expect(edge(out, 'grid', 'storage')).toBe(40);
  });

  it('reports the imbalance of an inconsistent input and ignores non-finite values', () => {
    expect(splitFlows({ pvKw: 10, loadKw: 4, evKw: 0, storageKw: 0, gridKw: 0 }, out)).toBeCloseTo(6, 12);
    expect(splitFlows({ pvKw: Number.NaN, loadKw: 0, evKw: 0, storageKw: 0, gridKw: 0 }, out)).toBe(0);
    expect(out.every((v) => v === 0)).toBe(true);
  });

  it('conserves every source and sink of any balanced instant, with non-negative edges and no import-to-export', () => {
    const kw = fc.double({ min: -200, max: 200, noNaN: true });
    fc.assert(
      fc.property(fc.double({ min: 0, max: 300, noNaN: true }), fc.double({ min: 0, max: 300, noNaN: true }), kw, kw, (pvKw, loadKw, storageKw, evKw) => {
        const gridKw = loadKw + storageKw + evKw - pvKw;
        const residual = splitFlows({ pvKw, loadKw, storageKw, evKw, gridKw }, out);
        expect(residual).toBeLessThan(1e-9);
        for (const v of out) expect(v).toBeGreaterThanOrEqual(0);
        const from = (n: FlowEnd) => FLOW_EDGES.reduce((s, [a], i) => s + (a === n ? out[i] : 0), 0);
        const to = (n: FlowEnd) => FLOW_EDGES.reduce((s, [, b], i) => s + (b === n ? out[i] : 0), 0);
        expect(from('pv')).toBeCloseTo(pvKw, 9);
        expect(to('load')).toBeCloseTo(loadKw, 9);
        expect(from('storage') - to('storage')).toBeCloseTo(-storageKw, 9);
        expect(from('cars') - to('cars')).toBeCloseTo(-evKw, 9);
        expect(from('grid') - to('grid')).toBeCloseTo(gridKw, 9);
        // Never both directions on the grid, the battery or the cars at once.
        expect(Math.min(from('grid'), to('grid'))).toBe(0);
        expect(Math.min(from('storage'), to('storage'))).toBe(0);
      }),
      { seed: 7 },
    );
  });
});
