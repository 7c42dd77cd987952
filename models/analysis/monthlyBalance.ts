/**
 * Monthly energy of each flow (kWh), by local calendar month (Europe/Paris legal time): energy of a
 * step = mean power × step duration, credited to the local month in which the step starts. A one-year
 * UTC timeline ends with one step in the next local January; months are folded by month of year so
 * that energy is still counted (and the twelve months sum to the annual total exactly).
 */
import type { LocalCalendar } from '../calendar/localCalendar';
import { cachedLocalCalendar } from './calendarCache';
import { stepHours, type Timeline } from '../core/timeline';
import { POWER_SERIES, type SeriesName } from './resultView';

export interface MonthlyBalance {
  /** kWh per local month 0–11, per power series present in the input. */
  readonly monthlyKwh: Partial<Record<SeriesName, Float64Array>>;
  /** kWh over the whole timeline, per series. */
  readonly annualKwh: Partial<Record<SeriesName, number>>;
}

export function monthlyEnergyBalance(
  timeline: Timeline,
  series: Partial<Record<SeriesName, Float64Array>>,
  calendar: LocalCalendar = cachedLocalCalendar(timeline),
): MonthlyBalance {
  const dtH = stepHours(timeline);
  const monthlyKwh: Partial<Record<SeriesName, Float64Array>> = {};
  const annualKwh: Partial<Record<SeriesName, number>> = {};
  for (const name of POWER_SERIES) {
    const values = series[name];
    if (!values) continue;
    if (values.length !== timeline.length) throw new RangeError(`monthly balance: series ${name} has ${values.length} values, timeline has ${timeline.length}`);
    const months = new Float64Array(12);
    let total = 0;
    for (let i = 0; i < values.length; i++) {
      const e = values[i] * dtH;
      months[calendar.localMonth[i]] += e;
      total += e;
    }
    monthlyKwh[name] = months;
    annualKwh[name] = total;
  }
  return { monthlyKwh, annualKwh };
}
