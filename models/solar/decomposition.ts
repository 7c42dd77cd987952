/**
 * Decomposition of global horizontal irradiance into beam and diffuse.
 * Source: D. G. Erbs, S. A. Klein, J. A. Duffie, "Estimation of the diffuse radiation fraction for
 * hourly, daily and monthly-average global radiation", Solar Energy 28(4), 1982, pp. 293–302,
 * eq. (1) (hourly diffuse fraction as a function of the clearness index kt).
 * Guards as documented in pvlib `irradiance.erbs`: cos z floored at 0.065 for kt, kt ≤ 1,
 * DNI = 0 beyond zenith 87°.
 */

export interface Decomposition {
  dniWm2: number;
  dhiWm2: number;
  kt: number;
}

export const ERBS_MIN_COS_ZENITH = 0.065;
export const ERBS_MAX_ZENITH_DEG = 87;

/** Erbs diffuse fraction for a clearness index. */
export function erbsDiffuseFraction(kt: number): number {
  if (kt <= 0.22) return 1 - 0.09 * kt;
  if (kt <= 0.8) return 0.9511 + kt * (-0.1604 + kt * (4.388 + kt * (-16.638 + kt * 12.336)));
  return 0.165;
}

export function erbs(ghiWm2: number, zenithDeg: number, dniExtraWm2: number, out: Decomposition = { dniWm2: 0, dhiWm2: 0, kt: 0 }): Decomposition {
  const cosZ = Math.cos((zenithDeg * Math.PI) / 180);
  const kt = ghiWm2 > 0 ? Math.min(1, Math.max(0, ghiWm2 / (dniExtraWm2 * Math.max(cosZ, ERBS_MIN_COS_ZENITH)))) : 0;
  const dhi = ghiWm2 > 0 ? erbsDiffuseFraction(kt) * ghiWm2 : 0;
  let dni = cosZ > 0 ? (ghiWm2 - dhi) / cosZ : 0;
  if (zenithDeg > ERBS_MAX_ZENITH_DEG || dni < 0) dni = 0;
  out.dniWm2 = dni;
  out.dhiWm2 = dhi;
  out.kt = kt;
  return out;
}
