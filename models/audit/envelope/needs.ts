/**
 * Heating and DHW needs (annex 1 of the arrêté of 8 October 2021):
 * - §11.1 equivalent adults Nadeq from the mean dwelling surface (individual / collective rules);
 * - §6.1 internal gains Ai_j = [(3.18 + 0.34)·Sh + 90·(132/168)·Nadeq]·Nref_j (Wh), solar gains
 *   As_j = 1000·Sse_j·E_j (Wh), X_j = (As_j + Ai_j)/(GV·DH_j), F_j = (X_j − X_j^a)/(1 − X_j^a) with
 *   a = 3.6 (heavy, very heavy), 2.9 (medium), 2.5 (light);
 * - §2 BV_j = GV·(1 − F_j), heating need Bch = Σ BV_j·DH_j / 1000 (kWh), conventional at 19 °C
 *   (DH19, Nref19) and "dépensier" at 21 °C (DH21, Nref21);
 * - §11 DHW need Becs_j = 1.163·Nadeq·V·(40 − Tefs_j)·nj_j (Wh), V = 56 l/day (conventional) or
 *   79 l/day (dépensier), nj_j days of occupation (24 in December).
 */
import type { MonthlyClimate } from './tables';
import { DAYS_OF_USE_PER_MONTH } from '../climate/climate';
import type { BuildingType, InertiaClass, NeedVariant } from '../types';

export function equivalentAdults(buildingType: BuildingType, surfaceM2: number, dwellingCount: number): number {
  const shMoy = surfaceM2 / dwellingCount;
  let nMax: number;
  if (buildingType === 'maison') {
    nMax = shMoy < 30 ? 1 : shMoy < 70 ? 1.75 - 0.01875 * (70 - shMoy) : 0.025 * shMoy;
  } else {
    nMax = shMoy < 10 ? 1 : shMoy < 50 ? 1.75 - 0.01875 * (50 - shMoy) : 0.035 * shMoy;
  }
  return nMax < 1.75 ? dwellingCount * nMax : dwellingCount * (1.75 + 0.3 * (nMax - 1.75));
}

export function gainExponent(inertia: InertiaClass): number {
  return inertia === 'lourde' || inertia === 'tres_lourde' ? 3.6 : inertia === 'moyenne' ? 2.9 : 2.5;
}

/** F_j of §6.1; X = 1 takes the limit (a − 1)/a of the expression. */
export function freeGainFraction(x: number, a: number): number {
  if (!(x > 0)) return 0;
  if (Math.abs(x - 1) < 1e-9) return (a - 1) / a;
  const xa = Math.pow(x, a);
  return (x - xa) / (1 - xa);
}

export interface NeedInput {
  gvWK: number;
  surfaceM2: number;
  nadeq: number;
  inertia: InertiaClass;
  sseMonthlyM2: readonly number[];
  climate: MonthlyClimate;
}

export function needs(input: NeedInput, variant: 'conventionnel' | 'depensier'): Omit<NeedVariant, 'besoinFrKwh'> {
  const dh = variant === 'conventionnel' ? input.climate.dh19 : input.climate.dh21;
  const nref = variant === 'conventionnel' ? input.climate.nref19 : input.climate.nref21;
  const litresPerDay = variant === 'conventionnel' ? 56 : 79;
  const a = gainExponent(input.inertia);
  const internalW = (3.18 + 0.34) * input.surfaceM2 + 90 * (132 / 168) * input.nadeq;
  const besoinChMonthlyKwh = new Array<number>(12).fill(0);
  const besoinEcsMonthlyKwh = new Array<number>(12).fill(0);
  let apportInterneWh = 0;
  let apportSolaireWh = 0;
  let losses = 0;
  let covered = 0;
  for (let m = 0; m < 12; m++) {
    const ai = internalW * nref[m];
    const as = 1000 * input.sseMonthlyM2[m] * input.climate.e[m];
    apportInterneWh += ai;
    apportSolaireWh += as;
    const gvDh = input.gvWK * dh[m];
    if (gvDh > 0) {
      const f = freeGainFraction((as + ai) / gvDh, a);
      besoinChMonthlyKwh[m] = (input.gvWK * (1 - f) * dh[m]) / 1000;
      losses += gvDh;
      covered += f * gvDh;
    }
    besoinEcsMonthlyKwh[m] = (1.163 * input.nadeq * litresPerDay * (40 - input.climate.tefs[m]) * DAYS_OF_USE_PER_MONTH[m]) / 1000;
  }
  return {
    besoinChKwh: besoinChMonthlyKwh.reduce((s, v) => s + v, 0),
    besoinChMonthlyKwh,
    apportInterneWh,
    apportSolaireWh,
    fractionApportGratuit: losses > 0 ? covered / losses : 0,
    besoinEcsKwh: besoinEcsMonthlyKwh.reduce((s, v) => s + v, 0),
    besoinEcsMonthlyKwh,
  };
}
