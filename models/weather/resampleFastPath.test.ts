import { describe, expect, it } from 'vitest';
import type { Timeline } from '../core/timeline';
import { resampleAverage } from './resample';

/** The integration loop of resampleAverage, for any pair of timelines (the reference of the aligned fast path). */
function integrate(values: Float64Array, from: Timeline, to: Timeline): Float64Array {
  const out = new Float64Array(to.length);
  const fromStep = from.stepMinutes * 60_000;
  const toStep = to.stepMinutes * 60_000;
  for (let i = 0; i < to.length; i++) {
    const a = to.startUtcMs + i * toStep;
    const b = a + toStep;
    let acc = 0;
    let covered = 0;
    for (let k = Math.max(0, Math.floor((a - from.startUtcMs) / fromStep)); k < from.length; k++) {
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

describe('resampleAverage, finer aligned steps', () => {
  const start = Date.UTC(2025, 0, 1);
  // Values chosen so that v·step/step is not always v in floating point, plus signed zeros and extremes.
  const values = Float64Array.from({ length: 500 }, (_, k) => (k % 7 === 0 ? -0 : Math.sin(k * 1.7) * 10 ** ((k % 9) - 4) + (k % 5 === 0 ? 0.1 * k : 0)));
  it.each([
    [60, 1],
    [60, 15],
    [30, 5],
    [15, 15],
    [60, 7],
  ])('%i → %i min equals the integration loop bit for bit', (fromMin, toMin) => {
    const from: Timeline = { startUtcMs: start, stepMinutes: fromMin, length: values.length };
    const to: Timeline = { startUtcMs: start, stepMinutes: toMin, length: Math.floor((values.length * fromMin) / toMin) };
    const got = resampleAverage(values, from, to);
    const want = integrate(values, from, to);
    expect(Array.from(got).map((v) => Object.is(v, -0) ? 'neg0' : v)).toEqual(Array.from(want).map((v) => Object.is(v, -0) ? 'neg0' : v));
  });
});
