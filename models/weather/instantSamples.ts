/**
 * PVGIS irradiance samples → step averages.
 *
 * PVGIS (SARAH satellite data) gives, for the row stamped HH:00, the irradiance at the instant
 * HH:00 + offset (the "irradiance time offset", 0.1761 h = HH:10:34 in the samples), not the
 * mean over the hour. Check on the reference TMY (45° N, 8° E): the GHI-weighted mean solar
 * hour angle is +0.7° when each value is placed at HH:10:34 but +5.6° when it is taken as the
 * mean of [HH:00, HH+1:00) — a 20-minute shift towards the afternoon. Ilot's timeline needs
 * step averages, so each hour's mean is rebuilt with the sun's geometry:
 *   1. clearness at each sample instant k: kt_k = G_k / (I0·cos z(s_k)) (GHI, DHI), kb_k = DNI_k / I0;
 *   2. linear interpolation of the clearness to the middle of each hour (between the samples
 *      before and after it; a sample taken with the sun down borrows its neighbour's clearness);
 *   3. mean over the hour: GHI = kt·mean(I0·max(cos z, 0)), DHI likewise, DNI = kb·I0·(share of
 *      the hour with the sun up), the sun's geometry evaluated every 5 minutes (SPA).
 * Temperature and wind (ERA5 values at HH:00) are moved to the middle of the hour by linear
 * interpolation between consecutive stamps. All three PVGIS formats carry the same offset, so
 * they still give one identical series.
 */
import type { Timeline } from '../core/timeline';
import { extraterrestrialNormalWm2 } from '../solar/extraterrestrial';
import { solarPositionSeries } from '../solar/solarPositionSeries';
import type { WeatherSeries, WeatherSite } from './weatherSeries';

const SUB_STEPS = 12; // 5-minute geometry inside each hour
const MIN_COS_ZENITH = 0.02; // below ~1° elevation the clearness ratio is meaningless

export function instantSamplesToStepMeans(series: WeatherSeries, offsetH: number, site: WeatherSite): WeatherSeries {
  const tl = series.timeline;
  const n = tl.length;
  const stepMs = tl.stepMinutes * 60_000;
  const offsetMs = offsetH * 3_600_000;
  // Geometry at each sample instant (a 1-step timeline shifted so its middle is the instant).
  const sampleTl: Timeline = { startUtcMs: tl.startUtcMs + offsetMs - stepMs / 2, stepMinutes: tl.stepMinutes, length: n };
  const sampleSun = solarPositionSeries(sampleTl, site);
  // Geometry inside each step.
  const subTl: Timeline = { startUtcMs: tl.startUtcMs, stepMinutes: tl.stepMinutes / SUB_STEPS, length: n * SUB_STEPS };
  const subSun = solarPositionSeries(subTl, site);

  const ghiKt = new Float64Array(n);
  const dhiKt = new Float64Array(n);
  const dniKb = new Float64Array(n);
  const sunUp = new Uint8Array(n);
  const i0 = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const doy = Math.floor((tl.startUtcMs + k * stepMs - Date.UTC(new Date(tl.startUtcMs + k * stepMs).getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
    i0[k] = extraterrestrialNormalWm2(doy);
    const cz = Math.cos((sampleSun.zenithDeg[k] * Math.PI) / 180);
    if (cz > MIN_COS_ZENITH) {
      sunUp[k] = 1;
      ghiKt[k] = series.ghiWm2[k] / (i0[k] * cz);
      if (series.dhiWm2) dhiKt[k] = series.dhiWm2[k] / (i0[k] * cz);
      if (series.dniWm2) dniKb[k] = series.dniWm2[k] / i0[k];
    }
  }
  // Position of each step's middle, in steps after its own sample: between samples k + shift and k + shift + 1.
  const f = (0.5 * stepMs - offsetMs) / stepMs;
  const shift = Math.floor(f);
  const w = f - shift;
  const pick = (arr: Float64Array, k: number): number => {
    const a = k >= 0 && k < n ? k : -1;
    const b = k + 1 < n ? k + 1 : -1;
    const aUp = a >= 0 && sunUp[a] === 1;
    const bUp = b >= 0 && sunUp[b] === 1;
    if (aUp && bUp) return (1 - w) * arr[a] + w * arr[b];
    if (aUp) return arr[a];
    if (bUp) return arr[b];
    return 0;
  };
  const ghi = new Float64Array(n);
  const dhi = series.dhiWm2 ? new Float64Array(n) : undefined;
  const dni = series.dniWm2 ? new Float64Array(n) : undefined;
  for (let k = 0; k < n; k++) {
    let meanCos = 0;
    let upShare = 0;
    for (let s = 0; s < SUB_STEPS; s++) {
      const cz = Math.cos((subSun.zenithDeg[k * SUB_STEPS + s] * Math.PI) / 180);
      if (cz > 0) {
        meanCos += cz;
        upShare += 1;
      }
    }
    meanCos /= SUB_STEPS;
    upShare /= SUB_STEPS;
    const base = k + shift;
    ghi[k] = Math.max(0, pick(ghiKt, base) * i0[k] * meanCos);
    if (dhi) dhi[k] = Math.min(ghi[k], Math.max(0, pick(dhiKt, base) * i0[k] * meanCos));
    if (dni) dni[k] = Math.max(0, pick(dniKb, base) * i0[k] * upShare);
  }
  const mid = (v: Float64Array | undefined): Float64Array | undefined => {
    if (!v) return undefined;
    const out = new Float64Array(n);
    for (let k = 0; k < n; k++) out[k] = k + 1 < n ? 0.5 * (v[k] + v[k + 1]) : v[k];
    return out;
  };
  return { ...series, ghiWm2: ghi, dhiWm2: dhi, dniWm2: dni, tempC: mid(series.tempC)!, windMs: mid(series.windMs) };
}
