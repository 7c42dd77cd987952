/**
 * Off-peak hours (heures creuses, HC) in local time. The distribution operator sets each customer's 8 daily HC
 * hours, in one or two ranges (Enedis, "Heures creuses": e.g. 22:00–06:00, or 01:00–07:00 + 12:30–14:30);
 * several ranges are allowed here. Tempo uses the fixed 22:00–06:00 range.
 */
import { z } from 'zod';
import { parseLocalClock } from '../calendar/localCalendar';
import type { LocalCalendar } from '../calendar/localCalendar';

export const DEFAULT_OFF_PEAK_RANGES = ['22:00-06:00'] as const;

export const offPeakRangeTextSchema = z.string().refine((t) => !Number.isNaN(parseRange(t).startMinute), {
  error: "an off-peak range must read 'HH:MM-HH:MM', e.g. '22:00-06:00'",
});

export const offPeakRangesSchema = z
  .array(offPeakRangeTextSchema, { error: "offPeakRanges must be a list such as ['22:00-06:00']" })
  .min(1, { error: 'offPeakRanges needs at least one range' })
  .refine((list) => !overlaps(list), { error: 'offPeakRanges overlap each other' });

function parseRange(text: string): { startMinute: number; endMinute: number } {
  const parts = text.split(/[-–]/);
  if (parts.length !== 2) return { startMinute: Number.NaN, endMinute: Number.NaN };
  const a = parseLocalClock(parts[0]);
  const b = parseLocalClock(parts[1]);
  if (Number.isNaN(a) || Number.isNaN(b) || a === b || a === 1440) return { startMinute: Number.NaN, endMinute: Number.NaN };
  return { startMinute: a, endMinute: b };
}

/** 1440 flags, one per minute of the local day: 1 when the minute is off-peak. */
export function offPeakMinuteMask(ranges: readonly string[]): Uint8Array {
  const mask = new Uint8Array(1440);
  for (const r of ranges) {
    const { startMinute, endMinute } = parseRange(r);
    if (Number.isNaN(startMinute)) throw new RangeError(`off-peak range '${r}' must read 'HH:MM-HH:MM'`);
    // A range ending before it starts wraps over midnight (22:00-06:00).
    for (let m = startMinute; m !== endMinute % 1440; m = (m + 1) % 1440) mask[m] = 1;
  }
  return mask;
}

function overlaps(list: readonly string[]): boolean {
  let total = 0;
  for (const r of list) {
    const { startMinute } = parseRange(r);
    if (Number.isNaN(startMinute)) return false; // reported by the element check
  }
  const mask = new Uint8Array(1440);
  for (const r of list) {
    const one = offPeakMinuteMask([r]);
    for (let m = 0; m < 1440; m++) {
      total += one[m];
      mask[m] |= one[m];
    }
  }
  let union = 0;
  for (let m = 0; m < 1440; m++) union += mask[m];
  return union !== total;
}

/** Per step: 1 when the step starts in off-peak hours (local time), else 0 (steps are at most 60 min). */
export function offPeakSteps(ranges: readonly string[], calendar: LocalCalendar): Uint8Array {
  const mask = offPeakMinuteMask(ranges);
  const out = new Uint8Array(calendar.timeline.length);
  for (let i = 0; i < out.length; i++) out[i] = mask[calendar.localMinuteOfDay[i]];
  return out;
}

/**
 * Per step: the fraction of the step (0–1) spent in off-peak hours, from the local minute the step starts at.
 * Exact when ranges start on step boundaries; otherwise a 60 min step starting 01:00 with HC from 01:30 gets 0.5.
 */
export function offPeakFractionSteps(ranges: readonly string[], calendar: LocalCalendar): Float64Array {
  const mask = offPeakMinuteMask(ranges);
  // Prefix sums over two days so a step running past midnight needs no special case.
  const prefix = new Uint16Array(2 * 1440 + 1);
  for (let m = 0; m < 2 * 1440; m++) prefix[m + 1] = prefix[m] + mask[m % 1440];
  const step = calendar.timeline.stepMinutes;
  const out = new Float64Array(calendar.timeline.length);
  for (let i = 0; i < out.length; i++) {
    const m = calendar.localMinuteOfDay[i];
    out[i] = (prefix[m + step] - prefix[m]) / step;
  }
  return out;
}

/** Off-peak hours per day of the ranges. */
export function offPeakHoursPerDay(ranges: readonly string[]): number {
  const mask = offPeakMinuteMask(ranges);
  let n = 0;
  for (let m = 0; m < 1440; m++) n += mask[m];
  return n / 60;
}
