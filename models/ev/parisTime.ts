/**
 * Europe/Paris legal time without Intl (models/ stays pure and fast): UTC+1, and UTC+2 from the last
 * Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC (Directive 2000/84/EC, art. 2–3).
 */
const HOUR_MS = 3_600_000;

function lastSundayUtcMs(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  const dow = lastDay.getUTCDay();
  return Date.UTC(year, month, lastDay.getUTCDate() - dow);
}

export function parisOffsetHours(utcMs: number): number {
  const year = new Date(utcMs).getUTCFullYear();
  const start = lastSundayUtcMs(year, 2) + HOUR_MS;
  const end = lastSundayUtcMs(year, 9) + HOUR_MS;
  return utcMs >= start && utcMs < end ? 2 : 1;
}

/** Local midnight (Paris) of the local day containing `utcMs`, as a UTC instant. */
export function parisMidnightUtcMs(utcMs: number): number {
  const local = utcMs + parisOffsetHours(utcMs) * HOUR_MS;
  const d = new Date(local);
  const midnightLocalAsUtc = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return midnightLocalAsUtc - parisOffsetHours(midnightLocalAsUtc - HOUR_MS) * HOUR_MS;
}

/** Day of week of the local (Paris) date: 0 = Sunday … 6 = Saturday. */
export function parisWeekday(utcMs: number): number {
  return new Date(utcMs + parisOffsetHours(utcMs) * HOUR_MS).getUTCDay();
}

/** Local hour of day as a fraction (e.g. 22.5 for 22:30). */
export function parisHour(utcMs: number): number {
  const d = new Date(utcMs + parisOffsetHours(utcMs) * HOUR_MS);
  return d.getUTCHours() + d.getUTCMinutes() / 60;
}
