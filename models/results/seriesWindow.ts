/**
 * Cuts a window out of stored series and thins it for drawing. Each bucket keeps its mean, so
 * energy read off the thinned curve stays right; the dashboard's charts may refine a window further
 * with LTTB (models/analysis) once they have it.
 */
import { stepMs, type Timeline } from '../core/timeline';

export interface ThinnedWindow {
  readonly timesUtcMs: number[];
  readonly series: Record<string, number[]>;
  readonly sourcePoints: number;
}

export function thinWindow(
  timeline: Timeline,
  series: Readonly<Record<string, Float64Array>>,
  startUtcMs: number | undefined,
  endUtcMs: number | undefined,
  maxPoints: number,
): ThinnedWindow {
  const step = stepMs(timeline);
  const first = Math.max(0, Math.floor(((startUtcMs ?? timeline.startUtcMs) - timeline.startUtcMs) / step));
  const last = Math.min(timeline.length, Math.ceil(((endUtcMs ?? timeline.startUtcMs + timeline.length * step) - timeline.startUtcMs) / step));
  const count = Math.max(0, last - first);
  const bucket = Math.max(1, Math.ceil(count / Math.max(1, maxPoints)));
  const buckets = Math.ceil(count / bucket);
  const timesUtcMs = new Array<number>(buckets);
  for (let b = 0; b < buckets; b++) timesUtcMs[b] = timeline.startUtcMs + (first + b * bucket) * step;
  const out: Record<string, number[]> = {};
  for (const [name, values] of Object.entries(series)) {
    const thinned = new Array<number>(buckets);
    for (let b = 0; b < buckets; b++) {
      const from = first + b * bucket;
      const to = Math.min(last, from + bucket);
      let sum = 0;
      for (let i = from; i < to; i++) sum += values[i];
      thinned[b] = sum / (to - from);
    }
    out[name] = thinned;
  }
  return { timesUtcMs, series: out, sourcePoints: count };
}
