/**
 * Metered points (average W over [start, end)) → energy in kWh per step of a regular UTC timeline.
 * Each point's energy is spread uniformly over the steps it overlaps, so coarser points are split and finer points
 * summed, and the total energy is conserved. Overlapping points (duplicates) keep the first one in time order; a
 * step only partly covered by measurements is scaled up from the mean power of its measured part. Uncovered time is
 * reported as gaps on the source's own resolution and left NaN for gapFill.ts.
 */
import type { Timeline } from '../core/timeline';
import type { MeterPoint } from './meterPoints';

const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;

export const STEP_QUALITY = {
  measured: 0,
  partial: 1,
  interpolated: 2,
  previousWeek: 3,
  nextWeek: 4,
  unfilled: 5,
} as const;
export type StepQuality = (typeof STEP_QUALITY)[keyof typeof STEP_QUALITY];

export interface TimeRange {
  readonly startUtcMs: number;
  readonly endUtcMs: number;
}

export interface ResampledPoints {
  readonly timeline: Timeline;
  /** kWh per step; NaN where nothing was measured. */
  readonly energyKwh: Float64Array;
  /** STEP_QUALITY per step (measured, partial or unfilled at this stage). */
  readonly quality: Uint8Array;
  /** Time inside the data span not covered by any valued point. */
  readonly gaps: TimeRange[];
  readonly duplicates: { count: number; lines: number[] };
  readonly measuredEnergyKwh: number;
}

export function resampleMeterPoints(points: readonly MeterPoint[], stepMinutes: number): ResampledPoints {
  if (points.length === 0) throw new RangeError('resample: no points');
  const stepMs = stepMinutes * MS_PER_MINUTE;
  const order = points.map((_, k) => k).sort((a, b) => points[a].startUtcMs - points[b].startUtcMs || points[a].line - points[b].line);
  let minStart = Infinity;
  let maxEnd = -Infinity;
  for (const p of points) {
    if (!(p.endUtcMs > p.startUtcMs)) throw new RangeError(`resample: point of line ${p.line} has no duration`);
    if (p.startUtcMs < minStart) minStart = p.startUtcMs;
    if (p.endUtcMs > maxEnd) maxEnd = p.endUtcMs;
  }
  const t0 = Math.floor(minStart / stepMs) * stepMs;
  const tEnd = Math.ceil(maxEnd / stepMs) * stepMs;
  const n = Math.round((tEnd - t0) / stepMs);
  const timeline: Timeline = { startUtcMs: t0, stepMinutes, length: n };
  const energy = new Float64Array(n);
  const covered = new Float64Array(n);
  const gaps: TimeRange[] = [];
  const dupLines: number[] = [];
  let dupCount = 0;
  let coveredUntil = minStart; // end of the measured coverage so far
  let measuredEnergyKwh = 0;

  for (const k of order) {
    const p = points[k];
    if (Number.isNaN(p.avgPowerW)) continue; // missing value: left to the gap report
    let s = p.startUtcMs;
    const e = p.endUtcMs;
    if (s < coveredUntil) {
      // Overlaps time already measured (repeated row, or re-sent interval): the first one in time order wins.
      dupCount++;
      if (dupLines.length < 100) dupLines.push(p.line);
      s = coveredUntil;
      if (s >= e) continue;
    }
    if (s > coveredUntil) gaps.push({ startUtcMs: coveredUntil, endUtcMs: s });
    coveredUntil = e;
    const kw = p.avgPowerW / 1000;
    measuredEnergyKwh += (kw * (e - s)) / MS_PER_HOUR;
    let idx = Math.floor((s - t0) / stepMs);
    for (; idx < n; idx++) {
      const a = t0 + idx * stepMs;
      const b = a + stepMs;
      if (a >= e) break;
      const overlap = Math.min(b, e) - Math.max(a, s);
      if (overlap > 0) {
        energy[idx] += (kw * overlap) / MS_PER_HOUR;
        covered[idx] += overlap;
      }
    }
  }
  if (coveredUntil < maxEnd) gaps.push({ startUtcMs: coveredUntil, endUtcMs: maxEnd });

  const quality = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (covered[i] <= 0) {
      energy[i] = Number.NaN;
      quality[i] = STEP_QUALITY.unfilled;
    } else if (covered[i] < stepMs - 1) {
      energy[i] *= stepMs / covered[i];
      quality[i] = STEP_QUALITY.partial;
    } else {
      quality[i] = STEP_QUALITY.measured;
    }
  }
  return { timeline, energyKwh: energy, quality, gaps, duplicates: { count: dupCount, lines: dupLines }, measuredEnergyKwh };
}
