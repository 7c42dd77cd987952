/**
 * Europe/Paris civil time without Intl or a time-zone database, so models stay pure and
 * deterministic. Rule: Directive 2000/84/EC, art. 2–3 — summer time (UTC+2) runs from 01:00 UTC on
 * the last Sunday of March to 01:00 UTC on the last Sunday of October; otherwise UTC+1.
 * Used to stamp allocation-key files and to read local "Horodate" columns.
 */
const HOUR_MS = 3_600_000;

function lastSundayUtcMs(year: number, monthIndex: number): number {
  const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0));
  const back = lastDay.getUTCDay(); // 0 = Sunday
  return Date.UTC(year, monthIndex, lastDay.getUTCDate() - back);
}

/** Offset of Paris civil time from UTC, in minutes (60 or 120), at the UTC instant. */
export function parisOffsetMinutes(utcMs: number): number {
  const year = new Date(utcMs).getUTCFullYear();
  const summerStart = lastSundayUtcMs(year, 2) + HOUR_MS;
  const summerEnd = lastSundayUtcMs(year, 9) + HOUR_MS;
  return utcMs >= summerStart && utcMs < summerEnd ? 120 : 60;
}

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
  const naiveMs = Date.UTC(year, month - 1, day, hour, minute, second);
  const out: number[] = [];
  for (const offsetMin of [120, 60]) {
    const utc = naiveMs - offsetMin * 60_000;
    if (parisOffsetMinutes(utc) === offsetMin) out.push(utc);
  }
  return out;
}
