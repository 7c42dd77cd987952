/**
 * Monthly mean cold-water temperature Tefs (°C) per climate zone, for sites below 400 m, and the monthly
 * domestic-hot-water need it implies.
 * Source: arrêté du 31 mars 2021 (DPE), annex 1 "Méthode de calcul 3CL-DPE 2021" (as amended by the arrêté of
 * 8 October 2021), §18.2–18.3 climate data (Tefs column), and §11.1: Becs_j = 1,163 · Nadeq · 56 · (40 − Tefs_j) · nj_j
 * (Wh per month j, conventional behaviour): the daily need is proportional to (40 − Tefs_j).
 * Above 400 m the annex lowers Tefs by 2 °C (400–800 m) and 4 °C (above 800 m) where given; use `altitudeM`.
 */
export type ClimateZone = 'H1a' | 'H1b' | 'H1c' | 'H2a' | 'H2b' | 'H2c' | 'H2d' | 'H3';
export const CLIMATE_ZONES: readonly ClimateZone[] = ['H1a', 'H1b', 'H1c', 'H2a', 'H2b', 'H2c', 'H2d', 'H3'];

/** Tefs below 400 m, January first. */
export const COLD_WATER_TEMP_BELOW_400M_C: Readonly<Record<ClimateZone, readonly number[]>> = {
  H1a: [7.8, 5.5, 6.9, 9.1, 11.4, 15.1, 16.1, 17.8, 15.9, 14.7, 12.5, 9.2],
  H1b: [6.9, 6.1, 6.4, 7.6, 11.3, 14.9, 16.9, 17.3, 16.8, 14.6, 10.5, 7.9],
  H1c: [6.1, 4.4, 8.5, 9, 14.1, 15.7, 18.2, 18.8, 18, 15.8, 11.3, 7.3],
  H2a: [8.9, 7.2, 8.2, 9.6, 11.1, 16.3, 18.7, 17.1, 18.2, 15.9, 13.3, 10.5],
  H2b: [9, 6.8, 8.7, 9.6, 12.9, 15.3, 17.8, 18, 18.1, 15.5, 12.4, 9.2],
  H2c: [9.8, 9.5, 10.2, 11.3, 14.9, 17.5, 19.8, 19.8, 19.7, 17.7, 14, 9.8],
  H2d: [8.6, 8.5, 9.4, 12.9, 16.7, 18, 23.6, 20.9, 22.9, 18.4, 14.1, 9.4],
  H3: [8.4, 11.7, 11.4, 12, 17.2, 20.7, 21.4, 25.4, 20, 19.8, 14.7, 12.1],
};

export function coldWaterTempC(zone: ClimateZone, month0: number, altitudeM = 0): number {
  const below = COLD_WATER_TEMP_BELOW_400M_C[zone][month0];
  return altitudeM < 400 ? below : altitudeM < 800 ? below - 2 : below - 4;
}

/** Relative daily hot-water need of a month (3CL §11.1): 40 °C minus the cold-water temperature. */
export function dailyHotWaterNeedFactor(zone: ClimateZone, month0: number, altitudeM = 0): number {
  return 40 - coldWaterTempC(zone, month0, altitudeM);
}
