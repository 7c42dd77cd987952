/**
 * Per-step local calendar of a timeline, in Europe/Paris legal time (DST from parisTime.ts), computed once per
 * timeline so that tariffs, schedules and profiles read typed arrays in their hot loops (DESIGN.md, "Units, time").
 * Each value describes the local wall-clock time at the START of the step.
 */
import type { Timeline } from '../core/timeline';
import { frenchPublicHolidays } from './publicHolidays';
import { MS_PER_DAY, dateOfEpochDay, dayOfWeekMonday0, summerTimeEndUtcMs, summerTimeStartUtcMs, utcToParisNaiveMs } from './parisTime';
import { type SchoolZone, isSchoolHoliday } from './schoolHolidays';

export const DAY_TYPE = { working: 0, saturday: 1, sundayOrHoliday: 2 } as const;
export type DayType = (typeof DAY_TYPE)[keyof typeof DAY_TYPE];

export interface LocalCalendarOptions {
  /** School-holiday zone; when set, `isSchoolHoliday` is filled (throws outside the table's coverage). */
  readonly schoolZone?: SchoolZone;
  /** Adds Good Friday and 26 December (Alsace-Moselle). */
  readonly alsaceMoselle?: boolean;
}

export interface LocalCalendar {
  readonly timeline: Timeline;
  readonly utcOffsetMinutes: Uint8Array; // 60 or 120
  readonly localYear: Uint16Array;
  readonly localMonth: Uint8Array; // 0–11
  readonly localDayOfMonth: Uint8Array; // 1–31
  readonly localHour: Uint8Array; // 0–23
  readonly localMinuteOfDay: Uint16Array; // 0–1439
  readonly localDayOfWeek: Uint8Array; // 0 = Monday … 6 = Sunday
  /** Local days since the local day of the first step (0 for the first day). */
  readonly localDayIndex: Uint32Array;
  /** Local epoch day (days since 1970-01-01) of localDayIndex 0. */
  readonly firstLocalEpochDay: number;
  readonly isPublicHoliday: Uint8Array; // 0/1
  readonly dayType: Uint8Array; // DAY_TYPE
  /** 0/1, present only when a school zone was requested. */
  readonly isSchoolHoliday?: Uint8Array;
  readonly schoolZone?: SchoolZone;
}

