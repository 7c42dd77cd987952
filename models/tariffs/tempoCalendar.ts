/**
 * Tempo day colours (EDF "option Tempo" of the regulated tariff; colours chosen by RTE, CRE deliberations on the
 * TRVE). Published rules: a Tempo year runs 1 September – 31 August and holds 22 red days, 43 white days and the
 * rest blue (300 in a 365-day year); red days fall only between 1 November and 31 March, never on a Saturday,
 * a Sunday or a public holiday; white days never on a Sunday. A Tempo day runs 06:00 to 06:00 local time;
 * HP 06:00–22:00, HC 22:00–06:00 (CRE; EDF Tempo conditions; Connaissance des Énergies, "Qu'est-ce que l'option
 * Tempo").
 *
 * Generator: RTE picks colours from forecast national consumption, which in winter follows temperature. Without
 * that forecast we assign red to the coldest eligible days, then white to the coldest remaining eligible days
 * (ties broken by date, so the result is deterministic). Quotas are prorated when the timeline does not hold a
 * whole year: red by the number of 1 Nov–31 Mar days present (151 a year), white by the number of days (365);
 * only Tempo days wholly inside the timeline count and may turn red or white (cut days stay blue).
 * Quotas are applied per September–August Tempo year, prorated to the part of it the timeline holds: a
 * calendar-year simulation (e.g. a typical meteorological year) gets 13 red days in January–March and 9 in
 * November–December, 22 in all, and 43 white days.
 */
import { z } from 'zod';
import type { LocalCalendar } from '../calendar/localCalendar';
import { frenchPublicHolidays } from '../calendar/publicHolidays';
import { dateOfEpochDay, dayOfWeekMonday0, epochDayOfIsoDate, isoDateOfEpochDay } from '../calendar/parisTime';

export const TEMPO_COLOR = { blue: 0, white: 1, red: 2 } as const;
export type TempoColorName = keyof typeof TEMPO_COLOR;
export const TEMPO_YEAR_QUOTAS = { red: 22, white: 43 } as const;
const TEMPO_DAY_START_MINUTE = 6 * 60;

export const tempoDayListSchema = z
  .array(
    z.object({
      date: z.string().refine((d) => !Number.isNaN(epochDayOfIsoDate(d)), { error: "date must be 'YYYY-MM-DD'" }),
      color: z.enum(['blue', 'white', 'red'], { error: "color must be 'blue', 'white' or 'red'" }),
    }),
    { error: 'days must be a list of { date, color }' },
  )
  .min(1, { error: 'days must not be empty' });
export type TempoDayList = z.input<typeof tempoDayListSchema>;

/** Colours of consecutive Tempo days starting at `firstEpochDay` (the local date the Tempo day starts, 06:00). */
export interface TempoDays {
  readonly firstEpochDay: number;
  readonly colors: Uint8Array;
}

/** Tempo day (epoch day of its 06:00 start) of each step. */
export function tempoEpochDayOfStep(calendar: LocalCalendar, i: number): number {
  return calendar.firstLocalEpochDay + calendar.localDayIndex[i] - (calendar.localMinuteOfDay[i] < TEMPO_DAY_START_MINUTE ? 1 : 0);
}

/** Tempo year of a day: the calendar year of the 1 September it follows. */
function tempoYearOf(epochDay: number): number {
  const { year, month1 } = dateOfEpochDay(epochDay);
  return month1 >= 9 ? year : year - 1;
}

function isRedEligible(epochDay: number, holidays: (year: number) => Set<number>): boolean {
  const { year, month1 } = dateOfEpochDay(epochDay);
  const dow = dayOfWeekMonday0(epochDay);
  return (month1 >= 11 || month1 <= 3) && dow <= 4 && !holidays(year).has(epochDay);
}

function holidayLookup(): (year: number) => Set<number> {
  const cache = new Map<number, Set<number>>();
  return (year) => {
    let s = cache.get(year);
    if (!s) cache.set(year, (s = new Set(frenchPublicHolidays(year).map((h) => h.epochDay))));
    return s;
  };
}

