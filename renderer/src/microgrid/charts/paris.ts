/** Paris wall-clock helpers for the time-synchronised charts (pure, from models/calendar). */
import { MS_PER_DAY, dayOfWeekMonday0, parisNaiveToUtcMs, utcToParisNaiveMs } from '../../../../models/calendar/parisTime';

export interface ParisParts {
  readonly year: number;
  readonly month0: number;
  readonly day: number;
  /** Fractional local hour, 0 ≤ h < 24. */
  readonly hour: number;
}

export function parisParts(utcMs: number): ParisParts {
  const naive = utcToParisNaiveMs(utcMs);
  const d = new Date(naive);
  return { year: d.getUTCFullYear(), month0: d.getUTCMonth(), day: d.getUTCDate(), hour: (naive - Math.floor(naive / MS_PER_DAY) * MS_PER_DAY) / 3_600_000 };
}

/** UTC instant of a Paris wall-clock time; the hour skipped in spring moves one hour later. */
export function parisToUtcMs(year: number, month0: number, day: number, hour: number): number {
  const naive = Date.UTC(year, month0, day) + hour * 3_600_000;
  const utc = parisNaiveToUtcMs(naive);
  return Number.isNaN(utc) ? parisNaiveToUtcMs(naive + 3_600_000) : utc;
}

/** Monday 00:00 Paris time of the week containing the instant, in UTC ms. */
export function parisWeekStartUtcMs(utcMs: number): number {
  const naive = utcToParisNaiveMs(utcMs);
  const epochDay = Math.floor(naive / MS_PER_DAY);
  const monday = epochDay - dayOfWeekMonday0(epochDay);
  return parisNaiveToUtcMs(monday * MS_PER_DAY);
}
