/**
 * Europe/Paris legal time, computed from the EU summer-time rule rather than from the host's time-zone data
 * (Electron/Node builds may ship without full ICU, and results must not depend on the machine).
 *
 * Source: Directive 2000/84/EC of the European Parliament and of the Council of 19 January 2001 on summer-time
 * arrangements, articles 2 and 3: summer time begins at 01:00 UTC on the last Sunday of March and ends at
 * 01:00 UTC on the last Sunday of October. France: UTC+1 in winter (CET), UTC+2 in summer (CEST).
 * The same dates apply since 1996 (earlier years ended in September); this module is valid from 1996 on.
 */

const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;

/** Day of week of a UTC date, 0 = Sunday (JS convention), used only to find last Sundays. */
function lastSundayUtcMs(year: number, monthIndex: number): number {
  // Last day of the month, then step back to Sunday.
  const lastDay = Date.UTC(year, monthIndex + 1, 0);
  const dow = new Date(lastDay).getUTCDay();
  return lastDay - dow * MS_PER_DAY;
}

/** Instant (UTC ms) summer time starts in the given year: last Sunday of March, 01:00 UTC. */
export function summerTimeStartUtcMs(year: number): number {
  return lastSundayUtcMs(year, 2) + MS_PER_HOUR;
}

/** Instant (UTC ms) summer time ends in the given year: last Sunday of October, 01:00 UTC. */
export function summerTimeEndUtcMs(year: number): number {
  return lastSundayUtcMs(year, 9) + MS_PER_HOUR;
}

// Summer-time bounds per year, computed once: importers call parisOffsetMinutes for every row.
const summerBounds = new Map<number, readonly [number, number]>();

/** Offset of Paris legal time from UTC at the instant, in minutes (60 or 120). */
export function parisOffsetMinutes(utcMs: number): number {
  const year = new Date(utcMs).getUTCFullYear();
  let bounds = summerBounds.get(year);
  if (!bounds) {
    bounds = [summerTimeStartUtcMs(year), summerTimeEndUtcMs(year)];
    summerBounds.set(year, bounds);
  }
  return utcMs >= bounds[0] && utcMs < bounds[1] ? 120 : 60;
}

/** Paris wall-clock time of an instant, expressed as "naive" milliseconds (the wall clock read as if it were UTC). */
export function utcToParisNaiveMs(utcMs: number): number {
  return utcMs + parisOffsetMinutes(utcMs) * MS_PER_MINUTE;
}

/**
 * The instants (UTC ms) at which the Paris wall clock shows the naive time: two in the repeated autumn hour,
 * none in the skipped spring hour, otherwise one. Ordered earliest first.
 */
export function parisNaiveToUtcCandidates(naiveMs: number): number[] {
  const out: number[] = [];
  const summer = naiveMs - 120 * MS_PER_MINUTE;
  if (parisOffsetMinutes(summer) === 120) out.push(summer);
  const winter = naiveMs - 60 * MS_PER_MINUTE;
  if (parisOffsetMinutes(winter) === 60) out.push(winter);
  return out;
}

/**
 * Paris wall-clock time to UTC. Ambiguous autumn times resolve to the first occurrence unless `after` is given,
 * in which case the earliest candidate strictly later than `after` is preferred (ordered files). Returns NaN for
 * a wall-clock time that does not exist (spring gap).
 */
export function parisNaiveToUtcMs(naiveMs: number, after?: number): number {
  const candidates = parisNaiveToUtcCandidates(naiveMs);
  if (candidates.length === 0) return Number.NaN;
  if (after !== undefined) {
    for (const c of candidates) if (c > after) return c;
    return candidates[candidates.length - 1];
  }
  return candidates[0];
}

/** Local (Paris) calendar day number since 1970-01-01 of an instant. */
export function parisEpochDay(utcMs: number): number {
  return Math.floor(utcToParisNaiveMs(utcMs) / MS_PER_DAY);
}

/** Epoch day (days since 1970-01-01) of a calendar date. */
export function epochDayOf(year: number, month1: number, day: number): number {
  return Math.floor(Date.UTC(year, month1 - 1, day) / MS_PER_DAY);
}

/** Calendar date of an epoch day. */
export function dateOfEpochDay(epochDay: number): { year: number; month1: number; day: number } {
  const d = new Date(epochDay * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month1: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Day of week of an epoch day, 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function dayOfWeekMonday0(epochDay: number): number {
  return (((epochDay + 3) % 7) + 7) % 7;
}

/** 'YYYY-MM-DD' of an epoch day. */
export function isoDateOfEpochDay(epochDay: number): string {
  const { year, month1, day } = dateOfEpochDay(epochDay);
  return `${String(year).padStart(4, '0')}-${String(month1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Epoch day of 'YYYY-MM-DD', or NaN when malformed or not a real date. */
export function epochDayOfIsoDate(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return Number.NaN;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const ed = epochDayOf(y, mo, d);
  const back = dateOfEpochDay(ed);
  return back.year === y && back.month1 === mo && back.day === d ? ed : Number.NaN;
}
