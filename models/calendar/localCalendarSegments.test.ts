import { describe, expect, it } from 'vitest';
import { yearTimeline, type Timeline } from '../core/timeline';
import { DAY_TYPE, localCalendar } from './localCalendar';
import { MS_PER_DAY, dateOfEpochDay, dayOfWeekMonday0, utcToParisNaiveMs } from './parisTime';
import { frenchPublicHolidays } from './publicHolidays';
import { isSchoolHoliday } from './schoolHolidays';

/**
 * localCalendar fills runs of steps (same UTC offset, same local day) at once. This holds it to the plain
 * per-step computation (each step converted to Paris time on its own), on timelines that cross clock
 * changes, year ends and odd starts.
 */
function perStep(tl: Timeline, alsaceMoselle = false, schoolZone?: 'A' | 'B' | 'C') {
  const rows: number[][] = [];
  for (let i = 0; i < tl.length; i++) {
    const utc = tl.startUtcMs + i * tl.stepMinutes * 60_000;
    const naive = utcToParisNaiveMs(utc);
    const epochDay = Math.floor(naive / MS_PER_DAY);
    const d = dateOfEpochDay(epochDay);
    const dow = dayOfWeekMonday0(epochDay);
    const holiday = frenchPublicHolidays(d.year, { alsaceMoselle }).some((h) => h.epochDay === epochDay) ? 1 : 0;
    const minute = Math.floor((naive - epochDay * MS_PER_DAY) / 60_000);
    const type = holiday || dow === 6 ? DAY_TYPE.sundayOrHoliday : dow === 5 ? DAY_TYPE.saturday : DAY_TYPE.working;
    const firstDay = Math.floor(utcToParisNaiveMs(tl.startUtcMs) / MS_PER_DAY);
    const row = [(naive - utc) / 60_000, d.year, d.month1 - 1, d.day, Math.floor(minute / 60), minute, dow, epochDay - firstDay, holiday, type];
    if (schoolZone) row.push(isSchoolHoliday(epochDay, schoolZone) ? 1 : 0);
    rows.push(row);
  }
  return rows;
}

function columns(tl: Timeline, alsaceMoselle = false, schoolZone?: 'A' | 'B' | 'C') {
  const c = localCalendar(tl, { alsaceMoselle, schoolZone });
  const rows: number[][] = [];
  for (let i = 0; i < tl.length; i++) {
    const row = [c.utcOffsetMinutes[i], c.localYear[i], c.localMonth[i], c.localDayOfMonth[i], c.localHour[i], c.localMinuteOfDay[i], c.localDayOfWeek[i], c.localDayIndex[i], c.isPublicHoliday[i], c.dayType[i]];
    if (schoolZone) row.push(c.isSchoolHoliday![i]);
    rows.push(row);
  }
  return rows;
}

describe('localCalendar by segments', () => {
  it.each([
    ['2025 at 60 min', yearTimeline(2025, 60)],
    ['2025 at 15 min', yearTimeline(2025, 15)],
    ['2024 (leap) at 30 min', yearTimeline(2024, 30)],
    ['7-minute steps from a quarter past 23:00 UTC, over two years', { startUtcMs: Date.UTC(2025, 11, 30, 23, 15), stepMinutes: 7, length: 160_000 }],
    ['90-minute steps across both clock changes', { startUtcMs: Date.UTC(2026, 2, 28, 22, 30), stepMinutes: 90, length: 4000 }],
    ['1-minute steps around the October change', { startUtcMs: Date.UTC(2026, 9, 24, 20, 0), stepMinutes: 1, length: 4 * 1440 }],
  ])('equals the per-step computation: %s', (_, tl) => {
    expect(columns(tl)).toEqual(perStep(tl));
  });

  it('equals it with Alsace-Moselle holidays and a school zone', () => {
    const tl = yearTimeline(2025, 60);
    expect(columns(tl, true, 'B')).toEqual(perStep(tl, true, 'B'));
  });

  it('has 23 h and 25 h local days at the clock changes (1-minute year)', () => {
    const c = localCalendar(yearTimeline(2026, 1));
    const perDay = new Map<number, number>();
    for (let i = 0; i < c.timeline.length; i++) perDay.set(c.localDayIndex[i], (perDay.get(c.localDayIndex[i]) ?? 0) + 1);
    expect(new Set(perDay.values())).toEqual(new Set([1380, 1440, 1500, 60]));
  });
});
