/**
 * Extraterrestrial normal irradiance.
 * Source: J. W. Spencer, "Fourier series representation of the position of the sun", Search 2(5),
 * 1971, p. 172 — eccentricity correction factor E0 = (r0/r)² as a Fourier series of the day
 * angle Γ = 2π(n − 1)/365. Solar constant 1366.1 W/m² (ASTM E-490, as used by pvlib).
 */

export const SOLAR_CONSTANT_WM2 = 1366.1;

/** Day of year 1–366 of a UTC instant. */
export function dayOfYearUtc(utcMs: number): number {
  const d = new Date(utcMs);
  return Math.floor((utcMs - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
}

/** Spencer (1971) eccentricity correction (r0/r)². */
export function eccentricityCorrection(dayOfYear: number): number {
  const g = (2 * Math.PI * (dayOfYear - 1)) / 365;
  return 1.00011 + 0.034221 * Math.cos(g) + 0.00128 * Math.sin(g) + 0.000719 * Math.cos(2 * g) + 0.000077 * Math.sin(2 * g);
}

/** Extraterrestrial irradiance on a surface normal to the sun (W/m²). */
export function extraterrestrialNormalWm2(dayOfYear: number, solarConstantWm2: number = SOLAR_CONSTANT_WM2): number {
  return solarConstantWm2 * eccentricityCorrection(dayOfYear);
}