export function tempoDaysFromTemperature(calendar: LocalCalendar, tempC: Float64Array): TempoDays {
  const n = calendar.timeline.length;
  if (tempC.length !== n) throw new RangeError(`tempC has ${tempC.length} values, the timeline ${n}`);
  if (n === 0) return { firstEpochDay: calendar.firstLocalEpochDay, colors: new Uint8Array(0) };
  const first = tempoEpochDayOfStep(calendar, 0);
  const last = tempoEpochDayOfStep(calendar, n - 1);
  const days = last - first + 1;
  const sum = new Float64Array(days);
  const count = new Uint32Array(days);
  for (let i = 0; i < n; i++) {
    const t = tempC[i];
    if (Number.isNaN(t)) throw new RangeError(`tempC[${i}] is not a number`);
    const d = tempoEpochDayOfStep(calendar, i) - first;
    sum[d] += t;
    count[d]++;
  }
  const holidays = holidayLookup();
  // Tempo days cut by the timeline's ends stay blue: the mean of a few night hours would rank them coldest.
  const full = (d: number) => count[d] * calendar.timeline.stepMinutes >= 23 * 60;
  const mean = (d: number) => sum[d] / count[d];
  const byCold = (a: number, b: number) => mean(a) - mean(b) || a - b;
  const colors = new Uint8Array(days);
  // Quotas hold per Tempo year (1 September – 31 August): days are never moved from one Tempo year to another.
  let d0 = 0;
  while (d0 < days) {
    const y = tempoYearOf(first + d0);
    let d1 = d0;
    while (d1 < days && tempoYearOf(first + d1) === y) d1++;
    assignTempoYear(d0, d1);
    d0 = d1;
  }
  function assignTempoYear(from: number, to: number): void {
    const redCandidates: number[] = [];
    let winterDays = 0;
    let fullDays = 0;
    for (let d = from; d < to; d++) {
      if (!full(d)) continue;
      fullDays++;
      const { month1 } = dateOfEpochDay(first + d);
      if (month1 >= 11 || month1 <= 3) winterDays++;
      if (isRedEligible(first + d, holidays)) redCandidates.push(d);
    }
    const redQuota = Math.min(redCandidates.length, Math.round((TEMPO_YEAR_QUOTAS.red * winterDays) / 151));
    redCandidates.sort(byCold);
    for (let k = 0; k < redQuota; k++) colors[redCandidates[k]] = TEMPO_COLOR.red;
    const whiteCandidates: number[] = [];
    for (let d = from; d < to; d++) if (full(d) && colors[d] !== TEMPO_COLOR.red && dayOfWeekMonday0(first + d) !== 6) whiteCandidates.push(d);
    whiteCandidates.sort(byCold);
    const whiteQuota = Math.min(whiteCandidates.length, Math.round((TEMPO_YEAR_QUOTAS.white * fullDays) / 365));
    for (let k = 0; k < whiteQuota; k++) colors[whiteCandidates[k]] = TEMPO_COLOR.white;
  }
  return { firstEpochDay: first, colors };
}

/** Colours from an imported list of days; every Tempo day the timeline touches must be listed. */
export function tempoDaysFromList(calendar: LocalCalendar, list: TempoDayList): TempoDays {
  const parsed = tempoDayListSchema.safeParse(list);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RangeError(`tempo days: ${issue.path.join('.')}: ${issue.message}`);
  }
  const n = calendar.timeline.length;
  const first = n > 0 ? tempoEpochDayOfStep(calendar, 0) : calendar.firstLocalEpochDay;
  const days = n > 0 ? tempoEpochDayOfStep(calendar, n - 1) - first + 1 : 0;
  const colors = new Uint8Array(days).fill(255);
  for (const { date, color } of parsed.data) {
    const d = epochDayOfIsoDate(date) - first;
    if (d >= 0 && d < days) colors[d] = TEMPO_COLOR[color];
  }
  const missing = colors.indexOf(255);
  if (missing >= 0) throw new RangeError(`tempo days: no colour given for ${isoDateOfEpochDay(first + missing)} (the Tempo day starting at 06:00 that day)`);
  return { firstEpochDay: first, colors };
}

/** Breaches of the published rules in a list of days (for warnings on imported lists). */
export function checkTempoRules(days: TempoDays): string[] {
  const problems: string[] = [];
  const holidays = holidayLookup();
  days.colors.forEach((c, d) => {
    const ed = days.firstEpochDay + d;
    if (c === TEMPO_COLOR.red && !isRedEligible(ed, holidays)) problems.push(`${isoDateOfEpochDay(ed)}: red outside Monday–Friday working days of 1 Nov–31 Mar`);
    if (c === TEMPO_COLOR.white && dayOfWeekMonday0(ed) === 6) problems.push(`${isoDateOfEpochDay(ed)}: white on a Sunday`);
  });
  return problems;
}

const COLOR_WORDS: Record<string, TempoColorName> = { bleu: 'blue', blue: 'blue', blanc: 'white', white: 'white', rouge: 'red', red: 'red' };

/** Parses 'date;colour' lines ('2025-01-15;ROUGE', '15/01/2025;Blanc', an optional header line). */
export function parseTempoDaysCsv(text: string): { date: string; color: TempoColorName }[] {
  const out: { date: string; color: TempoColorName }[] = [];
  text.split(/\r\n|\n|\r/).forEach((raw, k) => {
    const line = raw.trim();
    if (line === '') return;
    const [dateText = '', colorText = ''] = line.split(/[;,\t]/).map((f) => f.trim().replace(/^"|"$/g, ''));
    const fr = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(dateText);
    const date = fr ? `${fr[3]}-${fr[2]}-${fr[1]}` : dateText;
    const color = COLOR_WORDS[colorText.toLowerCase()];
    if (Number.isNaN(epochDayOfIsoDate(date)) || !color) {
      if (out.length === 0 && !/^\d/.test(dateText)) return; // header line
      throw new RangeError(`line ${k + 1}: expected 'YYYY-MM-DD;BLEU|BLANC|ROUGE', got '${line}'`);
    }
    out.push({ date, color });
  });
  return out;
}
