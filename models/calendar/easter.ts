/**
 * Date of Easter Sunday in the Gregorian calendar.
 * Source: J. Meeus, Astronomical Algorithms, 2nd ed. (1998), chapter 8 "Date of Easter", Gregorian method
 * (attributed to an anonymous 1876 correspondent, published by Butcher's Ecclesiastical Calendar).
 * Valid for every Gregorian year (1583 on). Meeus's checks: 1991 → 31 March, 1992 → 19 April,
 * 1993 → 11 April, 1954 → 18 April, 2000 → 23 April, 1818 → 22 March (tested in easter.test.ts).
 */
export function easterSunday(year: number): { month1: number; day: number } {
  if (!Number.isInteger(year) || year < 1583) throw new RangeError(`easterSunday: year must be an integer >= 1583, got ${year}`);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = Math.floor((h + l - 7 * m + 114) / 31);
  const p = (h + l - 7 * m + 114) % 31;
  return { month1: n, day: p + 1 };
}
