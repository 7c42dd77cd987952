/**
 * Air mass and pressure.
 * Relative optical air mass: F. Kasten, A. T. Young, "Revised optical air mass tables and
 * approximation formula", Applied Optics 28(22), 1989, pp. 4735–4738, eq. (3):
 *   AM = 1 / (cos z + 0.50572·(96.07995 − z)^−1.6364), z = apparent zenith in degrees.
 * Absolute air mass = AM·p/p0 (pressure correction, same paper §1).
 * Standard-atmosphere pressure from altitude: ISO 2533 / ICAO (p = 101325·(1 − 2.25577e−5·h)^5.25588).
 */

/** Relative air mass; NaN when the sun is below the horizon (z > 90°). */
export function relativeAirMass(apparentZenithDeg: number): number {
  if (!(apparentZenithDeg <= 90)) return NaN;
  return 1 / (Math.cos((apparentZenithDeg * Math.PI) / 180) + 0.50572 * Math.pow(96.07995 - apparentZenithDeg, -1.6364));
}

export function pressureFromAltitudePa(altitudeM: number): number {
  return 101_325 * Math.pow(1 - 2.25577e-5 * altitudeM, 5.25588);
}

export function absoluteAirMass(relative: number, pressurePa: number = 101_325): number {
  return (relative * pressurePa) / 101_325;
}
