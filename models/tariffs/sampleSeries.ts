/**
 * Values of a regular imported series (prices, CO2 intensity) on a timeline: the time-weighted mean of the
 * source intervals overlapping each step (a 60 min step over four 15 min prices gets their mean; a 15 min step
 * inside an hourly price gets that price). Throws when the source does not cover a step.
 */
import type { Timeline } from '../core/timeline';

export function sampleRegularSeries(startUtcMs: number, stepMinutes: number, values: ArrayLike<number>, timeline: Timeline, what: string): Float64Array {
  const srcStepMs = stepMinutes * 60_000;
  const stepMs = timeline.stepMinutes * 60_000;
  const srcEnd = startUtcMs + values.length * srcStepMs;
  const out = new Float64Array(timeline.length);
  for (let i = 0; i < timeline.length; i++) {
    const a = timeline.startUtcMs + i * stepMs;
    const b = a + stepMs;
    if (a < startUtcMs || b > srcEnd) {
      throw new RangeError(`${what}: the series covers ${new Date(startUtcMs).toISOString()} to ${new Date(srcEnd).toISOString()}, not the step starting ${new Date(a).toISOString()}`);
    }
    let k = Math.floor((a - startUtcMs) / srcStepMs);
    let acc = 0;
    for (; k < values.length; k++) {
      const s = startUtcMs + k * srcStepMs;
      if (s >= b) break;
      const overlap = Math.min(b, s + srcStepMs) - Math.max(a, s);
      if (overlap > 0) acc += values[k] * overlap;
    }
    out[i] = acc / stepMs;
  }
  return out;
}
