/**
 * Resampling a weather series to another step (1–60 min) by exact integration of the
 * piecewise-constant input over each output interval (each input value is the average over its
 * step, DESIGN.md). Consequences, by design:
 * - coarser output (e.g. 15 → 60 min) is the energy-weighted mean;
 * - finer output (e.g. 60 → 1 min) HOLDS each hourly average constant over its 60 minutes, so
 *   irradiation (energy) is conserved exactly, sunrise/sunset hours keep their mean (the sun's
 *   geometry is applied later by the transposition, per 1-min step).
 * Temperature and wind are treated the same way (their hourly mean is preserved).
 */
import type { Timeline } from '../core/timeline';
import type { WeatherSeries } from './weatherSeries';

/** Average of `values` (on `from`) over each step of `to`. Parts of `to` outside `from` are NaN. */
export function resampleAverage(values: Float64Array, from: Timeline, to: Timeline): Float64Array {
  const out = new Float64Array(to.length);
  const fromStep = from.stepMinutes * 60_000;
  const toStep = to.stepMinutes * 60_000;
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
export function resampleWeather(series: WeatherSeries, stepMinutes: number): WeatherSeries {
  if (!(stepMinutes >= 1 && stepMinutes <= 60) || !Number.isInteger(stepMinutes)) {
    throw new RangeError(`stepMinutes must be an integer between 1 and 60, got ${stepMinutes}`);
  }
  const tl = series.timeline;
  if (stepMinutes === tl.stepMinutes) return series;
  const totalMinutes = tl.length * tl.stepMinutes;
  if (totalMinutes % stepMinutes !== 0) throw new RangeError(`the series (${totalMinutes} min) is not a whole number of ${stepMinutes}-min steps`);
  const to: Timeline = { startUtcMs: tl.startUtcMs, stepMinutes, length: totalMinutes / stepMinutes };
  const r = (v: Float64Array | undefined) => (v ? resampleAverage(v, tl, to) : undefined);
  return {
    timeline: to,
    ghiWm2: r(series.ghiWm2)!,
    dniWm2: r(series.dniWm2),
    dhiWm2: r(series.dhiWm2),
    tempC: r(series.tempC)!,
    windMs: r(series.windMs),
    source: series.source,
    site: series.site,
  };
}
