/**
 * Filling of missing steps in an energy series (kWh per step on a regular timeline), the usual practice for
 * metered load curves: short gaps by linear interpolation between the neighbouring measured steps, long gaps by
 * the same weekday and local time one week earlier (weekly load pattern), then one week later, then by
 * interpolation as a last resort. Known (non-NaN) steps are never modified. The week shift is made in local
 * (Europe/Paris) time so a gap after a clock change copies the same wall-clock hour, not one hour off.
 */
import { z } from 'zod';
import type { Timeline } from '../core/timeline';
import { parisNaiveToUtcMs, utcToParisNaiveMs } from '../calendar/parisTime';
import { STEP_QUALITY } from './resampleMeterPoints';

const MS_PER_WEEK = 7 * 86_400_000;

export const gapFillOptionsSchema = z.object({
  maxInterpolationMinutes: z
    .number({ error: 'gapFill.maxInterpolationMinutes must be a number of minutes' })
    .min(0, { error: 'gapFill.maxInterpolationMinutes must be >= 0' })
    .default(120),
  longGapMethod: z
    .enum(['previousWeek', 'interpolation', 'none'], { error: "gapFill.longGapMethod must be 'previousWeek', 'interpolation' or 'none'" })
    .default('previousWeek'),
});
export type GapFillOptions = z.input<typeof gapFillOptionsSchema>;

function weekShiftIndex(timeline: Timeline, i: number, weeks: number): number {
  const stepMs = timeline.stepMinutes * 60_000;
  const utc = timeline.startUtcMs + i * stepMs;
  const target = parisNaiveToUtcMs(utcToParisNaiveMs(utc) + weeks * MS_PER_WEEK);
  const t = Number.isNaN(target) ? utc + weeks * MS_PER_WEEK : target; // skipped spring hour: plain 168 h shift
  const j = Math.round((t - timeline.startUtcMs) / stepMs);
  return j >= 0 && j < timeline.length ? j : -1;
}

function interpolateRun(energy: Float64Array, quality: Uint8Array, a: number, b: number): void {
  // Fills NaN steps in [a, b) linearly between the nearest known steps outside the run.
  const n = energy.length;
  const left = a > 0 && !Number.isNaN(energy[a - 1]) ? energy[a - 1] : Number.NaN;
  const right = b < n && !Number.isNaN(energy[b]) ? energy[b] : Number.NaN;
  if (Number.isNaN(left) && Number.isNaN(right)) return;
  for (let i = a; i < b; i++) {
    if (!Number.isNaN(energy[i])) continue;
    let v: number;
    if (Number.isNaN(left)) v = right;
    else if (Number.isNaN(right)) v = left;
    else v = left + ((right - left) * (i - a + 1)) / (b - a + 1);
    energy[i] = v;
    quality[i] = STEP_QUALITY.interpolated;
  }
}

/** Fills NaN steps of `energyKwh` in place and updates `quality`. Returns the number of steps left unfilled. */
export function fillGaps(energyKwh: Float64Array, quality: Uint8Array, timeline: Timeline, options: GapFillOptions = {}): number {
  const opts = gapFillOptionsSchema.parse(options);
  const n = energyKwh.length;
  const original = Float64Array.from(energyKwh); // next-week copies must read measured values, not filled ones
  let i = 0;
  while (i < n) {
    if (!Number.isNaN(energyKwh[i])) {
      i++;
      continue;
    }
    let b = i;
    while (b < n && Number.isNaN(energyKwh[b])) b++;
    const runMinutes = (b - i) * timeline.stepMinutes;
    if (runMinutes <= opts.maxInterpolationMinutes || opts.longGapMethod === 'interpolation') {
      interpolateRun(energyKwh, quality, i, b);
    } else if (opts.longGapMethod === 'previousWeek') {
      for (let k = i; k < b; k++) {
        const prev = weekShiftIndex(timeline, k, -1);
        if (prev >= 0 && !Number.isNaN(energyKwh[prev])) {
          energyKwh[k] = energyKwh[prev];
          quality[k] = STEP_QUALITY.previousWeek;
          continue;
        }
        const next = weekShiftIndex(timeline, k, 1);
        if (next >= 0 && !Number.isNaN(original[next])) {
          energyKwh[k] = original[next];
          quality[k] = STEP_QUALITY.nextWeek;
        }
      }
      interpolateRun(energyKwh, quality, i, b);
    }
    i = b;
  }
  let unfilled = 0;
  for (let k = 0; k < n; k++) {
    if (Number.isNaN(energyKwh[k])) {
      quality[k] = STEP_QUALITY.unfilled;
      unfilled++;
    }
  }
  return unfilled;
}
