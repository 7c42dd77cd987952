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

/**
 * DISC model: E. L. Maxwell, "A quasi-physical model for converting hourly global horizontal to
 * direct normal insolation", SERI/TR-215-3087, 1987, eq. (8)–(13): Kn = Knc − ΔKn with the
 * clear-sky Knc(AM) polynomial and ΔKn = a + b·exp(c·AM), a, b, c cubic in kt (two branches at
 * kt = 0.6). Air mass: Kasten (1966) relative air mass × p/101325, capped at 12; guards as pvlib
 * `irradiance.disc` (cos z ≥ 0.065 for kt, no DNI beyond 87°).
 */
export function disc(ghiWm2: number, zenithDeg: number, dniExtraWm2: number, pressurePa = 101_325): { dniWm2: number; kt: number; airMass: number } {
  const cosZ = Math.cos((zenithDeg * Math.PI) / 180);
  const kt = ghiWm2 > 0 ? Math.min(1, Math.max(0, ghiWm2 / (dniExtraWm2 * Math.max(cosZ, ERBS_MIN_COS_ZENITH)))) : 0;
  let am = zenithDeg < 90 ? 1 / (cosZ + 0.15 * Math.pow(93.885 - zenithDeg, -1.253)) : NaN;
  am = Math.min(12, (am * pressurePa) / 101_325);
  let a: number, b: number, c: number;
  if (kt <= 0.6) {
    a = 0.512 + kt * (-1.56 + kt * (2.286 - 2.222 * kt));
    b = 0.37 + 0.962 * kt;
    c = -0.28 + kt * (0.932 - 2.048 * kt);
  } else {
    a = -5.743 + kt * (21.77 + kt * (-27.49 + 11.56 * kt));
    b = 41.4 + kt * (-118.5 + kt * (66.05 + 31.9 * kt));
    c = -47.01 + kt * (184.2 + kt * (-222 + 73.81 * kt));
  }
  const knc = 0.866 + am * (-0.122 + am * (0.0121 + am * (-0.000653 + 1.4e-5 * am)));
  let dni = (knc - (a + b * Math.exp(c * am))) * dniExtraWm2;
  if (!(zenithDeg <= ERBS_MAX_ZENITH_DEG) || !(dni > 0) || !(ghiWm2 > 0)) dni = 0;
  return { dniWm2: dni, kt, airMass: am };
}
