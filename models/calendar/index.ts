export { localCalendar, parseLocalClock, DAY_TYPE } from './localCalendar';
export type { LocalCalendar, LocalCalendarOptions, DayType } from './localCalendar';
export { easterSunday } from './easter';
export { frenchPublicHolidays } from './publicHolidays';
export type { PublicHoliday } from './publicHolidays';
export { isSchoolHoliday, isSchoolHolidayCovered, schoolHolidayPeriods, SCHOOL_HOLIDAY_COVERAGE, SCHOOL_ZONES } from './schoolHolidays';
export type { SchoolZone } from './schoolHolidays';
export * from './parisTime';
