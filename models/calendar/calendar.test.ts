import { describe, expect, it } from 'vitest';
import { yearTimeline, timelineBetween } from '../core/timeline';
import { easterSunday } from './easter';
import { DAY_TYPE, localCalendar, parseLocalClock } from './localCalendar';
import { epochDayOfIsoDate, isoDateOfEpochDay, parisNaiveToUtcCandidates, parisOffsetMinutes, summerTimeEndUtcMs, summerTimeStartUtcMs } from './parisTime';
import { frenchPublicHolidays } from './publicHolidays';
import { isSchoolHoliday } from './schoolHolidays';

describe('Easter (Meeus, Astronomical Algorithms ch. 8)', () => {
  it.each([
    [1818, 3, 22],
    [1954, 4, 18],
    [1991, 3, 31],
    [1992, 4, 19],
    [1993, 4, 11],
    [2000, 4, 23],
    [2024, 3, 31],
    [2025, 4, 20],
    [2026, 4, 5],
    [2027, 3, 28],
    [2038, 4, 25],
    [2285, 3, 22],
  ])('%i → %i/%i', (year, month1, day) => {
    expect(easterSunday(year)).toEqual({ month1, day });
  });
});

describe('Paris DST (Directive 2000/84/EC)', () => {
  it('starts and ends at 01:00 UTC on the last Sundays of March and October', () => {
    expect(new Date(summerTimeStartUtcMs(2026)).toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(new Date(summerTimeEndUtcMs(2026)).toISOString()).toBe('2026-10-25T01:00:00.000Z');
    expect(new Date(summerTimeStartUtcMs(2024)).toISOString()).toBe('2024-03-31T01:00:00.000Z');
    expect(new Date(summerTimeEndUtcMs(2024)).toISOString()).toBe('2024-10-27T01:00:00.000Z');
    expect(parisOffsetMinutes(Date.UTC(2026, 2, 29, 0, 59))).toBe(60);
    expect(parisOffsetMinutes(Date.UTC(2026, 2, 29, 1, 0))).toBe(120);
    expect(parisOffsetMinutes(Date.UTC(2026, 9, 25, 0, 59))).toBe(120);
    expect(parisOffsetMinutes(Date.UTC(2026, 9, 25, 1, 0))).toBe(60);
  });
  it('resolves naive local times: none in the spring gap, two in the autumn repeat', () => {
    expect(parisNaiveToUtcCandidates(Date.UTC(2026, 2, 29, 2, 30))).toEqual([]);
    expect(parisNaiveToUtcCandidates(Date.UTC(2026, 2, 29, 3, 0))).toEqual([Date.UTC(2026, 2, 29, 1, 0)]);
    expect(parisNaiveToUtcCandidates(Date.UTC(2026, 9, 25, 2, 30))).toEqual([Date.UTC(2026, 9, 25, 0, 30), Date.UTC(2026, 9, 25, 1, 30)]);
  });
  it('agrees with the host time-zone database when it has one', () => {
    let fmt: Intl.DateTimeFormat;
    try {
      fmt = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', hourCycle: 'h23' });
    } catch {
      return; // no tz data on this host: the rule tests above still apply
    }
    const tl = yearTimeline(2025, 60);
    const cal = localCalendar(tl);
    for (let i = 0; i < tl.length; i += 7) {
      expect(Number(fmt.format(new Date(tl.startUtcMs + i * 3_600_000)))).toBe(cal.localHour[i]);
    }
    // A two-year timeline opening in summer time, at 30 min.
    const summer = timelineBetween(Date.UTC(2024, 6, 1, 12), Date.UTC(2026, 6, 1, 12), 30);
    const sc = localCalendar(summer);
    for (let i = 0; i < summer.length; i += 5) {
      expect(Number(fmt.format(new Date(summer.startUtcMs + i * 1_800_000)))).toBe(sc.localHour[i]);
    }
  });
});

describe('localCalendar', () => {
  const countHoursOfLocalDay = (iso: string): number => {
    const tl = yearTimeline(2026, 15);
    const cal = localCalendar(tl);
    const target = epochDayOfIsoDate(iso) - cal.firstLocalEpochDay;
    let steps = 0;
    for (let i = 0; i < tl.length; i++) if (cal.localDayIndex[i] === target) steps++;
    return (steps * 15) / 60;
  };
  it('DST days have 23 and 25 local hours, others 24', () => {
    expect(countHoursOfLocalDay('2026-03-29')).toBe(23);
    expect(countHoursOfLocalDay('2026-10-25')).toBe(25);
    expect(countHoursOfLocalDay('2026-06-15')).toBe(24);
  });
  it('local hours skip 02:00 in spring and repeat 02:00 in autumn', () => {
    const spring = localCalendar(timelineBetween(Date.UTC(2026, 2, 28, 23), Date.UTC(2026, 2, 29, 4), 60));
    expect(Array.from(spring.localHour)).toEqual([0, 1, 3, 4, 5]);
    const autumn = localCalendar(timelineBetween(Date.UTC(2026, 9, 24, 22), Date.UTC(2026, 9, 25, 3), 60));
    expect(Array.from(autumn.localHour)).toEqual([0, 1, 2, 2, 3]);
    expect(Array.from(autumn.utcOffsetMinutes)).toEqual([120, 120, 120, 60, 60]);
  });
  it('reads a UTC-aligned year in local time (00:00 UTC = 01:00 CET)', () => {
    const cal = localCalendar(yearTimeline(2026, 60));
    expect(cal.localYear[0]).toBe(2026);
    expect(cal.localMonth[0]).toBe(0);
    expect(cal.localHour[0]).toBe(1);
    expect(cal.localDayOfWeek[0]).toBe(3); // 1 January 2026 is a Thursday
    expect(cal.isPublicHoliday[0]).toBe(1);
    expect(cal.dayType[0]).toBe(DAY_TYPE.sundayOrHoliday);
    expect(cal.localHour[23]).toBe(0); // 2 January, 00:00 local
    expect(cal.localDayIndex[23]).toBe(1);
    expect(cal.isPublicHoliday[23]).toBe(0);
    expect(cal.dayType[23]).toBe(DAY_TYPE.working);
    const last = cal.timeline.length - 1; // 31 Dec 23:00 UTC = 1 Jan 2027 00:00 local
    expect(cal.localYear[last]).toBe(2027);
    expect(cal.localDayIndex[last]).toBe(365);
  });
  it('classifies day types', () => {
    const tl = timelineBetween(Date.UTC(2026, 4, 1, 10), Date.UTC(2026, 4, 4, 10), 60);
    const cal = localCalendar(tl);
    expect(cal.dayType[0]).toBe(DAY_TYPE.sundayOrHoliday); // Friday 1 May, holiday
    expect(cal.dayType[24]).toBe(DAY_TYPE.saturday);
    expect(cal.dayType[48]).toBe(DAY_TYPE.sundayOrHoliday);
    const monday = localCalendar(timelineBetween(Date.UTC(2026, 4, 4, 10), Date.UTC(2026, 4, 4, 11), 60));
    expect(monday.dayType[0]).toBe(DAY_TYPE.working);
    expect(monday.localDayOfWeek[0]).toBe(0);
  });
  it('fills school holidays for a zone and refuses dates outside the table', () => {
    const cal = localCalendar(timelineBetween(Date.UTC(2026, 1, 9, 12), Date.UTC(2026, 1, 16, 12), 60), { schoolZone: 'A' });
    expect(cal.isSchoolHoliday?.[0]).toBe(1); // zone A winter holidays 7–22 Feb 2026
    const b = localCalendar(timelineBetween(Date.UTC(2026, 1, 9, 12), Date.UTC(2026, 1, 9, 13), 60), { schoolZone: 'B' });
    expect(b.isSchoolHoliday?.[0]).toBe(0);
    expect(isSchoolHoliday(epochDayOfIsoDate('2026-02-14'), 'B')).toBe(true);
    expect(() => localCalendar(yearTimeline(2030, 60), { schoolZone: 'C' })).toThrow(/schoolHolidays\.ts/);
  });
  it('parses local clock times', () => {
    expect(parseLocalClock('22:00')).toBe(1320);
    expect(parseLocalClock('6:30')).toBe(390);
    expect(parseLocalClock('24:00')).toBe(1440);
    expect(parseLocalClock('25:00')).toBeNaN();
    expect(parseLocalClock('ab')).toBeNaN();
  });
});

describe('French public holidays (Code du travail L3133-1)', () => {
  it('lists the eleven holidays of 2026', () => {
    expect(frenchPublicHolidays(2026).map((h) => isoDateOfEpochDay(h.epochDay))).toEqual([
      '2026-01-01',
      '2026-04-06',
      '2026-05-01',
      '2026-05-08',
      '2026-05-14',
      '2026-05-25',
      '2026-07-14',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-25',
    ]);
  });
  it('adds Good Friday and 26 December in Alsace-Moselle', () => {
    const days = frenchPublicHolidays(2026, { alsaceMoselle: true }).map((h) => isoDateOfEpochDay(h.epochDay));
    expect(days).toContain('2026-04-03');
    expect(days).toContain('2026-12-26');
    expect(days).toHaveLength(13);
  });
});
