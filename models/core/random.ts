/**
 * Seeded pseudo-random numbers for models/ (Math.random is banned there: results must be
 * reproducible from a seed).
 * - mulberry32: Tommy Ettinger's 32-bit generator (public domain, 2017), period 2^32, passes
 *   gjrand/PractRand up to its period — ample for a year of hourly weather.
 * - Gaussian deviates by the Box–Muller transform (Box & Muller, Ann. Math. Stat. 29, 1958).
 */

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal deviate. */
  normal(): number;
}

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  let spare = NaN;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    normal(): number {
      if (!Number.isNaN(spare)) {
        const s = spare;
        spare = NaN;
        return s;
      }
      let u = next();
      while (u <= 0) u = next();
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
  };
}

/** Standard normal cumulative distribution (Abramowitz & Stegun 26.2.17, |error| < 7.5e−8). */
export function normalCdf(x: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(x));
  const d = 0.3989422804014327 * Math.exp((-x * x) / 2);
  const p = d * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return x >= 0 ? 1 - p : p;
}
