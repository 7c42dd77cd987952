/**
 * Year-by-year state of health of a storage container, extrapolated from one simulated period with
 * the ageing law the engine uses for its end-of-life year (models/storage/packAgeing.ts
 * projectedLossAt: calendar fade in t^p, cycle fade at the observed rate; NREL BLAST-Lite style
 * second-life model). Packs are weighted by their nameplate capacity, as the container KPIs are.
 * No replacement is drawn: the chart marks the projected end of life instead.
 */
import { projectedLossAt, type ObservedPackAgeing } from '../storage/packAgeing';
import type { SohPoint } from './resultView';

export interface ProjectedPack {
  readonly capacityWeight: number;
  readonly ageing: ObservedPackAgeing;
}

export function containerSohProjection(packs: readonly ProjectedPack[], startYear: number, years: number): SohPoint[] {
  const total = packs.reduce((s, p) => s + p.capacityWeight, 0);
  if (packs.length === 0 || total <= 0) return [];
  const points: SohPoint[] = [];
  for (let y = 0; y <= years; y++) {
    let soh = 0;
    for (const p of packs) soh += p.capacityWeight * p.ageing.initialSoh * Math.max(0, 1 - projectedLossAt(p.ageing, y));
    points.push({ year: startYear + y, sohPct: (100 * soh) / total });
  }
  return points;
}

/** How many years to draw: two past the projected end of life, between 10 and 30. */
export function projectionYears(endOfLifeYears: number): number {
  if (!Number.isFinite(endOfLifeYears)) return 30;
  return Math.min(30, Math.max(10, Math.ceil(endOfLifeYears) + 2));
}
