/**
 * The dashboard computes several views of the same result (typical days, monthly balance, heat map),
 * each needing the per-step local calendar; for a year at 1-minute steps that calendar costs a good
 * part of a second. A tiny cache keyed on the timeline's value lets them share it.
 */
import { type LocalCalendar, localCalendar } from '../calendar/localCalendar';
import type { Timeline } from '../core/timeline';

const MAX_ENTRIES = 3;
const cache = new Map<string, LocalCalendar>();

export function cachedLocalCalendar(timeline: Timeline): LocalCalendar {
  const key = `${timeline.startUtcMs}|${timeline.stepMinutes}|${timeline.length}`;
  let c = cache.get(key);
  if (c) {
    // Most recently used last, so the oldest entry is the one evicted.
    cache.delete(key);
    cache.set(key, c);
    return c;
  }
  c = localCalendar(timeline);
  cache.set(key, c);
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  return c;
}
