/**
 * School holidays of metropolitan France, zones A, B and C.
 *
 * Sources (national school calendar, Code de l'éducation art. D521-1 ff.):
 * - school years 2024-2025 and 2025-2026: arrêté fixing the school calendar of 2023-2024, 2024-2025 and
 *   2025-2026, published in the Journal officiel of 8 December 2022;
 * - school year 2026-2027: arrêté fixing the school calendar of 2026-2027 (Journal officiel, 2025).
 * The 2024-2025 and 2025-2026 dates were cross-checked against published listings of the official calendar; the
 * 2026-2027 dates were not checked against the arrêté's text in this offline environment: verify before release.
 * Each period runs from the day after the last class ("fin des cours", a Saturday) up to but excluding the day
 * classes resume ("reprise des cours"). The Ascension bridge (Friday after Ascension) is included.
 * Zones: A = Besançon, Bordeaux, Clermont-Ferrand, Dijon, Grenoble, Limoges, Lyon, Poitiers;
 * B = Aix-Marseille, Amiens, Lille, Nancy-Metz, Nantes, Nice, Normandie, Orléans-Tours, Reims, Rennes, Strasbourg;
 * C = Créteil, Montpellier, Paris, Toulouse, Versailles.
 *
 * MUST BE UPDATED EVERY YEAR when a new school year is published. The end of the 2027 summer holidays is not
 * published yet: coverage stops on 31 August 2027. Local adjustments by rectors are not represented.
 */
import { epochDayOfIsoDate } from './parisTime';

export type SchoolZone = 'A' | 'B' | 'C';
export const SCHOOL_ZONES: readonly SchoolZone[] = ['A', 'B', 'C'];

interface Period {
  readonly from: string; // first holiday day, inclusive
  readonly until: string; // first school day after the holiday, exclusive
  readonly zones: readonly SchoolZone[];
  readonly name: string;
}

const ALL: readonly SchoolZone[] = ['A', 'B', 'C'];

const PERIODS: readonly Period[] = [
  { name: 'Été 2024', from: '2024-07-06', until: '2024-09-02', zones: ALL },
  // 2024-2025
  { name: 'Toussaint 2024', from: '2024-10-19', until: '2024-11-04', zones: ALL },
  { name: 'Noël 2024', from: '2024-12-21', until: '2025-01-06', zones: ALL },
  { name: 'Hiver 2025 A', from: '2025-02-22', until: '2025-03-10', zones: ['A'] },
  { name: 'Hiver 2025 B', from: '2025-02-08', until: '2025-02-24', zones: ['B'] },
  { name: 'Hiver 2025 C', from: '2025-02-15', until: '2025-03-03', zones: ['C'] },
  { name: 'Printemps 2025 A', from: '2025-04-19', until: '2025-05-05', zones: ['A'] },
  { name: 'Printemps 2025 B', from: '2025-04-05', until: '2025-04-22', zones: ['B'] },
  { name: 'Printemps 2025 C', from: '2025-04-12', until: '2025-04-28', zones: ['C'] },
  { name: 'Pont de l’Ascension 2025', from: '2025-05-29', until: '2025-06-02', zones: ALL },
  { name: 'Été 2025', from: '2025-07-05', until: '2025-09-01', zones: ALL },
  // 2025-2026
  { name: 'Toussaint 2025', from: '2025-10-18', until: '2025-11-03', zones: ALL },
  { name: 'Noël 2025', from: '2025-12-20', until: '2026-01-05', zones: ALL },
  { name: 'Hiver 2026 A', from: '2026-02-07', until: '2026-02-23', zones: ['A'] },
  { name: 'Hiver 2026 B', from: '2026-02-14', until: '2026-03-02', zones: ['B'] },
  { name: 'Hiver 2026 C', from: '2026-02-21', until: '2026-03-09', zones: ['C'] },
  { name: 'Printemps 2026 A', from: '2026-04-04', until: '2026-04-20', zones: ['A'] },
  { name: 'Printemps 2026 B', from: '2026-04-11', until: '2026-04-27', zones: ['B'] },
  { name: 'Printemps 2026 C', from: '2026-04-18', until: '2026-05-04', zones: ['C'] },
  { name: 'Pont de l’Ascension 2026', from: '2026-05-14', until: '2026-05-18', zones: ALL },
  { name: 'Été 2026', from: '2026-07-04', until: '2026-09-01', zones: ALL },
  // 2026-2027
  { name: 'Toussaint 2026', from: '2026-10-17', until: '2026-11-02', zones: ALL },
  { name: 'Noël 2026', from: '2026-12-19', until: '2027-01-04', zones: ALL },
  { name: 'Hiver 2027 A', from: '2027-02-13', until: '2027-03-01', zones: ['A'] },
  { name: 'Hiver 2027 B', from: '2027-02-20', until: '2027-03-08', zones: ['B'] },
  { name: 'Hiver 2027 C', from: '2027-02-06', until: '2027-02-22', zones: ['C'] },
  { name: 'Printemps 2027 A', from: '2027-04-10', until: '2027-04-26', zones: ['A'] },
  { name: 'Printemps 2027 B', from: '2027-04-17', until: '2027-05-03', zones: ['B'] },
  { name: 'Printemps 2027 C', from: '2027-04-03', until: '2027-04-19', zones: ['C'] },
  { name: 'Pont de l’Ascension 2027', from: '2027-05-06', until: '2027-05-10', zones: ALL },
  { name: 'Été 2027', from: '2027-07-03', until: '2027-09-01', zones: ALL },
];

/** First and last local dates (inclusive) the table describes. */
export const SCHOOL_HOLIDAY_COVERAGE = { firstDate: '2024-07-06', lastDate: '2027-08-31' } as const;
const FIRST_COVERED = epochDayOfIsoDate(SCHOOL_HOLIDAY_COVERAGE.firstDate);
const LAST_COVERED = epochDayOfIsoDate(SCHOOL_HOLIDAY_COVERAGE.lastDate);

const PARSED = PERIODS.map((p) => ({ from: epochDayOfIsoDate(p.from), until: epochDayOfIsoDate(p.until), zones: p.zones, name: p.name }));

export function isSchoolHolidayCovered(epochDay: number): boolean {
  return epochDay >= FIRST_COVERED && epochDay <= LAST_COVERED;
}

/**
 * Whether the local day is a school holiday in the zone (weekends outside holiday periods are not counted here).
 * Throws a RangeError outside the table's coverage rather than guessing.
 */
export function isSchoolHoliday(epochDay: number, zone: SchoolZone): boolean {
  if (!isSchoolHolidayCovered(epochDay)) {
    throw new RangeError(
      `school holidays: no published calendar for this date in the table (covered ${SCHOOL_HOLIDAY_COVERAGE.firstDate} to ${SCHOOL_HOLIDAY_COVERAGE.lastDate}); update models/calendar/schoolHolidays.ts`,
    );
  }
  for (const p of PARSED) if (epochDay >= p.from && epochDay < p.until && p.zones.includes(zone)) return true;
  return false;
}

/** The periods of the table, for display. */
export function schoolHolidayPeriods(zone: SchoolZone): { name: string; from: string; until: string }[] {
  return PERIODS.filter((p) => p.zones.includes(zone)).map((p) => ({ name: p.name, from: p.from, until: p.until }));
}
