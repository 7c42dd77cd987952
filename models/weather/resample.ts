/**
 * Resampling a weather series to another step (1–60 min) by exact integration of the
 * piecewise-constant input over each output interval (each input value is the average over its
 * step, DESIGN.md). Consequences, by design:
 * - coarser output (e.g. 15 → 60 min) is the energy-weighted mean;
 * - finer output (e.g. 60 → 1 min) HOLDS each hourly average constant over its 60 minutes, so
 *   irradiation (energy) is conserved exactly, sunrise/sunset hours keep their mean (the sun's
 *   geometry is applied later by the transposition, per 1-min step).
 * Temperature and wind are treated the same way (their hourly mean is preserved).
 *
 * Option `irradiance: 'sun-geometry'` (finer output only): inside each input step, GHI and DHI
 * follow the extraterrestrial horizontal irradiance I0·max(cos z, 0) of each output step (SPA at
 * the output step's middle) and DNI follows the sun-up indicator, each rescaled so that the input
 * step's energy is kept exactly. This removes the hourly staircase (and puts no light before
 * sunrise) without inventing sub-hourly cloud variability. Falls back to holding when the sun
 * is below the horizon during the whole input step.
 */
import type { Timeline } from '../core/timeline';
import { extraterrestrialNormalWm2 } from '../solar/extraterrestrial';
import { solarPositionSeries } from '../solar/solarPositionSeries';
import type { WeatherSeries, WeatherSite } from './weatherSeries';

export interface ResampleOptions {
  /** 'hold' (default) or 'sun-geometry' (see the header); needs the series' site or `site`. */
  readonly irradiance?: 'hold' | 'sun-geometry';
  readonly site?: WeatherSite;
}

/** Average of `values` (on `from`) over each step of `to`. Parts of `to` outside `from` are NaN. */
export function resampleAverage(values: Float64Array, from: Timeline, to: Timeline): Float64Array {
  const out = new Float64Array(to.length);
  const fromStep = from.stepMinutes * 60_000;
  const toStep = to.stepMinutes * 60_000;
  if (from.startUtcMs === to.startUtcMs && fromStep % toStep === 0 && to.length * toStep <= from.length * fromStep) {
    // Finer aligned output: each output step lies inside one input step, whose integral over it is
    // (0 + v·toStep) — the loop below computes exactly that — so one value per input step is spread.
    const per = fromStep / toStep;
    for (let k = 0; k * per < to.length; k++) out.fill((0 + values[k] * toStep) / toStep, k * per, Math.min(to.length, (k + 1) * per));
    return out;
  }
  for (let i = 0; i < to.length; i++) {
    const a = to.startUtcMs + i * toStep;
    const b = a + toStep;
    let k = Math.floor((a - from.startUtcMs) / fromStep);
    let acc = 0;
    let covered = 0;
    for (; k < from.length; k++) {
      if (k < 0) continue;
      const s = from.startUtcMs + k * fromStep;
      if (s >= b) break;
      const overlap = Math.min(b, s + fromStep) - Math.max(a, s);
      if (overlap > 0) {
        acc += values[k] * overlap;
        covered += overlap;
      }
    }
    out[i] = covered === toStep ? acc / toStep : NaN;
  }
  return out;
}

/** The same period at another step. The period must be a whole number of output steps. */
export function resampleWeather(series: WeatherSeries, stepMinutes: number, options: ResampleOptions = {}): WeatherSeries {
  if (!(stepMinutes >= 1 && stepMinutes <= 60) || !Number.isInteger(stepMinutes)) {
    throw new RangeError(`stepMinutes must be an integer between 1 and 60, got ${stepMinutes}`);
  }
  const tl = series.timeline;
  if (stepMinutes === tl.stepMinutes) return series;
  const totalMinutes = tl.length * tl.stepMinutes;
  if (totalMinutes % stepMinutes !== 0) throw new RangeError(`the series (${totalMinutes} min) is not a whole number of ${stepMinutes}-min steps`);
  const to: Timeline = { startUtcMs: tl.startUtcMs, stepMinutes, length: totalMinutes / stepMinutes };
  const r = (v: Float64Array | undefined) => (v ? resampleAverage(v, tl, to) : undefined);
  let ghi = r(series.ghiWm2)!;
  let dni = r(series.dniWm2);
  let dhi = r(series.dhiWm2);
  if (options.irradiance === 'sun-geometry' && stepMinutes < tl.stepMinutes) {
    const site = options.site ?? series.site;
    if (!site) throw new RangeError("resampleWeather: 'sun-geometry' needs the site (latitude, longitude)");
    const shaped = shapeWithSun(series, to, site);
    ghi = shaped(series.ghiWm2, 'horizontal');
    dni = series.dniWm2 ? shaped(series.dniWm2, 'sun-up') : undefined;
    dhi = series.dhiWm2 ? shaped(series.dhiWm2, 'horizontal') : undefined;
  }
  return {
    timeline: to,
    ghiWm2: ghi,
    dniWm2: dni,
    dhiWm2: dhi,
    tempC: r(series.tempC)!,
    windMs: r(series.windMs),
    source: series.source,
    site: series.site,
  };
}

/** Returns a function spreading each input step's mean over its output steps by a sun-geometry weight. */
function shapeWithSun(series: WeatherSeries, to: Timeline, site: WeatherSite): (values: Float64Array, weight: 'horizontal' | 'sun-up') => Float64Array {
  const from = series.timeline;
  if (from.stepMinutes % to.stepMinutes !== 0) throw new RangeError(`'sun-geometry' needs ${to.stepMinutes} min to divide ${from.stepMinutes} min`);
  const per = from.stepMinutes / to.stepMinutes;
  const sun = solarPositionSeries(to, site);
  const horizontal = new Float64Array(to.length);
  const up = new Float64Array(to.length);
  for (let j = 0; j < to.length; j++) {
    const cz = Math.cos((sun.zenithDeg[j] * Math.PI) / 180);
    if (cz > 0) {
      const t = to.startUtcMs + j * to.stepMinutes * 60_000;
      const doy = Math.floor((t - Date.UTC(new Date(t).getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
      horizontal[j] = extraterrestrialNormalWm2(doy) * cz;
      up[j] = 1;
    }
  }
  return (values, kind) => {
    const w = kind === 'horizontal' ? horizontal : up;
    const out = new Float64Array(to.length);
    for (let k = 0; k < from.length; k++) {
      let sum = 0;
      for (let s = 0; s < per; s++) sum += w[k * per + s];
      for (let s = 0; s < per; s++) {
        const j = k * per + s;
        if (j >= to.length) break;
        out[j] = sum > 0 ? (values[k] * w[j] * per) / sum : values[k];
      }
    }
    return out;
  };
}
