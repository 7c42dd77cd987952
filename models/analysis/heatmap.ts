/**
 * Day × hour matrix of a series (the "carpet plot" of building-energy practice): one row per local
 * day (Europe/Paris legal time), 24 columns for the local hours, each cell the mean of the steps that
 * start in it. The skipped March hour is NaN (no sample); the repeated October hour averages both.
 */
import type { LocalCalendar } from '../calendar/localCalendar';
import { cachedLocalCalendar } from './calendarCache';
import type { Timeline } from '../core/timeline';

export interface DayHourMatrix {
  readonly days: number;
  /** Row-major days × 24, NaN where a cell has no sample. */
  readonly values: Float64Array;
  /** Local epoch day (days since 1970-01-01) of row 0. */
  readonly firstLocalEpochDay: number;
  readonly min: number;
  readonly max: number;
}

export function dayHourMatrix(timeline: Timeline, values: Float64Array, calendar: LocalCalendar = cachedLocalCalendar(timeline)): DayHourMatrix {
  const n = timeline.length;
  if (values.length !== n) throw new RangeError(`heat map: series has ${values.length} values, timeline has ${n}`);
  const days = n > 0 ? calendar.localDayIndex[n - 1] + 1 : 0;
  const sums = new Float64Array(days * 24);
  const counts = new Uint32Array(days * 24);
  for (let i = 0; i < n; i++) {
    const cell = calendar.localDayIndex[i] * 24 + calendar.localHour[i];
    sums[cell] += values[i];
    counts[cell]++;
  }
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < sums.length; c++) {
    if (counts[c] === 0) {
      sums[c] = Number.NaN;
      continue;
    }
    const v = sums[c] / counts[c];
    sums[c] = v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { days, values: sums, firstLocalEpochDay: calendar.firstLocalEpochDay, min: days > 0 ? min : 0, max: days > 0 ? max : 0 };
}
