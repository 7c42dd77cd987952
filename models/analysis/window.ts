/**
 * A time range of a result, as views on the stored arrays (subarray: nothing is copied), so the week
 * explorer can move through a year at 1-minute steps without allocating a year's worth of memory.
 */
import { stepMs, type Timeline } from '../core/timeline';
import type { SeriesName } from './resultView';

export interface SeriesWindow {
  readonly timeline: Timeline;
  /** Index of the window's first step in the source timeline. */
  readonly fromIndex: number;
  readonly series: Partial<Record<SeriesName, Float64Array>>;
}

/** Steps [from, to) whose interval overlaps [startUtcMs, endUtcMs), clamped to the timeline. */
export function windowRange(timeline: Timeline, startUtcMs: number, endUtcMs: number): { from: number; to: number } {
  const step = stepMs(timeline);
  const from = Math.min(timeline.length, Math.max(0, Math.floor((startUtcMs - timeline.startUtcMs) / step)));
  const to = Math.min(timeline.length, Math.max(from, Math.ceil((endUtcMs - timeline.startUtcMs) / step)));
  return { from, to };
}

export function extractWindow(
  timeline: Timeline,
  series: Partial<Record<SeriesName, Float64Array>>,
  startUtcMs: number,
  endUtcMs: number,
): SeriesWindow {
  const { from, to } = windowRange(timeline, startUtcMs, endUtcMs);
  const out: Partial<Record<SeriesName, Float64Array>> = {};
  for (const [name, values] of Object.entries(series) as Array<[SeriesName, Float64Array | undefined]>) {
    if (!values) continue;
    if (values.length !== timeline.length) throw new RangeError(`window: series ${name} has ${values.length} values, timeline has ${timeline.length}`);
    out[name] = values.subarray(from, to);
  }
  return {
    timeline: { startUtcMs: timeline.startUtcMs + from * stepMs(timeline), stepMinutes: timeline.stepMinutes, length: to - from },
    fromIndex: from,
    series: out,
  };
}

/** Start time (UTC ms) of each step, the x axis of a chart. */
export function stepTimesUtcMs(timeline: Timeline): Float64Array {
  const t = new Float64Array(timeline.length);
  const s = stepMs(timeline);
  for (let i = 0; i < timeline.length; i++) t[i] = timeline.startUtcMs + i * s;
  return t;
}
