/**
 * Hourly shapes (relative mean power per local hour, by day type) and monthly factors of the synthetic profiles.
 *
 * Sources and approximations — read before trusting a figure:
 * - housing: the daily shape of Enedis's residential profile RES1 (base option, no electric heating in the
 *   non-thermo-sensitive part): low plateau at night, morning rise 06–08 h, midday plateau, evening peak
 *   19–21 h, later and flatter mornings at weekends (Enedis, "Profils de consommation" — open data
 *   "Coefficients des profils", and the profiling guide "Le profilage, principes et méthodes" used by
 *   Enedis for settlement). The numbers below are our hand-digitised approximation of those shapes, not the
 *   published half-hourly coefficients; the monthly factors model the lighting/appliance seasonality only
 *   (heating is the separate thermo-sensitive part).
 * - office: the PRO1 profile describes small professional sites in general, not offices; the shape here is a
 *   schedule assumption (occupied 08–19 h on working days, night and weekend base load ≈ 30 % of the occupied
 *   level for servers, ventilation and standby), not calibrated against a measured curve.
 * - school: occupied 08–17 h on school days, Wednesday morning only (French primary schools' 4.5-day week varies
 *   by commune — assumption), 20 % base when closed; school days come from the calendar's school holidays.
 * - gymnasium: school PE classes on weekdays (halved outside school terms), clubs 17–22 h, Saturday matches,
 *   Sunday mornings; 10 % base; closed half of August. Schedule assumption.
 * - holiday village: residential shape scaled by a monthly occupancy (tourist season peaking July–August, the
 *   pattern of the FlexMob'Ile site on Belle-Île, see DESIGN.md) and +20 % at weekends outside the summer.
 *   Monthly occupancy is an assumption to be replaced by the site's own figures.
 */

export type DayShape = readonly number[]; // 24 values, local hours 0–23

export interface ProfileShape {
  readonly working: DayShape;
  readonly saturday: DayShape;
  readonly sundayOrHoliday: DayShape;
  readonly monthly: readonly number[]; // 12 values, January first
}

export const HOUSING_SHAPE: ProfileShape = {
  working: [0.62, 0.55, 0.52, 0.5, 0.5, 0.53, 0.7, 0.95, 0.95, 0.85, 0.82, 0.85, 0.95, 0.9, 0.8, 0.78, 0.82, 0.98, 1.25, 1.5, 1.55, 1.4, 1.15, 0.85],
  saturday: [0.65, 0.58, 0.54, 0.52, 0.51, 0.52, 0.58, 0.72, 0.92, 1.0, 1.02, 1.05, 1.1, 1.02, 0.92, 0.88, 0.9, 1.0, 1.22, 1.45, 1.5, 1.38, 1.15, 0.88],
  sundayOrHoliday: [0.68, 0.6, 0.55, 0.53, 0.52, 0.52, 0.56, 0.66, 0.85, 1.0, 1.08, 1.18, 1.25, 1.1, 0.95, 0.9, 0.92, 1.02, 1.22, 1.42, 1.45, 1.32, 1.08, 0.82],
  monthly: [1.15, 1.1, 1.02, 0.95, 0.9, 0.86, 0.85, 0.85, 0.9, 0.98, 1.08, 1.16],
};

const OFFICE_BASE = 0.3;
export const OFFICE_SHAPE: ProfileShape = {
  working: [0.3, 0.3, 0.3, 0.3, 0.3, 0.32, 0.4, 0.6, 0.9, 1.0, 1.0, 1.0, 0.92, 0.95, 1.0, 1.0, 0.98, 0.9, 0.7, 0.5, 0.38, 0.32, 0.3, 0.3],
  saturday: Array.from({ length: 24 }, (_, h) => (h >= 9 && h < 13 ? 0.36 : OFFICE_BASE)),
  sundayOrHoliday: Array.from({ length: 24 }, () => 0.28),
  monthly: [1.04, 1.03, 1.0, 0.97, 0.96, 1.0, 1.02, 0.85, 0.98, 0.98, 1.02, 1.04],
};

export const SCHOOL_OPEN_DAY: DayShape = [0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.25, 0.6, 1.0, 1.0, 1.0, 1.05, 1.1, 1.0, 1.0, 1.0, 0.85, 0.45, 0.25, 0.2, 0.2, 0.2, 0.2, 0.2];
export const SCHOOL_HALF_DAY: DayShape = SCHOOL_OPEN_DAY.map((v, h) => (h >= 13 ? 0.2 : v));
export const SCHOOL_CLOSED = 0.2;

export const GYM_WEEKDAY_TERM: DayShape = [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.2, 0.55, 0.55, 0.55, 0.55, 0.3, 0.5, 0.55, 0.55, 0.6, 1.0, 1.0, 1.0, 1.0, 0.9, 0.3, 0.1];
export const GYM_WEEKDAY_HOLIDAY: DayShape = GYM_WEEKDAY_TERM.map((v, h) => (h >= 8 && h < 17 ? Math.max(0.1, v / 2) : v));
export const GYM_SATURDAY: DayShape = Array.from({ length: 24 }, (_, h) => (h >= 9 && h < 19 ? 0.9 : h >= 19 && h < 22 ? 0.6 : 0.1));
export const GYM_SUNDAY: DayShape = Array.from({ length: 24 }, (_, h) => (h >= 9 && h < 13 ? 0.6 : 0.1));
export const GYM_MONTHLY: readonly number[] = [1, 1, 1, 1, 1, 1, 0.7, 0.5, 1, 1, 1, 1];

export const HOLIDAY_VILLAGE_OCCUPANCY: readonly number[] = [0.2, 0.2, 0.3, 0.5, 0.6, 0.75, 1.0, 1.0, 0.6, 0.4, 0.2, 0.25];
export const HOLIDAY_VILLAGE_WEEKEND_FACTOR = 1.2;
