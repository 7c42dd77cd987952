/** Empirical quantile with linear interpolation between order statistics (Hyndman & Fan 1996, type 7). */
export function quantile(values: ArrayLike<number>, p: number): number {
  const n = values.length;
  if (n === 0) return NaN;
  const sorted = Float64Array.from(values).sort();
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

export const SEASONS = ['winter', 'spring', 'summer', 'autumn'] as const;
export type Season = (typeof SEASONS)[number];

/** Meteorological seasons: DJF, MAM, JJA, SON (month 0–11). */
export function seasonOfMonth(month: number): number {
  return Math.floor(((month + 1) % 12) / 3);
}
