/**
 * Paris civil time for ACC files: stamps of the allocation-key file and reading of local
 * "Horodate" columns. The DST rule (Directive 2000/84/EC) lives in models/calendar/parisTime.ts;
 * this module only formats and wraps it.
 */
import { parisNaiveToUtcCandidates, parisOffsetMinutes } from '../calendar/parisTime';

export { parisOffsetMinutes };

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** ISO 8601 local Paris time with its offset, e.g. `2025-07-01T14:30:00+02:00`. */
export function formatParisIso(utcMs: number): string {
  const offsetMin = parisOffsetMinutes(utcMs);
  const local = new Date(utcMs + offsetMin * 60_000);
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `+${pad(offsetMin / 60)}:00`
  );
}

/**
 * UTC instants that a naive Paris wall-clock time can denote: one normally, two in the repeated
 * hour of October (earlier first), none in the skipped hour of March.
 */
export function parisLocalToUtcCandidates(year: number, month: number, day: number, hour: number, minute: number, second = 0): number[] {
  return parisNaiveToUtcCandidates(Date.UTC(year, month - 1, day, hour, minute, second));
}