export function localCalendar(timeline: Timeline, options: LocalCalendarOptions = {}): LocalCalendar {
  const n = timeline.length;
  const stepMs = timeline.stepMinutes * 60_000;
  const utcOffsetMinutes = new Uint8Array(n);
  const localYear = new Uint16Array(n);
  const localMonth = new Uint8Array(n);
  const localDayOfMonth = new Uint8Array(n);
  const localHour = new Uint8Array(n);
  const localMinuteOfDay = new Uint16Array(n);
  const localDayOfWeek = new Uint8Array(n);
  const localDayIndex = new Uint32Array(n);
  const isPublicHoliday = new Uint8Array(n);
  const dayType = new Uint8Array(n);
  const school = options.schoolZone ? new Uint8Array(n) : undefined;

  const holidaysByYear = new Map<number, Set<number>>();
  const holidaySet = (year: number): Set<number> => {
    let s = holidaysByYear.get(year);
    if (!s) {
      s = new Set(frenchPublicHolidays(year, { alsaceMoselle: options.alsaceMoselle }).map((h) => h.epochDay));
      holidaysByYear.set(year, s);
    }
    return s;
  };

  const firstLocalEpochDay = n > 0 ? Math.floor(utcToParisNaiveMs(timeline.startUtcMs) / MS_PER_DAY) : 0;
  // Day-level attributes are recomputed only when the local day changes.
  let currentDay = Number.NaN;
  let year = 0;
  let month0 = 0;
  let dom = 0;
  let dow = 0;
  let holiday = 0;
  let type: number = DAY_TYPE.working;
  let schoolOff = 0;
  // Offset changes are walked in order instead of recomputed per step (no allocation in the loop).
  const firstYear = new Date(timeline.startUtcMs).getUTCFullYear() - 1;
  const lastYear = new Date(timeline.startUtcMs + n * stepMs).getUTCFullYear() + 1;
  const changes: number[] = [];
  for (let y = firstYear; y <= lastYear; y++) changes.push(summerTimeStartUtcMs(y), summerTimeEndUtcMs(y));
  let next = 0;
  while (next < changes.length && changes[next] <= timeline.startUtcMs) next++;
  let offsetMs = utcToParisNaiveMs(timeline.startUtcMs) - timeline.startUtcMs;
  // Segments of steps with the same UTC offset and the same local day: day-level values are filled in one
  // go and the minute of the day advances by the step (stepMs is whole minutes, so it stays exact).
  let i = 0;
  while (i < n) {
    const utc = timeline.startUtcMs + i * stepMs;
    while (next < changes.length && changes[next] <= utc) {
      // Even indices start summer time, odd ones end it.
      offsetMs = next % 2 === 0 ? 7_200_000 : 3_600_000;
      next++;
    }
    const naive = utc + offsetMs;
    const epochDay = Math.floor(naive / MS_PER_DAY);
    if (epochDay !== currentDay) {
      currentDay = epochDay;
      const d = dateOfEpochDay(epochDay);
      year = d.year;
      month0 = d.month1 - 1;
      dom = d.day;
      dow = dayOfWeekMonday0(epochDay);
      holiday = holidaySet(year).has(epochDay) ? 1 : 0;
      type = holiday || dow === 6 ? DAY_TYPE.sundayOrHoliday : dow === 5 ? DAY_TYPE.saturday : DAY_TYPE.working;
      if (options.schoolZone) schoolOff = isSchoolHoliday(epochDay, options.schoolZone) ? 1 : 0;
    }
    // The segment ends at the next offset change or the next local midnight, whichever comes first.
    const nextMidnightUtc = (epochDay + 1) * MS_PER_DAY - offsetMs;
    const endUtc = next < changes.length && changes[next] < nextMidnightUtc ? changes[next] : nextMidnightUtc;
    const end = Math.min(n, Math.max(i + 1, Math.ceil((endUtc - timeline.startUtcMs) / stepMs)));
    const minute0 = Math.floor((naive - epochDay * MS_PER_DAY) / 60_000);
    utcOffsetMinutes.fill(offsetMs / 60_000, i, end);
    localYear.fill(year, i, end);
    localMonth.fill(month0, i, end);
    localDayOfMonth.fill(dom, i, end);
    localDayOfWeek.fill(dow, i, end);
    localDayIndex.fill(epochDay - firstLocalEpochDay, i, end);
    isPublicHoliday.fill(holiday, i, end);
    dayType.fill(type, i, end);
    if (school) school.fill(schoolOff, i, end);
    for (let k = i, minute = minute0; k < end; k++, minute += timeline.stepMinutes) {
      localMinuteOfDay[k] = minute;
      localHour[k] = Math.floor(minute / 60);
    }
    i = end;
  }
  return {
    timeline,
    utcOffsetMinutes,
    localYear,
    localMonth,
    localDayOfMonth,
    localHour,
    localMinuteOfDay,
    localDayOfWeek,
    localDayIndex,
    firstLocalEpochDay,
    isPublicHoliday,
    dayType,
    isSchoolHoliday: school,
    schoolZone: options.schoolZone,
  };
}

/** Parses 'HH:MM' (00:00–24:00) to minutes of the day, or NaN. */
export function parseLocalClock(text: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return Number.NaN;
  const h = Number(m[1]);
  const mi = Number(m[2]);
  if (h > 24 || mi > 59 || (h === 24 && mi !== 0)) return Number.NaN;
  return h * 60 + mi;
}
