import { describe, expect, it } from 'vitest';
import { mulberry32, normalCdf } from './random';

describe('seeded PRNG', () => {
  it('is reproducible and seed-dependent', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const xa = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xa);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xa);
  });
  it('uniform mean 0.5 and normal mean 0 / variance 1 over 100 000 draws', () => {
    const r = mulberry32(7);
    let su = 0;
    let sn = 0;
    let sn2 = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      su += r.next();
      const z = r.normal();
      sn += z;
      sn2 += z * z;
    }
    expect(su / n).toBeCloseTo(0.5, 2);
    expect(sn / n).toBeCloseTo(0, 1);
    expect(sn2 / n).toBeCloseTo(1, 1);
  });
  it('normal CDF matches tables (Φ(1.96) = 0.975)', () => {
    expect(normalCdf(1.96)).toBeCloseTo(0.975, 4);
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(-1)).toBeCloseTo(0.158655, 5);
  });
});
