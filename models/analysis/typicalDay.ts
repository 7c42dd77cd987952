/**
 * Typical day of each month: for every local month and local hour (Europe/Paris legal time, from
 * models/calendar/localCalendar.ts), the mean power of the steps starting in that hour. Days are
 * taken in local time so that a summer evening peak stays at 19 h on the chart, not at 17 h UTC;
 * the hour skipped in March has no samples on that day and the repeated October hour counts twice,
 * which is what a mean over the calendar month does.
 */
import type { LocalCalendar } from '../calendar/localCalendar';
import { cachedLocalCalendar } from './calendarCache';
import type { Timeline } from '../core/timeline';
import type { SeriesName } from './resultView';

export interface TypicalDay {
  /** Local month 0–11. */
  readonly month: number;
  /** Number of steps that fell in each local hour (0 when the month is absent from the timeline). */
  readonly samplesPerHour: Uint32Array;
  /** 24 mean values per series (NaN for an hour without samples). */
  readonly hours: Partial<Record<SeriesName, Float64Array>>;
}

export function typicalDaysByMonth(
  timeline: Timeline,
  series: Partial<Record<SeriesName, Float64Array>>,
  calendar: LocalCalendar = cachedLocalCalendar(timeline),
): TypicalDay[] {
  const n = timeline.length;
  const counts = new Uint32Array(12 * 24);
  for (let i = 0; i < n; i++) counts[calendar.localMonth[i] * 24 + calendar.localHour[i]]++;
  const sums = new Map<SeriesName, Float64Array>();
  for (const [name, values] of Object.entries(series) as Array<[SeriesName, Float64Array | undefined]>) {
    if (!values) continue;
    if (values.length !== n) throw new RangeError(`typical day: series ${name} has ${values.length} values, timeline has ${n}`);
    const s = new Float64Array(12 * 24);
    for (let i = 0; i < n; i++) s[calendar.localMonth[i] * 24 + calendar.localHour[i]] += values[i];
    sums.set(name, s);
  }
  const out: TypicalDay[] = [];
  for (let m = 0; m < 12; m++) {
    const samplesPerHour = counts.slice(m * 24, m * 24 + 24);
    const hours: Partial<Record<SeriesName, Float64Array>> = {};
    for (const [name, s] of sums) {
      const mean = new Float64Array(24);
      for (let h = 0; h < 24; h++) mean[h] = samplesPerHour[h] > 0 ? s[m * 24 + h] / samplesPerHour[h] : Number.NaN;
      hours[name] = mean;
    }
    out.push({ month: m, samplesPerHour, hours });
  }
  return out;
}
