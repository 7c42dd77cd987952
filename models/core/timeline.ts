/**
 * A timeline is the time axis every series in Ilot is aligned on (see DESIGN.md, "Units, time, numbers").
 * Value `i` of a series covers the interval [startUtcMs + i·step, startUtcMs + (i+1)·step).
 */
export interface Timeline {
  readonly startUtcMs: number;
  readonly stepMinutes: number;
  readonly length: number;
}

export const ALLOWED_STEP_MINUTES = [1, 5, 10, 15, 30, 60] as const;
export type StepMinutes = (typeof ALLOWED_STEP_MINUTES)[number];

const MS_PER_MINUTE = 60_000;

export function stepMs(timeline: Timeline): number {
  return timeline.stepMinutes * MS_PER_MINUTE;
}

export function stepHours(timeline: Timeline): number {
  return timeline.stepMinutes / 60;
}

/** Start of step `i`, in UTC milliseconds. */
export function stepStartUtcMs(timeline: Timeline, i: number): number {
  return timeline.startUtcMs + i * timeline.stepMinutes * MS_PER_MINUTE;
}

export function timelineEndUtcMs(timeline: Timeline): number {
  return stepStartUtcMs(timeline, timeline.length);
}

/**
 * A timeline covering [startUtcMs, endUtcMs) at the given step. The end is rounded down to a whole step.
 */
export function timelineBetween(startUtcMs: number, endUtcMs: number, stepMinutes: number): Timeline {
  if (!Number.isFinite(startUtcMs) || !Number.isFinite(endUtcMs) || endUtcMs <= startUtcMs) {
    throw new RangeError(`timeline: end (${endUtcMs}) must be after start (${startUtcMs})`);
  }
  if (!(stepMinutes > 0)) throw new RangeError(`timeline: stepMinutes must be > 0, got ${stepMinutes}`);
  const length = Math.floor((endUtcMs - startUtcMs) / (stepMinutes * MS_PER_MINUTE));
  return { startUtcMs, stepMinutes, length };
}

/**
 * One calendar year in UTC at the given step (8760 hours, or 8784 in a leap year).
 * Years are UTC-aligned; local-time calendars (tariffs) are derived per step elsewhere.
 */
export function yearTimeline(year: number, stepMinutes: number): Timeline {
  return timelineBetween(Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1), stepMinutes);
}

/** Index of the step containing the instant, or -1 outside the timeline. */
export function indexAt(timeline: Timeline, utcMs: number): number {
  const i = Math.floor((utcMs - timeline.startUtcMs) / stepMs(timeline));
  return i >= 0 && i < timeline.length ? i : -1;
}
