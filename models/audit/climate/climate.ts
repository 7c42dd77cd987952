/**
 * Conventional climate of the 3CL method (annex 1 of the arrêté of 8 October 2021, §18.2 and
 * §18.3): per climate zone, altitude class and month, the heating degree-hours (DH19, DH21, base
 * 14 °C), heating hours (Nref19, Nref21), mean outside temperature, cold water temperature and
 * south vertical sunshine E. Buildings with heavy inertia built of old materials use the §18.3
 * tables. C1 orientation/tilt coefficients are from §18.5.
 */
import { climateTables, type MonthlyClimate } from '../envelope/tables';
import type { ClimateZone, InertiaClass } from '../types';

/**
 * `heavyComponents` is the §7 count of heavy components: a building of old materials whose
 * components make it heavy (at least two heavy) takes the §18.3 tables even when a lighter class
 * is declared, as the registered records do.
 */
export function monthlyClimate(zone: ClimateZone, altitudeClass: 1 | 2 | 3, oldMaterials: boolean, inertia: InertiaClass, heavyComponents = 0): MonthlyClimate {
  const heavy = inertia === 'lourde' || inertia === 'tres_lourde' || heavyComponents >= 2;
  const heavyOld = oldMaterials && heavy ? 1 : 0;
  const c = climateTables.sollicitations[`${zone}|${altitudeClass}|${heavyOld}`];
  if (!c) throw new Error(`climate: no table for zone ${zone}, altitude class ${altitudeClass}`);
  return c;
}

export function baseTemperatureC(zone: ClimateZone, altitudeClass: 1 | 2 | 3): number {
  return climateTables.tbase[`${zone}|${altitudeClass}`];
}

export const DAYS_OF_USE_PER_MONTH: readonly number[] = climateTables.daysPerMonth;

const ORIENTATION: Record<number, string> = { 1: 'sud', 2: 'nord', 3: 'est', 4: 'ouest', 5: 'horizontal' };
const TILT: Record<number, string> = { 1: 'lt25', 2: '25to75', 3: 'gte75', 4: 'h' };

/** C1 per month for a glazing orientation (enum_orientation_id) and tilt (enum_inclinaison_vitrage_id). */
export function orientationCoefficients(zone: ClimateZone, orientationId: number, tiltId: number): number[] {
  const horizontal = orientationId === 5 || tiltId === 4;
  const key = horizontal ? `${zone}|horizontal|h` : `${zone}|${ORIENTATION[orientationId] ?? 'nord'}|${TILT[tiltId] ?? 'gte75'}`;
  const c1 = climateTables.c1[key];
  if (!c1) throw new Error(`climate: no C1 for ${key}`);
  return c1;
}
