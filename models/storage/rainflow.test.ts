import { describe, expect, it } from 'vitest';
import { histogramByRange, rainflowCycles } from './rainflow';

describe('rainflow counting (ASTM E1049-85, 5.4.4)', () => {
  it('reproduces the worked example of Fig. 6', () => {
    // Load history of ASTM E1049-85 Fig. 6(a): peaks and valleys A..I.
    const history = [-2, 1, -3, 5, -1, 3, -4, 4, -2];
    const hist = histogramByRange(rainflowCycles(history));
    // Fig. 6(e) result: range 3 → 0.5, 4 → 1.5, 6 → 0.5, 8 → 1.0, 9 → 0.5 cycles.
    expect([...hist.entries()].sort((a, b) => a[0] - b[0])).toEqual([
      [3, 0.5],
      [4, 1.5],
      [6, 0.5],
      [8, 1],
      [9, 0.5],
    ]);
  });

  it('finds the same cycles when the history is sampled finely between reversals', () => {
    const reversals = [-2, 1, -3, 5, -1, 3, -4, 4, -2];
    const fine: number[] = [];
    for (let k = 0; k + 1 < reversals.length; k++) {
      for (let s = 0; s < 10; s++) fine.push(reversals[k] + ((reversals[k + 1] - reversals[k]) * s) / 10);
    }
    fine.push(reversals[reversals.length - 1]);
    const hist = histogramByRange(rainflowCycles(fine));
    const rounded = [...hist.entries()].map(([r, c]) => [Math.round(r * 1e9) / 1e9, c]).sort((a, b) => a[0] - b[0]);
    expect(rounded).toEqual([
      [3, 0.5],
      [4, 1.5],
      [6, 0.5],
      [8, 1],
      [9, 0.5],
    ]);
  });

  it('counts a repeated full swing as full cycles', () => {
    const h: number[] = [];
    for (let k = 0; k < 10; k++) h.push(0.2, 0.8);
    h.push(0.2);
    const total = rainflowCycles(h).reduce((s, c) => s + (Math.abs(c.range - 0.6) < 1e-12 ? c.count : 0), 0);
    expect(total).toBeCloseTo(10, 12);
  });
});
